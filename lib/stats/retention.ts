// BPU retention cohorts (issue 17.3), read from the cohort rollups that
// triggers keep (lib/stats/retention-rollups.sql): a few rows per cohort,
// regency and channel, never participants or bills.
import type { Db } from "../db/prisma";
import { addMonths, dateColumn, periodOf, periodStartDate, type Period } from "../domain/billing-period";
import { RETENTION_MARKS, type CohortCount } from "../domain/bpu-retention";
import type { Channel } from "../db/generated/enums";

/** The months after registration read: the first month (the funnel's "first bill paid") and the marks. */
const MONTHS_READ = [0, ...RETENTION_MARKS];

/** Cohorts `from`..`to` (registration months), in one regency and channel when given. */
export async function bpuCohorts(
  db: Db,
  { from, to, regency, channel }: { from: Period; to: Period; regency?: string; channel?: Channel },
): Promise<CohortCount[]> {
  const where = {
    cohortMonth: { gte: dateColumn(periodStartDate(from)), lte: dateColumn(periodStartDate(to)) },
    ...(regency ? { regencyCode: regency } : {}),
    ...(channel ? { channel } : {}),
  };
  const [sizes, paid] = await Promise.all([
    db.bpuCohortSize.findMany({ where: { ...where, participants: { gt: 0 } } }),
    db.bpuCohortPaid.findMany({ where: { ...where, monthsAfter: { in: MONTHS_READ }, participants: { gt: 0 } } }),
  ]);
  const key = (r: { cohortMonth: Date; regencyCode: string; channel: string }) =>
    `${r.cohortMonth.toISOString().slice(0, 7)}:${r.regencyCode}:${r.channel}`;
  const counts = new Map<string, CohortCount>(
    sizes.map((s) => [
      key(s),
      {
        cohort: periodOf(s.cohortMonth.toISOString()),
        regencyCode: s.regencyCode,
        channel: s.channel,
        participants: s.participants,
        paid: {},
      },
    ]),
  );
  for (const p of paid) {
    const count = counts.get(key(p));
    if (count) count.paid[p.monthsAfter] = p.participants;
  }
  return [...counts.values()].sort((a, b) => a.cohort.localeCompare(b.cohort));
}

/** The `months` registration months up to and including `asOfMonth`. */
export function cohortWindow(asOfMonth: Period, months: number): { from: Period; to: Period } {
  return { from: addMonths(asOfMonth, -(months - 1)), to: asOfMonth };
}
