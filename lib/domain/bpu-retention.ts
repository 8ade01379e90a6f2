// BPU retention (issue 17.3): of the BPU workers who registered in a month (a
// cohort), the share whose contribution for the month 1, 3, 6 and 12 months
// later is paid — by themselves or by a sponsor. Ours: "still active" means
// that month is paid, not the status rule's three months of grace
// (coverage.ts), so a worker who pays their arrears late counts from then on.
// The cohort is the Jakarta month of registration; regency and channel are the
// participant's as they are now.
import { addMonths, monthsBetween, type Period } from "./billing-period";

/** Months after the registration month at which the dashboard shows the share still paying. */
export const RETENTION_MARKS = [1, 3, 6, 12] as const;
export type RetentionMark = (typeof RETENTION_MARKS)[number];

/** Months kept per participant after the registration month (the 12 in lib/stats/retention-rollups.sql). */
export const MONTHS_TRACKED = 12;

/** Cohorts shown: the registration months of the last two years, so the 12-month mark has cohorts old enough. */
export const COHORT_MONTHS = 24;

/** One cohort's counts in one regency and channel: registered, and paid per month after registration (0..12). */
export type CohortCount = {
  cohort: Period;
  regencyCode: string;
  channel: string;
  participants: number;
  paid: Partial<Record<number, number>>;
};

/** A share: `paid` of `of` participants (null when no cohort is old enough, or none registered). */
export type Share = { paid: number; of: number } | null;

/**
 * Month cohort + monthsAfter can be judged only once it has ended by `asOfMonth`: a worker has until then (and
 * longer, with grace) to pay it, so a month still running would read as a drop that is not one.
 */
export function isJudged(cohort: Period, monthsAfter: number, asOfMonth: Period): boolean {
  return monthsBetween(addMonths(cohort, monthsAfter), asOfMonth) > 0;
}

/** The share of `counts` (any cohorts, regencies, channels) paying at `monthsAfter`, over the cohorts judged. */
export function pooledShare(counts: readonly CohortCount[], monthsAfter: number, asOfMonth: Period): Share {
  let paid = 0;
  let of = 0;
  for (const c of counts) {
    if (!isJudged(c.cohort, monthsAfter, asOfMonth)) continue;
    paid += c.paid[monthsAfter] ?? 0;
    of += c.participants;
  }
  return of ? { paid, of } : null;
}

/** A row of retention figures: participants, and the share paying at the first month and at each mark. */
export type RetentionRow<K extends string = string> = { key: K; participants: number; shares: Record<0 | RetentionMark, Share> };

/** Rows of `counts` grouped by a key, each with its shares at every mark (and the first month paid, mark 0). */
export function retentionBy<K extends string>(
  counts: readonly CohortCount[],
  key: (c: CohortCount) => K,
  asOfMonth: Period,
): RetentionRow<K>[] {
  const groups = new Map<K, CohortCount[]>();
  for (const c of counts) {
    const group = groups.get(key(c));
    if (group) group.push(c);
    else groups.set(key(c), [c]);
  }
  return [...groups].map(([k, rows]) => ({
    key: k,
    participants: rows.reduce((sum, c) => sum + c.participants, 0),
    shares: Object.fromEntries([0, ...RETENTION_MARKS].map((m) => [m, pooledShare(rows, m, asOfMonth)])) as RetentionRow["shares"],
  }));
}
