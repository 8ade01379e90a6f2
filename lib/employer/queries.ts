// A UMKM owner's own business (issue 16): the companies their participant
// record owns or was named to manage, what they owe, and what they changed, which the branch's
// officer sees on the client page.
import { ofClient, type ClientScope } from "../auth/scope";
import type { Db } from "../db/prisma";

/** The companies in `scope` (the owner's own), with active workers and open arrears. */
export async function ownedCompanies(db: Db, scope: ClientScope) {
  const companies = await db.company.findMany({
    where: ofClient(scope),
    orderBy: { name: "asc" },
    select: { id: true, name: true, npp: true, _count: { select: { employments: { where: { endDate: null } } } } },
  });
  const open = await db.bill.groupBy({
    by: ["companyId"],
    where: { companyId: { in: companies.map((c) => c.id) }, status: { not: "PAID" } },
    _sum: { total: true, fineAmount: true, paidAmount: true },
  });
  const owed = new Map(open.map((b) => [b.companyId, (b._sum.total ?? 0n) + (b._sum.fineAmount ?? 0n) - (b._sum.paidAmount ?? 0n)]));
  return companies.map((c) => ({ ...c, workers: c._count.employments, owed: owed.get(c.id) ?? 0n }));
}

/** What a company's bills still need, in whole rupiah, and the oldest unpaid due date (the company found in scope first). */
export async function companyArrears(db: Db, companyId: string) {
  const open = await db.bill.aggregate({
    where: { companyId, status: { not: "PAID" } },
    _sum: { total: true, fineAmount: true, paidAmount: true },
    _min: { dueDate: true },
  });
  return {
    owed: (open._sum.total ?? 0n) + (open._sum.fineAmount ?? 0n) - (open._sum.paidAmount ?? 0n),
    oldestDue: open._min.dueDate,
  };
}

export type OwnerChange = { at: Date; action: string; after: unknown; by: string | null };

/** The latest changes the owner or the named manager made (workers added, wages changed, employments ended), and who. */
export function ownerChanges(db: Db, companyId: string, take = 10) {
  return db.$queryRaw<OwnerChange[]>`
    SELECT a."at", a."action", a."after", u."name" AS "by" FROM "AuditLog" a
    LEFT JOIN "User" u ON u."id" = a."actorId"
    WHERE a."actorRole" = 'WORKER' AND (
      (a."entity" = 'Company' AND a."entityId" = ${companyId})
      OR (a."entity" = 'Employment' AND a."entityId" IN (SELECT e."id"::text FROM "Employment" e WHERE e."companyId" = ${companyId}::uuid))
    )
    ORDER BY a."at" DESC LIMIT ${take}`;
}

/** The changes an owner can make, as the officer's page names them (message keys hold no dots). */
export const OWNER_CHANGE_ACTIONS = ["employment.end", "employment.wage", "company.import_workers", "company.add_workers"] as const;
export const ownerChangeKey = (action: string) =>
  (OWNER_CHANGE_ACTIONS as readonly string[]).includes(action) ? action.replaceAll(".", "_") : "other";
