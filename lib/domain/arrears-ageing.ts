// Arrears by how long they are overdue (issue 17): 0–30, 31–60, 61–90 and more than 90 days past the due date of
// the month they are for, as of a day. Read from the per-month billing totals (each month's unpaid remainder and its
// category's due date), not bill by bill: the dashboard's rollups hold no single bill. Unpaid amounts not yet due
// are no arrears and fall in no bucket.
import { dueDateFor, DUE_DATE_RULES, type Period } from "./billing-period";
import type { ParticipantCategory } from "./programs";

export const AGEING_BUCKETS = ["0-30", "31-60", "61-90", "90+"] as const;
export type AgeingBucket = (typeof AGEING_BUCKETS)[number];

const DAY_MS = 86_400_000;
const FIRST_RULE = DUE_DATE_RULES[0]!.from;

/** Whole days from the due date to `asOf` (both 'YYYY-MM-DD'); 0 or less: not overdue. */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

export function ageingBucket(daysOverdue: number): AgeingBucket | null {
  if (daysOverdue <= 0) return null;
  if (daysOverdue <= 30) return "0-30";
  if (daysOverdue <= 60) return "31-60";
  if (daysOverdue <= 90) return "61-90";
  return "90+";
}

/** The arrears of each month and category, summed per bucket as of `asOf` (whole rupiah). */
export function arrearsAgeing(
  rows: readonly { period: Period; category: ParticipantCategory; arrears: bigint }[],
  asOf: string,
): Record<AgeingBucket, bigint> {
  const totals = Object.fromEntries(AGEING_BUCKETS.map((b) => [b, 0n])) as Record<AgeingBucket, bigint>;
  for (const row of rows) {
    if (row.arrears <= 0n) continue;
    // Months before the first due-date rule we hold are long overdue by any rule.
    const bucket = row.period < FIRST_RULE ? "90+" : ageingBucket(daysBetween(dueDateFor(row.category, row.period), asOf));
    if (bucket) totals[bucket] += row.arrears;
  }
  return totals;
}
