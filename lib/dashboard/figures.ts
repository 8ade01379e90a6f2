import type { Db } from "../db/prisma";
import { addMonths, currentPeriod, dayAfter, periodStartDate, type Period } from "../domain/billing-period";
import { FUNNEL_DAYS, funnelRows, stepTotals, stepTotalsBy, type FunnelCount } from "../domain/funnel";
import { funnelCounts, officerCampaigns, type OfficerCampaigns } from "../funnel/queries";
import { reachFigures } from "../stats/reach";
import { officerClients, type OfficerClients } from "../stats/officer-clients";
import { bpuCohorts, cohortWindow } from "../stats/retention";
import { programmeFigures, sponsoredByRegency } from "../stats/sponsorship";
import { COHORT_MONTHS, retentionBy, type CohortCount } from "../domain/bpu-retention";
import { arrearsAgeing } from "../domain/arrears-ageing";
import {
  arrearsByPeriod,
  billedVsCollected,
  branchLeague,
  companiesByScale,
  monthlyTrend,
  type OfficerCount,
  officerLeague,
  participantStats,
} from "../stats/queries";
import { statsDimensions, type DashboardFilters } from "./filters";
import { addPerformance, NO_PERFORMANCE, type Performance } from "./performance";

/** Months of reminder and lapse figures shown (the last six up to asOf). */
const REACH_MONTHS = 6;

/** Everything the dashboard shows, read from the rollup tables only (docs/decisions/0008). */
export async function dashboardFigures(database: Db, filters: DashboardFilters) {
  const dimensions = statsDimensions(filters);
  const { asOf } = filters;
  const asOfMonth = currentPeriod(new Date(`${asOf}T12:00:00+07:00`));
  // Retention is BPJS TK's follow-up of BPU cover: not in the BJB view, nor when another category is chosen.
  const showsRetention = !dimensions.viaBjb && (!filters.category || filters.category === "BPU");
  const [
    stats,
    companies,
    trend,
    money,
    unpaid,
    league,
    officerCounts,
    clients,
    campaigns,
    branches,
    referrals,
    reach,
    sponsored,
    programmes,
    cohorts,
    funnel,
  ] = await Promise.all([
    participantStats(database, { asOf, ...dimensions }),
    companiesByScale(database, { asOf, ...dimensions }),
    monthlyTrend(database, { ...dimensions, from: filters.from, to: asOf }),
    billedVsCollected(database, { ...dimensions, from: filters.from, to: asOf }),
    arrearsByPeriod(database, { ...dimensions, to: asOf }),
    branchLeague(database, { asOf, ...dimensions }),
    // Per officer only in the BJB view (channel is BJB there by definition).
    dimensions.viaBjb ? officerLeague(database, { asOf, ...dimensions }) : Promise.resolve([]),
    dimensions.viaBjb ? officerClients(database, { asOf, regency: filters.regency, branchId: filters.branch }) : Promise.resolve([]),
    dimensions.viaBjb ? officerCampaigns(database, { asOf, regency: filters.regency, branchId: filters.branch }) : Promise.resolve([]),
    database.branch.findMany({ select: { id: true, name: true } }),
    // KUR/capital referrals are a few per client, not per worker: counting them directly stays cheap.
    database.creditReferral.groupBy({
      by: ["status"],
      where: {
        ...(filters.regency ? { company: { regencyCode: filters.regency } } : {}),
        ...(filters.branch ? { branchId: filters.branch } : {}),
      },
      _count: { _all: true },
    }),
    // Reminders and BPU lapses: BPU by definition, per regency only (the nightly ReachMonthly table).
    reachFigures(database, {
      regency: filters.regency,
      from: periodStartDate(addMonths(asOfMonth, -(REACH_MONTHS - 1))),
      to: periodStartDate(asOfMonth),
    }),
    // Sponsored cover is BPJS TK's and the sponsors' business, not something that came through BJB.
    dimensions.viaBjb ? Promise.resolve(new Map<string, number>()) : sponsoredByRegency(database, asOfMonth, filters.regency ?? null),
    dimensions.viaBjb ? Promise.resolve([]) : programmeFigures(database, asOfMonth, filters.regency ?? null),
    showsRetention
      ? bpuCohorts(database, { ...cohortWindow(asOfMonth, COHORT_MONTHS), regency: filters.regency, channel: filters.channel })
      : Promise.resolve(null),
    funnelFigures(database, filters),
  ]);
  const officers = officerPerformance(officerCounts, clients, campaigns);
  const officerIds = officers.flatMap((o) => (o.officerId ? [o.officerId] : []));
  const officerNames = officerIds.length
    ? new Map(
        (await database.user.findMany({ where: { id: { in: officerIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]),
      )
    : new Map<string, string>();
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
    activeCompanies: companies.total,
    companies,
    /** UMKM share of active companies, 0..1 (null when there are none). */
    umkmShare: companies.total ? companies.umkm / companies.total : null,
    newThisMonth: trend.filter((p) => p.month === thisMonth).reduce((sum, p) => sum + p.change, 0),
    trendByCategory: byMonth("category"),
    trendByChannel: byMonth("channel"),
    money,
    moneyTotals: totals,
    /** Billed and collected per month, all categories together (the chart; the table keeps them apart). */
    moneyByMonth: [...new Set(money.map((m) => m.period))].sort().map((period) => {
      const rows = money.filter((m) => m.period === period);
      return { period, billed: rows.reduce((s, m) => s + m.billed, 0n), collected: rows.reduce((s, m) => s + m.collected, 0n) };
    }),
    ageing: arrearsAgeing(unpaid, asOf),
    league: league.map((l) => ({ ...l, name: branchName.get(l.branchId) ?? l.branchId })),
    branches: branches.toSorted((a, b) => a.name.localeCompare(b.name)),
    officers: officers.map((o) => ({
      ...o,
      name: o.officerId ? (officerNames.get(o.officerId) ?? o.officerId) : null,
      branchName: branchName.get(o.branchId) ?? o.branchId,
    })),
    /** The officers' rows added up per branch (its API key included). */
    branchPerformance: branchTotals(officers).map((b) => ({ ...b, branchName: branchName.get(b.branchId) ?? b.branchId })),
    reach,
    /** Who pays, per regency: employers and projects (PU, Jakon), sponsors, or the BPU worker themself. */
    payers: stats.byRegency.map((r) => {
      const bySponsor = Math.min(sponsored.get(r.code) ?? 0, r.BPU);
      return { code: r.code, name: r.name, employer: r.PU + r.JAKON, sponsor: bySponsor, self: r.BPU - bySponsor };
    }),
    programmes,
    retention: cohorts && retentionFigures(cohorts, asOfMonth),
    funnel,
    referrals: Object.fromEntries(referrals.map((r) => [r.status, r._count._all])) as Partial<Record<string, number>>,
  };
}

export type DashboardData = Awaited<ReturnType<typeof dashboardFigures>>;

/**
 * Each officer's participants (the officer rollup) beside their clients (companies) and what their campaigns brought
 * in (self-registrations on /daftar): one row per officer and branch, whichever of the three they have.
 */
function officerPerformance(counts: OfficerCount[], clients: OfficerClients[], campaigns: OfficerCampaigns[]) {
  const rows = new Map<string, { officerId: string | null; branchId: string } & Performance>();
  const row = (o: { officerId: string | null; branchId: string }) => {
    const key = `${o.officerId ?? ""}:${o.branchId}`;
    const found = rows.get(key) ?? { ...NO_PERFORMANCE, officerId: o.officerId, branchId: o.branchId };
    rows.set(key, found);
    return found;
  };
  for (const o of counts) Object.assign(row(o), { participants: o.participants, newThisMonth: o.newThisMonth });
  for (const c of clients) Object.assign(row(c), { clients: c.clients, paying: c.paying, arrears: c.arrears });
  for (const c of campaigns) Object.assign(row(c), { campaignRegistrations: c.registered, campaignFirstPaid: c.firstPaid });
  return [...rows.values()].sort(
    (a, b) => b.participants - a.participants || b.clients - a.clients || b.campaignRegistrations - a.campaignRegistrations,
  );
}

/**
 * The registration funnel over the last FUNNEL_DAYS days up to the dashboard's day (issue 17.4): /daftar is BPU
 * self-registration, so it is shown unless another category or channel is chosen. Visits straight to the form belong
 * to no regency or branch: a regional, branch or BJB view counts its campaigns' visitors only (`campaignsOnly`).
 */
async function funnelFigures(database: Db, filters: DashboardFilters) {
  if ((filters.category && filters.category !== "BPU") || (filters.channel && filters.channel !== "SELF")) return null;
  const campaignsOnly = Boolean(filters.regency || filters.branch || filters.via === "bjb");
  const inView = campaignsOnly
    ? await database.campaign.findMany({
        where: {
          ...(filters.regency ? { branch: { regencyCode: filters.regency } } : {}),
          ...(filters.branch ? { branchId: filters.branch } : {}),
        },
        select: { id: true },
      })
    : null;
  const counts = await funnelCounts(database, {
    from: dayAfter(filters.asOf, -(FUNNEL_DAYS - 1)),
    to: filters.asOf,
    campaignIds: inView?.map((c) => c.id),
  });
  // Names for the campaigns counted only (not every campaign there ever was).
  const counted = [...new Set(counts.flatMap((c) => (c.campaignKey ? [c.campaignKey] : [])))];
  const campaigns = counted.length
    ? await database.campaign.findMany({
        where: { id: { in: counted } },
        select: { id: true, name: true, officer: { select: { name: true } }, branch: { select: { name: true } } },
      })
    : [];
  const byId = new Map(campaigns.map((c) => [c.id, c]));
  const rowsBy = (key: (c: FunnelCount) => string, of: FunnelCount[] = counts) =>
    stepTotalsBy(of, key).map((g) => ({ key: g.key, rows: funnelRows(g.steps) }));
  return {
    campaignsOnly,
    rows: funnelRows(stepTotals(counts)),
    bySource: rowsBy((c) => c.source),
    byCampaign: rowsBy(
      (c) => c.campaignKey,
      counts.filter((c) => byId.has(c.campaignKey)),
    ).map((g) => ({ ...g, campaign: byId.get(g.key)! })),
    byDay: rowsBy((c) => c.day).reverse(),
  };
}

/** BPU retention per registration month (newest first), per regency and per channel, over the cohorts read. */
function retentionFigures(cohorts: CohortCount[], asOfMonth: Period) {
  return {
    byCohort: retentionBy(cohorts, (c) => c.cohort, asOfMonth).sort((a, b) => b.key.localeCompare(a.key)),
    byRegency: retentionBy(cohorts, (c) => c.regencyCode, asOfMonth).sort((a, b) => a.key.localeCompare(b.key)),
    byChannel: retentionBy(cohorts, (c) => c.channel, asOfMonth).sort((a, b) => b.participants - a.participants),
  };
}

/** The officers' rows added up per branch (its API key included). */
function branchTotals(officers: ReturnType<typeof officerPerformance>) {
  const totals = new Map<string, { branchId: string } & Performance>();
  for (const o of officers) {
    totals.set(o.branchId, { branchId: o.branchId, ...addPerformance(totals.get(o.branchId) ?? NO_PERFORMANCE, o) });
  }
  return [...totals.values()].sort((a, b) => b.participants - a.participants);
}
