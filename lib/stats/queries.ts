// Dashboard figures, read only from the rollup tables the triggers keep
// (docs/decisions/0008-dashboard-rollups.md): no query here touches
// Participant, Company or Bill, so their cost does not grow with them.
// "As of D" = whole months before D's month from the monthly table + the days
// of D's month up to D from the daily table: at most ~31 days of daily rows.
import { BANTEN_REGENCIES, BANTEN_REGENCY_CODES } from "../domain/regions";
import { isUmkm } from "../domain/umkm";
import { Prisma } from "../db/generated/client";
import type { BusinessScale, Category, Channel } from "../db/generated/enums";
import type { Tx } from "../db/prisma";
import type { Period } from "../domain/billing-period";

export const CATEGORIES = ["PU", "BPU", "JAKON"] as const satisfies readonly Category[];
export const CHANNELS = ["SELF", "BANK_OFFICER", "API", "STAFF", "SPONSOR", "EMPLOYER"] as const satisfies readonly Channel[];

export type CategoryCounts = { total: number; PU: number; BPU: number; JAKON: number };
/** `active`: participants ACTIVE (cover in force) among `total` — the coverage rate's numerator. */
export type RegencyCounts = { code: string; name: string; active: number } & CategoryCounts;

export type ParticipantFilters = {
  /** YYYY-MM-DD, a day in Asia/Jakarta. */
  asOf: string;
  regency?: string;
  category?: Category;
  channel?: Channel;
  branchId?: string;
  /** Only what came through BJB (a branch's officer or API key): the BJB management view. */
  viaBjb?: boolean;
};

type Dimensions = Omit<ParticipantFilters, "asOf">;

const zeroCounts = (): CategoryCounts => ({ total: 0, PU: 0, BPU: 0, JAKON: 0 });

function regencyCondition(regency: string | undefined) {
  return regency ? Prisma.sql`"regencyCode" = ${regency}` : Prisma.sql`"regencyCode" = ANY(${BANTEN_REGENCY_CODES}::text[])`;
}

function dimensionConditions(filters: Dimensions) {
  const conditions = [regencyCondition(filters.regency)];
  if (filters.category) conditions.push(Prisma.sql`"category" = ${filters.category}::"Category"`);
  if (filters.channel) conditions.push(Prisma.sql`"channel" = ${filters.channel}::"Channel"`);
  if (filters.branchId) conditions.push(Prisma.sql`"branchKey" = ${filters.branchId}`);
  if (filters.viaBjb) conditions.push(Prisma.sql`"branchKey" <> ''`);
  return Prisma.join(conditions, " AND ");
}

/** The same dimensions on a rollup without a channel column (companies, money): every row there has one category or none. */
function placeConditions(filters: Pick<Dimensions, "regency" | "branchId" | "viaBjb">) {
  return dimensionConditions({ regency: filters.regency, branchId: filters.branchId, viaBjb: filters.viaBjb });
}

/**
 * The rollup changes that make up "as of `asOf`" (see the top of this file):
 * whole months before its month from `<rollup>MonthlyCount`, the days of its
 * month up to it from `<rollup>DailyCount`, with `inMonth` telling which. The
 * caller sums "delta" over it.
 */
function asOfChanges(
  rollup: "Participant" | "Company" | "Officer",
  columns: readonly string[],
  asOf: string,
  where: Prisma.Sql,
  counters: readonly string[] = ["delta"],
) {
  const selected = Prisma.raw([...columns, ...counters].map((column) => `"${column}"`).join(", "));
  return Prisma.sql`
    SELECT ${selected}, false AS "inMonth" FROM ${Prisma.raw(`"${rollup}MonthlyCount"`)}
    WHERE "month" < date_trunc('month', ${asOf}::date) AND ${where}
    UNION ALL
    SELECT ${selected}, true FROM ${Prisma.raw(`"${rollup}DailyCount"`)}
    WHERE "day" >= date_trunc('month', ${asOf}::date) AND "day" <= ${asOf}::date AND ${where}`;
}

/**
 * Participants not rejected as of the end of `asOf`, in total and per Banten regency (all 8, zeros included), and
 * how many of them were ACTIVE then.
 */
export async function participantStats(
  db: Tx,
  filters: ParticipantFilters,
): Promise<{ asOf: string; participants: CategoryCounts; active: number; byRegency: RegencyCounts[] }> {
  const where = dimensionConditions(filters);
  const rows = await db.$queryRaw<{ regencyCode: string; category: Category; count: bigint; active: bigint }[]>`
    SELECT "regencyCode", "category"::text AS "category", SUM("delta")::bigint AS "count", SUM("activeDelta")::bigint AS "active"
    FROM (${asOfChanges("Participant", ["regencyCode", "category"], filters.asOf, where, ["delta", "activeDelta"])}) AS changes
    GROUP BY 1, 2`;

  const regencies = filters.regency ? BANTEN_REGENCIES.filter((r) => r.code === filters.regency) : BANTEN_REGENCIES;
  const byCode = new Map<string, RegencyCounts>(regencies.map((r) => [r.code, { code: r.code, name: r.name, active: 0, ...zeroCounts() }]));
  const participants = zeroCounts();
  let active = 0;
  for (const row of rows) {
    const regency = byCode.get(row.regencyCode);
    if (!regency) continue;
    const count = Number(row.count);
    regency[row.category] += count;
    regency.total += count;
    regency.active += Number(row.active);
    participants[row.category] += count;
    participants.total += count;
    active += Number(row.active);
  }
  return { asOf: filters.asOf, participants, active, byRegency: [...byCode.values()] };
}

export type CompanyCounts = Record<BusinessScale, number> & { total: number; umkm: number };

/** ACTIVE companies as of the end of `asOf`, by business scale, in Banten or one regency. */
export async function companiesByScale(
  db: Tx,
  filters: { asOf: string } & Pick<Dimensions, "regency" | "branchId" | "viaBjb">,
): Promise<CompanyCounts> {
  const where = placeConditions(filters);
  const rows = await db.$queryRaw<{ scale: BusinessScale; count: bigint }[]>`
    SELECT "scale"::text AS "scale", SUM("delta")::bigint AS "count"
    FROM (${asOfChanges("Company", ["scale"], filters.asOf, where)}) AS changes
    GROUP BY 1`;
  const counts: CompanyCounts = { MICRO: 0, SMALL: 0, MEDIUM: 0, LARGE: 0, total: 0, umkm: 0 };
  for (const row of rows) {
    const n = Number(row.count);
    counts[row.scale] += n;
    counts.total += n;
    if (isUmkm(row.scale)) counts.umkm += n;
  }
  return counts;
}

/** ACTIVE companies as of the end of `asOf`, in Banten or one regency. */
export async function activeCompanies(db: Tx, filters: { asOf: string; regency?: string; branchId?: string }): Promise<number> {
  return (await companiesByScale(db, filters)).total;
}

export type TrendPoint = { month: string; category: Category; channel: Channel; change: number };

/**
 * Net change in participants per month (YYYY-MM) from `from` to `to`
 * (inclusive months), by category and channel; months without change are left out.
 */
export async function monthlyTrend(db: Tx, filters: { from: string; to: string } & Dimensions): Promise<TrendPoint[]> {
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
  filters: { from: string; to: string } & Omit<Dimensions, "channel">,
): Promise<BillingPeriodTotals[]> {
  const where = dimensionConditions({ ...filters, channel: undefined });
  const rows = await db.$queryRaw<
    { period: string; category: Category; billed: bigint; fines: bigint; collected: bigint; arrears: bigint }[]
  >`
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

/** Every month's unpaid remainder up to `to` (no lower bound: old arrears are the ones to age), per category. */
export async function arrearsByPeriod(
  db: Tx,
  filters: { to: string } & Omit<Dimensions, "channel">,
): Promise<{ period: Period; category: Category; arrears: bigint }[]> {
  const where = dimensionConditions({ ...filters, channel: undefined });
  return db.$queryRaw`
    SELECT to_char("period", 'YYYY-MM') AS "period", "category"::text AS "category",
      SUM(GREATEST("billed" + "fines" - "collected", 0))::bigint AS "arrears"
    FROM "BillingMonthlyTotals"
    WHERE "period" <= date_trunc('month', ${filters.to}::date) AND ${where}
    GROUP BY "period", "BillingMonthlyTotals"."category"
    HAVING SUM(GREATEST("billed" + "fines" - "collected", 0)) > 0`;
}

export type BranchCount = { branchId: string; participants: number };

/** BJB branches ranked by the participants they enrolled (officers and API) as of a day, from the rollups. */
export async function branchLeague(db: Tx, filters: ParticipantFilters): Promise<BranchCount[]> {
  const where = Prisma.join([dimensionConditions(filters), Prisma.sql`"branchKey" <> ''`], " AND ");
  const rows = await db.$queryRaw<{ branchKey: string; count: bigint }[]>`
    SELECT "branchKey", SUM("delta")::bigint AS "count"
    FROM (${asOfChanges("Participant", ["branchKey"], filters.asOf, where)}) AS changes
    GROUP BY "branchKey" HAVING SUM("delta") <> 0
    ORDER BY 2 DESC, 1`;
  return rows.map((r) => ({ branchId: r.branchKey, participants: Number(r.count) }));
}

export type OfficerCount = { officerId: string | null; branchId: string; participants: number; newThisMonth: number };

/**
 * Participants each BJB officer enrolled (null officer: the branch's API key),
 * as of a day and new in that day's month, from the officer rollup.
 */
export async function officerLeague(db: Tx, filters: Omit<ParticipantFilters, "channel" | "viaBjb">): Promise<OfficerCount[]> {
  // The officer rollup has no channel: everything in it came through BJB.
  const where = dimensionConditions({ regency: filters.regency, category: filters.category, branchId: filters.branchId });
  const rows = await db.$queryRaw<{ officerKey: string; branchKey: string; count: bigint; recent: bigint }[]>`
    SELECT "officerKey", "branchKey", SUM("delta")::bigint AS "count", SUM("delta") FILTER (WHERE "inMonth")::bigint AS "recent"
    FROM (${asOfChanges("Officer", ["officerKey", "branchKey"], filters.asOf, where)}) AS changes
    GROUP BY 1, 2 HAVING SUM("delta") <> 0
    ORDER BY 3 DESC, 1, 2`;
  return rows.map((r) => ({
    officerId: r.officerKey || null,
    branchId: r.branchKey,
    participants: Number(r.count),
    newThisMonth: Number(r.recent ?? 0n),
  }));
}
