// The registration funnel as the dashboard and a campaign's page read it: a
// few rows per day, source and campaign from FunnelDailyCount, never visitors.
import type { Db } from "../db/prisma";
import { dateColumn, isoDate } from "../domain/billing-period";
import type { FunnelCount, FunnelStep } from "../domain/funnel";

/** Counts from `from` to `to` (Jakarta days, both included), only these campaigns' when `campaignIds` is given. */
export async function funnelCounts(
  db: Db,
  { from, to, campaignIds }: { from?: string; to?: string; campaignIds?: readonly string[] },
): Promise<FunnelCount[]> {
  const rows = await db.funnelDailyCount.findMany({
    where: {
      day: { ...(from ? { gte: dateColumn(from) } : {}), ...(to ? { lte: dateColumn(to) } : {}) },
      ...(campaignIds ? { campaignKey: { in: [...campaignIds] } } : {}),
      count: { not: 0 },
    },
    orderBy: [{ day: "asc" }, { step: "asc" }],
  });
  return rows.map((r) => ({ day: isoDate(r.day), source: r.source, campaignKey: r.campaignKey, step: r.step, count: r.count }));
}

/** Each campaign's counts per step over all days, added up in the database (a list of campaigns needs no days). */
export async function campaignStepTotals(
  db: Db,
  campaignIds: readonly string[],
): Promise<Map<string, Partial<Record<FunnelStep, number>>>> {
  const rows = campaignIds.length
    ? await db.funnelDailyCount.groupBy({
        by: ["campaignKey", "step"],
        where: { campaignKey: { in: [...campaignIds] } },
        _sum: { count: true },
      })
    : [];
  const totals = new Map<string, Partial<Record<FunnelStep, number>>>();
  for (const r of rows) totals.set(r.campaignKey, { ...totals.get(r.campaignKey), [r.step]: r._sum.count ?? 0 });
  return totals;
}

export type OfficerCampaigns = { officerId: string; branchId: string; registered: number; firstPaid: number };

/**
 * Registrations through each officer's campaigns up to `asOf` (issue 17.4: credited to the campaign and its officer),
 * and how many of those paid a first bill: the funnel's SUBMITTED and FIRST_PAID counts per campaign, a few rows per
 * campaign and day. A campaign belongs to its branch's regency.
 */
export function officerCampaigns(db: Db, filters: { asOf: string; regency?: string; branchId?: string }): Promise<OfficerCampaigns[]> {
  const regency = filters.regency ?? null;
  const branch = filters.branchId ?? null;
  return db.$queryRaw<OfficerCampaigns[]>`
    SELECT c."officerId"::text AS "officerId", c."branchId"::text AS "branchId",
      COALESCE(SUM(f."count") FILTER (WHERE f."step" = 'SUBMITTED'), 0)::int AS "registered",
      COALESCE(SUM(f."count") FILTER (WHERE f."step" = 'FIRST_PAID'), 0)::int AS "firstPaid"
    FROM "Campaign" c
    JOIN "Branch" b ON b."id" = c."branchId"
    JOIN "FunnelDailyCount" f ON f."campaignKey" = c."id"::text AND f."step" IN ('SUBMITTED', 'FIRST_PAID') AND f."day" <= ${filters.asOf}::date
    WHERE (${regency}::text IS NULL OR b."regencyCode" = ${regency})
      AND (${branch}::uuid IS NULL OR c."branchId" = ${branch}::uuid)
    GROUP BY 1, 2
    HAVING SUM(f."count") <> 0`;
}
