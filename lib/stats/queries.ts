// Dashboard figures, read only from the rollup tables the triggers keep
// (docs/decisions/0008-dashboard-rollups.md): no query here touches
// Participant, Company or Bill, so their cost does not grow with them.
// "As of D" = whole months before D's month from the monthly table + the days
// of D's month up to D from the daily table: at most ~31 days of daily rows.
import { BANTEN_REGENCIES } from "../domain/regions";
import { Prisma } from "../db/generated/client";
import type { Category, Channel } from "../db/generated/enums";
import type { Tx } from "../db/prisma";

export const CATEGORIES = ["PU", "BPU", "JAKON"] as const satisfies readonly Category[];
export const CHANNELS = ["SELF", "BANK_OFFICER", "API", "STAFF"] as const satisfies readonly Channel[];

/** Only Banten's 8 regencies are counted: every enrollment path requires one (lib/registration, lib/umkm). */
const BANTEN_CODES = BANTEN_REGENCIES.map((regency) => regency.code);

export type CategoryCounts = { total: number; PU: number; BPU: number; JAKON: number };
export type RegencyCounts = { code: string; name: string } & CategoryCounts;

export type ParticipantFilters = {
  /** YYYY-MM-DD, a day in Asia/Jakarta. */
  asOf: string;
  regency?: string;
  category?: Category;
  channel?: Channel;
  branchId?: string;
};

const zeroCounts = (): CategoryCounts => ({ total: 0, PU: 0, BPU: 0, JAKON: 0 });

function regencyCondition(regency: string | undefined) {
  return regency ? Prisma.sql`"regencyCode" = ${regency}` : Prisma.sql`"regencyCode" = ANY(${BANTEN_CODES}::text[])`;
}

function dimensionConditions(filters: { regency?: string; category?: Category; channel?: Channel; branchId?: string }) {
  const conditions = [regencyCondition(filters.regency)];
  if (filters.category) conditions.push(Prisma.sql`"category" = ${filters.category}::"Category"`);
  if (filters.channel) conditions.push(Prisma.sql`"channel" = ${filters.channel}::"Channel"`);
  if (filters.branchId) conditions.push(Prisma.sql`"branchKey" = ${filters.branchId}`);
  return Prisma.join(conditions, " AND ");
}

/** Participants not rejected as of the end of `asOf`, in total and per Banten regency (all 8, zeros included). */
export async function participantStats(
  db: Tx,
  filters: ParticipantFilters,
): Promise<{ asOf: string; participants: CategoryCounts; byRegency: RegencyCounts[] }> {
  const where = dimensionConditions(filters);
  const rows = await db.$queryRaw<{ regencyCode: string; category: Category; count: bigint }[]>`
    SELECT "regencyCode", "category"::text AS "category", SUM("delta")::bigint AS "count"
    FROM (
      SELECT "regencyCode", "category", "delta" FROM "ParticipantMonthlyCount"
      WHERE "month" < date_trunc('month', ${filters.asOf}::date) AND ${where}
      UNION ALL
      SELECT "regencyCode", "category", "delta" FROM "ParticipantDailyCount"
      WHERE "day" >= date_trunc('month', ${filters.asOf}::date) AND "day" <= ${filters.asOf}::date AND ${where}
    ) AS changes
    GROUP BY 1, 2`;

  const regencies = filters.regency ? BANTEN_REGENCIES.filter((r) => r.code === filters.regency) : BANTEN_REGENCIES;
  const byCode = new Map<string, RegencyCounts>(regencies.map((r) => [r.code, { code: r.code, name: r.name, ...zeroCounts() }]));
  const participants = zeroCounts();
  for (const row of rows) {
    const regency = byCode.get(row.regencyCode);
    if (!regency) continue;
    const count = Number(row.count);
    regency[row.category] += count;
    regency.total += count;
    participants[row.category] += count;
    participants.total += count;
  }
  return { asOf: filters.asOf, participants, byRegency: [...byCode.values()] };
}

/** ACTIVE companies as of the end of `asOf`, in Banten or one regency. */
export async function activeCompanies(db: Tx, filters: { asOf: string; regency?: string; branchId?: string }): Promise<number> {
  const conditions = [regencyCondition(filters.regency)];
  if (filters.branchId) conditions.push(Prisma.sql`"branchKey" = ${filters.branchId}`);
  const where = Prisma.join(conditions, " AND ");
  const [row] = await db.$queryRaw<{ count: bigint | null }[]>`
    SELECT SUM("delta")::bigint AS "count" FROM (
      SELECT "delta" FROM "CompanyMonthlyCount"
      WHERE "month" < date_trunc('month', ${filters.asOf}::date) AND ${where}
      UNION ALL
      SELECT "delta" FROM "CompanyDailyCount"
      WHERE "day" >= date_trunc('month', ${filters.asOf}::date) AND "day" <= ${filters.asOf}::date AND ${where}
    ) AS changes`;
  return Number(row?.count ?? 0n);
}

export type TrendPoint = { month: string; category: Category; channel: Channel; change: number };

/**
 * Net change in participants per month (YYYY-MM) from `from` to `to`
 * (inclusive months), by category and channel; months without change are left out.
 */
export async function monthlyTrend(
  db: Tx,
  filters: { from: string; to: string; regency?: string; category?: Category; channel?: Channel; branchId?: string },
): Promise<TrendPoint[]> {
  const where = dimensionConditions(filters);
  const rows = await db.$queryRaw<{ month: string; category: Category; channel: Channel; change: bigint }[]>`
    SELECT to_char("month", 'YYYY-MM') AS "month", "category"::text AS "category", "channel"::text AS "channel",
      SUM("delta")::bigint AS "change"
    FROM "ParticipantMonthlyCount"
    WHERE "month" >= date_trunc('month', ${filters.from}::date) AND "month" <= date_trunc('month', ${filters.to}::date)
      AND ${where}
    GROUP BY "month", "ParticipantMonthlyCount"."category", "ParticipantMonthlyCount"."channel" HAVING SUM("delta") <> 0
    ORDER BY "month", "ParticipantMonthlyCount"."category", "ParticipantMonthlyCount"."channel"`;
  return rows.map((row) => ({ month: row.month, category: row.category, channel: row.channel, change: Number(row.change) }));
}

export type BillingPeriodTotals = {
  /** YYYY-MM, the billed period. */
  period: string;
  category: Category;
  billed: bigint;
  fines: bigint;
  collected: bigint;
  /** billed + fines − collected, never below 0 per row (overpayments do not offset other arrears). */
  arrears: bigint;
};

/** Contributions billed, fines, collected and arrears per billing period and category, `from` to `to` (months, inclusive). */
export async function billedVsCollected(
  db: Tx,
  filters: { from: string; to: string; regency?: string; category?: Category; branchId?: string },
): Promise<BillingPeriodTotals[]> {
  const where = dimensionConditions(filters);
  const rows = await db.$queryRaw<{ period: string; category: Category; billed: bigint; fines: bigint; collected: bigint; arrears: bigint }[]>`
    SELECT to_char("period", 'YYYY-MM') AS "period", "category"::text AS "category",
      SUM("billed")::bigint AS "billed", SUM("fines")::bigint AS "fines", SUM("collected")::bigint AS "collected",
      SUM(GREATEST("billed" + "fines" - "collected", 0))::bigint AS "arrears"
    FROM "BillingMonthlyTotals"
    WHERE "period" >= date_trunc('month', ${filters.from}::date) AND "period" <= date_trunc('month', ${filters.to}::date)
      AND ${where}
    GROUP BY "period", "BillingMonthlyTotals"."category"
    ORDER BY "period", "BillingMonthlyTotals"."category"`;
  return rows;
}

export type BranchCount = { branchId: string; participants: number };

/** BJB branches ranked by the participants they enrolled (officers and API) as of a day, from the rollups. */
export async function branchLeague(
  db: Tx,
  filters: { asOf: string; regency?: string; category?: Category; channel?: Channel },
): Promise<BranchCount[]> {
  const where = Prisma.join([dimensionConditions(filters), Prisma.sql`"branchKey" <> ''`], " AND ");
  const rows = await db.$queryRaw<{ branchKey: string; count: bigint }[]>`
    SELECT "branchKey", SUM("delta")::bigint AS "count" FROM (
      SELECT "branchKey", "delta" FROM "ParticipantMonthlyCount"
      WHERE "month" < date_trunc('month', ${filters.asOf}::date) AND ${where}
      UNION ALL
      SELECT "branchKey", "delta" FROM "ParticipantDailyCount"
      WHERE "day" >= date_trunc('month', ${filters.asOf}::date) AND "day" <= ${filters.asOf}::date AND ${where}
    ) AS changes
    GROUP BY "branchKey" HAVING SUM("delta") <> 0
    ORDER BY 2 DESC, 1`;
  return rows.map((r) => ({ branchId: r.branchKey, participants: Number(r.count) }));
}
