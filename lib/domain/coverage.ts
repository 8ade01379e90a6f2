/**
 * Whether a participant is covered while contributions are unpaid.
 *
 * - BPU: no fine; arrears may run at most 3 months of contributions, and a
 *   participant in arrears for more than 3 months in a row is ended (or made
 *   non-active if they have claimed JHT). BPJS TK "Probis Kepesertaan" (Perdir
 *   22/PERDIR.02/072022), "Grace Period dan Nonaktif Kepesertaan BPU"; the same
 *   3 months from BPJS TK branch heads quoted by media.alkhairaat.id (2025-07-23 and an undated piece)
 *   and star.grid.id quoting BPJS TK's site.
 * - PU: an employer more than 3 months in arrears must itself pay a work
 *   accident's benefits first and is reimbursed only after paying the arrears
 *   (star.grid.id 2023-03-24 quoting BPJS TK's site; secondary), so BPJS TK's
 *   cover no longer reaches the worker directly: we show it as lapsed.
 * - JAKON: no source; the contractor is an employer, so the PU rule (ours).
 *
 * Which day counts and how months are counted is ours (docs/domain.md,
 * "Coverage when contributions are unpaid"): months late as for fines
 * (monthsLate); lapsed once more than LAPSE_AFTER_MONTHS have started since the
 * oldest unpaid bill's due date.
 */
import { isoDate, monthsLate } from "./billing-period";
import type { ParticipantCategory } from "./programs";
import { jakartaDate } from "./time";

/** Months of arrears a participant keeps cover for, per category (see above for each source). */
export const LAPSE_AFTER_MONTHS: Readonly<Record<ParticipantCategory, number>> = { BPU: 3, PU: 3, JAKON: 3 };

export type CoverageStatus = "PENDING" | "ACTIVE" | "LAPSED";

export type CoverageInput = {
  category: ParticipantCategory;
  /** Due date of the oldest bill for this participant not yet fully paid; null when everything is paid. */
  oldestUnpaidDueDate: string | Date | null;
  /** 'YYYY-MM-DD' in Jakarta, or an instant (read as its Jakarta calendar day). */
  asOf: string | Date;
  /** Whether any bill for this participant was ever paid in full. */
  hasEverPaid: boolean;
};

/**
 * PENDING: never paid, so cover never started (registration waits for the
 * first payment). ACTIVE: paid up, or in arrears for at most the category's
 * months. LAPSED: in arrears for longer; paying every overdue bill makes the
 * participant ACTIVE again (ours: BPJS TK asks a lapsed BPU to register anew).
 */
export function coverageStatus(input: CoverageInput): CoverageStatus {
  if (!input.hasEverPaid) return "PENDING";
  if (input.oldestUnpaidDueDate === null) return "ACTIVE";
  const due = typeof input.oldestUnpaidDueDate === "string" ? input.oldestUnpaidDueDate : isoDate(input.oldestUnpaidDueDate);
  const asOf = typeof input.asOf === "string" ? input.asOf : jakartaDate(input.asOf);
  return monthsLate(due, asOf) > LAPSE_AFTER_MONTHS[input.category] ? "LAPSED" : "ACTIVE";
}
