import type { Db } from "../db/prisma";
import { addMonths, currentPeriod, periodsFrom, type Period } from "../domain/billing-period";
import { applyCoverage } from "./coverage";
import type { BillingRun } from "./counts";
import { generateBills } from "./generate";
import { markOverdue } from "./overdue";
import { applyHeldCredits } from "../ledger/apply-credit";

/**
 * The seed's history: bills for the last `months` periods up to and including
 * the current one (Asia/Jakarta), oldest first, then overdue marks and fines
 * as of `now`. Idempotent like generateBills.
 */
export async function billPastMonths(db: Db, months: number, now: Date = new Date()) {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`months must be a whole number ≥ 1: ${months}`);
  const current = currentPeriod(now);
  const runs: BillingRun[] = [];
  for (const period of periodsFrom(addMonths(current, -(months - 1)), current)) {
    runs.push(await generateBills(db, period, { now }));
  }
  const overdue = await markOverdue(db, now);
  return { runs, overdue };
}

/**
 * What `npm run billing` does: one period's bills, then credit held from
 * overpayments applied to open bills, then overdue marks and fines, then coverage.
 */
export async function runBilling(db: Db, period: Period, now: Date = new Date()) {
  const run = await generateBills(db, period, { now });
  const credits = await applyHeldCredits(db);
  const overdue = await markOverdue(db, now);
  const coverage = await applyCoverage(db, now);
  return { run, credits, overdue, coverage };
}
