import type { Period } from "../domain/billing-period";

/** What one category's part of a billing run did. */
export interface CategoryCounts {
  /** Bills this run inserted. */
  created: number;
  /** Bills this run would have made that were already there (an earlier or concurrent run, or registration). */
  existing: number;
  /** Candidates whose data gave no contribution (e.g. a wage of 0): nothing billed, look at them. */
  skipped: number;
}

export interface BillingRun {
  period: Period;
  BPU: CategoryCounts;
  PU: CategoryCounts;
  JAKON: CategoryCounts;
  /** Sponsors' collective bills (one per programme and month). */
  SPONSORED: CategoryCounts;
}

export const noCounts = (): CategoryCounts => ({ created: 0, existing: 0, skipped: 0 });

export function addCounts(into: CategoryCounts, more: { created?: number; existing?: number; skipped?: number }) {
  into.created += more.created ?? 0;
  into.existing += more.existing ?? 0;
  into.skipped += more.skipped ?? 0;
}
