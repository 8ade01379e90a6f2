// BJB officer performance (issue 17): per officer and branch, the UMKM clients they enrolled, how many of those made
// a first payment, and what the clients' bills still need. Read from the companies alone (a few per officer): the
// first payment and the arrears are kept on each company by a trigger on bills. Enrolled as of the chosen day; first
// payments and arrears as they stand now (like the money table).
import type { Tx } from "../db/prisma";

export type OfficerClients = { officerId: string; branchId: string; clients: number; paying: number; arrears: bigint };

export function officerClients(db: Tx, filters: { asOf: string; regency?: string; branchId?: string }): Promise<OfficerClients[]> {
  const regency = filters.regency ?? null;
  const branch = filters.branchId ?? null;
  return db.$queryRaw<OfficerClients[]>`
    SELECT "enrolledById"::text AS "officerId", "branchId"::text AS "branchId", count(*)::int AS "clients",
      count("firstPaidAt")::int AS "paying", COALESCE(sum("arrears"), 0)::bigint AS "arrears"
    FROM "Company"
    WHERE "enrolledById" IS NOT NULL AND "branchId" IS NOT NULL
      AND "createdAt" < (${filters.asOf}::date + 1)::timestamp - interval '7 hours'
      AND (${regency}::text IS NULL OR "regencyCode" = ${regency})
      AND (${branch}::uuid IS NULL OR "branchId" = ${branch}::uuid)
    GROUP BY 1, 2`;
}
