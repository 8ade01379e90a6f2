// Reads for the officer console. Every query takes the officer's BranchScope
// and puts it in its WHERE clause: another branch's client is not found.
import { z } from "zod";
import { currentPeriod, isoDate } from "../domain/billing-period";
import { jkpApplies } from "../domain/contributions/pu";
import { inBranch, ofClient, type BranchScope, type ClientScope } from "../auth/scope";
import { wageChangeIn, wageInForce } from "../billing/wage-in-force";
import type { Prisma } from "../db/generated/client";
import type { Db } from "../db/prisma";
import { dateColumn, lateBefore } from "../domain/billing-period";
import { jakartaDate } from "../domain/time";
import { UMKM_SCALES } from "../domain/umkm";
import { searchField } from "../validation/person";

export const PAGE_SIZE = 20;
const ARREARS_STATUSES = ["UNPAID", "PARTIALLY_PAID", "OVERDUE"] as const;

export const clientFiltersSchema = z.object({
  q: searchField(60),
  regency: z
    .string()
    .regex(/^36\d\d$/)
    .optional()
    .catch(undefined),
  scale: z.enum(UMKM_SCALES).optional().catch(undefined),
  payment: z.enum(["paid", "arrears", "none"]).optional().catch(undefined),
  after: z.string().max(200).optional().catch(undefined),
});
export type ClientFilters = z.output<typeof clientFiltersSchema>;

/** Keyset cursor: the (name, id) of the last row shown (clients here, workers in ./client-workers.ts). */
export const nameCursor = {
  encode: (row: { name: string; id: string }) => Buffer.from(JSON.stringify([row.name, row.id])).toString("base64url"),
  decode(value: string | undefined): { name: string; id: string } | undefined {
    if (!value) return undefined;
    try {
      const [name, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
      return typeof name === "string" && z.uuid().safeParse(id).success ? { name, id } : undefined;
    } catch {
      return undefined;
    }
  },
};

/** Bills due before this are in arrears today: billing's own rule, a due date on a Sunday or holiday runs to the next working day. */
const lateBeforeToday = () => dateColumn(lateBefore(jakartaDate()));

export type ClientPaymentStatus = "paid" | "arrears" | "none";

function clientWhere(scope: BranchScope, filters: ClientFilters): Prisma.CompanyWhereInput {
  const where: Prisma.CompanyWhereInput[] = [inBranch(scope)];
  const q = filters.q;
  if (q) {
    const digits = q.replace(/\D/g, "");
    where.push({
      OR: [
        { name: { contains: q, mode: "insensitive" } },
        ...(digits.length === 8 ? [{ npp: digits }] : []),
        ...(digits.length === 13 ? [{ nib: digits }] : []),
        ...(digits.length === 16 ? [{ owner: { nik: digits } }] : []),
      ],
    });
  }
  if (filters.regency) where.push({ regencyCode: filters.regency });
  if (filters.scale) where.push({ scale: filters.scale });
  const overdue = { status: { in: [...ARREARS_STATUSES] }, dueDate: { lt: lateBeforeToday() } };
  if (filters.payment === "arrears") where.push({ bills: { some: overdue } });
  if (filters.payment === "paid") where.push({ bills: { some: {} } }, { bills: { none: overdue } });
  if (filters.payment === "none") where.push({ bills: { none: {} } });
  const after = nameCursor.decode(filters.after);
  if (after) where.push({ OR: [{ name: { gt: after.name } }, { name: after.name, id: { gt: after.id } }] });
  return { AND: where };
}

export async function listClients(database: Db, scope: BranchScope, filters: ClientFilters) {
  const rows = await database.company.findMany({
    where: clientWhere(scope, filters),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: PAGE_SIZE + 1,
    select: {
      id: true,
      name: true,
      npp: true,
      scale: true,
      regencyCode: true,
      _count: { select: { employments: { where: { endDate: null } }, bills: true } },
    },
  });
  const page = rows.slice(0, PAGE_SIZE);
  const arrears = page.length
    ? await database.bill.groupBy({
        by: ["companyId"],
        where: { companyId: { in: page.map((c) => c.id) }, status: { in: [...ARREARS_STATUSES] }, dueDate: { lt: lateBeforeToday() } },
        _sum: { total: true, paidAmount: true, fineAmount: true },
      })
    : [];
  // What the client owes on overdue bills, fines included.
  const owed = new Map(
    arrears.map((a) => [a.companyId, Number((a._sum.total ?? 0n) + (a._sum.fineAmount ?? 0n) - (a._sum.paidAmount ?? 0n))]),
  );
  return {
    clients: page.map((c) => {
      const arrears = owed.get(c.id) ?? 0;
      // "Lunas" only for a client that was billed: one without bills has nothing to be paid up on.
      const payment: ClientPaymentStatus = arrears > 0 ? "arrears" : c._count.bills > 0 ? "paid" : "none";
      return { ...c, workers: c._count.employments, arrears, payment };
    }),
    next: rows.length > PAGE_SIZE ? nameCursor.encode(page[page.length - 1]) : undefined,
  };
}

/** A client of the officer's branch by id, just who it is (for pages that only need to know it is theirs). */
export function findClientRef(database: Db, scope: ClientScope, id: string) {
  if (!z.uuid().safeParse(id).success) return Promise.resolve(null);
  return database.company.findFirst({
    where: { id, ...ofClient(scope) },
    select: { id: true, name: true, branchId: true, regencyCode: true, scale: true },
  });
}

/** What one worker's contribution depends on besides the company's terms: the wage, and whether JKP applies. */
export interface WorkerTerms {
  wage: number;
  jkp: boolean;
}

type EmploymentTerms = { monthlyWage: number; startDate: Date; participant: { birthDate: Date } };

export function workerTermsOf(employment: EmploymentTerms): WorkerTerms {
  return { wage: employment.monthlyWage, jkp: jkpApplies(isoDate(employment.participant.birthDate), isoDate(employment.startDate)) };
}

/** The terms of every active worker of a company this month (wage changes applied): the basis of its contribution. */
export async function activeWorkerTerms(database: Db, companyId: string, now: Date = new Date()): Promise<WorkerTerms[]> {
  const rows = await database.employment.findMany({
    where: { companyId, endDate: null },
    select: {
      monthlyWage: true,
      startDate: true,
      participant: { select: { birthDate: true } },
      wageChanges: wageChangeIn(currentPeriod(now)),
    },
  });
  return rows.map((row) => workerTermsOf({ ...row, monthlyWage: wageInForce(row) }));
}

export function findClient(database: Db, scope: ClientScope, id: string) {
  if (!z.uuid().safeParse(id).success) return Promise.resolve(null);
  return database.company.findFirst({
    where: { id, ...ofClient(scope) },
    include: {
      owner: { select: { id: true, name: true, nik: true, kpj: true, status: true, diedOn: true } },
      manager: { select: { name: true, kpj: true } },
      referrals: { orderBy: { createdAt: "desc" } },
      _count: { select: { employments: { where: { endDate: null } } } },
    },
  });
}
