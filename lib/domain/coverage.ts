/**
 * Whether a participant is covered while contributions are unpaid.
 *
 * - BPU: no fine; cover lapses when more than 3 months are unpaid, counted
 *   from the end of the last paid month (BPJS TK Perdir 22/PERDIR.02/072022,
 *   "Grace Period dan Nonaktif Kepesertaan BPU"): paid through November, cover
 *   holds through February and lapses on 1 March, whatever the due dates.
 *   The last paid month is the month before the oldest unpaid bill's first
 *   month (cover is continuous up to the first gap).
 * - PU: an employer more than 3 months in arrears must itself pay a work
 *   accident's benefits first and is reimbursed only after paying the arrears
 *   (star.grid.id 2023-03-24 quoting BPJS TK's site; secondary), so BPJS TK's
 *   cover no longer reaches the worker directly: we show it as lapsed, counting
 *   months late from the oldest unpaid bill's due date as for fines (monthsLate).
 * - JAKON: no source; the contractor is an employer, so the PU rule (ours).
 *
 * docs/domain.md, "Coverage when contributions are unpaid".
 */
import { addMonths, isoDate, monthsLate, periodEndDate, periodOf } from "./billing-period";
import type { ParticipantCategory } from "./programs";
import { jakartaDate } from "./time";

/** Months of arrears a participant keeps cover for, per category (see above for each source). */
export const LAPSE_AFTER_MONTHS: Readonly<Record<ParticipantCategory, number>> = { BPU: 3, PU: 3, JAKON: 3 };

export type CoverageStatus = "PENDING" | "ACTIVE" | "LAPSED";

type Day = string | Date;

export type CoverageInput = {
  category: ParticipantCategory;
  /** The oldest bill for this participant not yet fully paid: its first contribution month's first day and its due date; null when everything is paid. */
  oldestUnpaid: { periodStart: Day; dueDate: Day } | null;
  /** 'YYYY-MM-DD' in Jakarta, or an instant (read as its Jakarta calendar day). */
  asOf: Day;
  /** Whether any bill for this participant was ever paid in full. */
  hasEverPaid: boolean;
};

const day = (value: Day) => (typeof value === "string" ? value : isoDate(value));

/**
 * The last day a BPU participant whose oldest unpaid bill starts in the month of
 * `periodStart` is still covered: the end of the 3rd unpaid month.
 */
export function bpuCoveredUntil(periodStart: Day): string {
  return periodEndDate(addMonths(periodOf(day(periodStart)), LAPSE_AFTER_MONTHS.BPU - 1));
}

/**
 * PENDING: never paid, so cover never started (registration waits for the
 * first payment). ACTIVE: paid up, or in arrears within the category's grace
 * (above). LAPSED: in arrears for longer; paying every overdue bill makes the
 * participant ACTIVE again (ours: BPJS TK asks a lapsed BPU to register anew).
 */
export function coverageStatus(input: CoverageInput): CoverageStatus {
  if (!input.hasEverPaid) return "PENDING";
  if (input.oldestUnpaid === null) return "ACTIVE";
  const asOf = typeof input.asOf === "string" ? input.asOf : jakartaDate(input.asOf);
  if (input.category === "BPU") return asOf > bpuCoveredUntil(input.oldestUnpaid.periodStart) ? "LAPSED" : "ACTIVE";
  return monthsLate(day(input.oldestUnpaid.dueDate), asOf) > LAPSE_AFTER_MONTHS[input.category] ? "LAPSED" : "ACTIVE";
}
