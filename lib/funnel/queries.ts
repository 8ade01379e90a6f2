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
