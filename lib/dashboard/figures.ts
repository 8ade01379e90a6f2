import type { Db } from "../db/prisma";
import { activeCompanies, billedVsCollected, branchLeague, monthlyTrend, participantStats } from "../stats/queries";
import type { DashboardFilters } from "./filters";

/** Everything the dashboard shows, read from the rollup tables only (docs/decisions/0008). */
export async function dashboardFigures(database: Db, filters: DashboardFilters) {
  const [stats, companies, trend, money, league, branches, referrals] = await Promise.all([
    participantStats(database, filters),
    activeCompanies(database, { asOf: filters.asOf, regency: filters.regency }),
    monthlyTrend(database, { ...filters, from: filters.from, to: filters.asOf }),
    billedVsCollected(database, { from: filters.from, to: filters.asOf, regency: filters.regency, category: filters.category }),
    branchLeague(database, filters),
    database.branch.findMany({ select: { id: true, name: true } }),
    // KUR/capital referrals are a few per client, not per worker: counting them directly stays cheap.
    database.creditReferral.groupBy({
      by: ["status"],
      where: filters.regency ? { company: { regencyCode: filters.regency } } : {},
      _count: { _all: true },
    }),
  ]);
  const branchName = new Map(branches.map((b) => [b.id, b.name]));
  const months = [...new Set(trend.map((p) => p.month))].sort();
  const byMonth = (key: "category" | "channel") =>
    months.map((month) => {
      const row: Record<string, number> = {};
      for (const p of trend) if (p.month === month) row[p[key]] = (row[p[key]] ?? 0) + p.change;
      return { month, values: row };
    });
  const thisMonth = filters.asOf.slice(0, 7);
  const totals = money.reduce(
    (sum, m) => ({ billed: sum.billed + m.billed, collected: sum.collected + m.collected, arrears: sum.arrears + m.arrears }),
    { billed: 0n, collected: 0n, arrears: 0n },
  );
  return {
    ...stats,
    activeCompanies: companies,
    newThisMonth: trend.filter((p) => p.month === thisMonth).reduce((sum, p) => sum + p.change, 0),
    trendByCategory: byMonth("category"),
    trendByChannel: byMonth("channel"),
    money,
    moneyTotals: totals,
    league: league.map((l) => ({ ...l, name: branchName.get(l.branchId) ?? l.branchId })),
    referrals: Object.fromEntries(referrals.map((r) => [r.status, r._count._all])) as Partial<Record<string, number>>,
  };
}

export type DashboardData = Awaited<ReturnType<typeof dashboardFigures>>;
