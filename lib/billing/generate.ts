import { recordAudit } from "../audit/record";
import type { Db } from "../db/prisma";
import { isPeriod, type Period } from "../domain/billing-period";
import { billBpu } from "./bpu";
import type { BillingRun } from "./counts";
import { billJakon } from "./jakon";
import { billPu } from "./pu";
import { billSponsored } from "./sponsored";

/**
 * Makes every bill due for `period`: BPU participants whose cycle starts in it,
 * each active company's month, construction projects not billed yet, and each
 * sponsor programme's collective bill for the month.
 * Idempotent: a bill's billingKey is unique, so running a period again (or two
 * runs at once) creates nothing twice and reports the rest as existing.
 * `batchSize` is how many participants, companies or projects are read at a time.
 * The run is audited as one entry with its counts (the system is the actor):
 * each bill carries its own billingKey and period, and a row per new bill
 * would double the writes of the month's largest job.
 */
export async function generateBills(db: Db, period: Period, options: { now?: Date; batchSize?: number } = {}): Promise<BillingRun> {
  if (!isPeriod(period)) throw new RangeError(`period must be YYYY-MM: ${period}`);
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 1_000;
  // One category after another: each reads in batches and writes in chunks, so memory stays flat.
  const BPU = await billBpu(db, period, now, batchSize);
  const PU = await billPu(db, period, now, batchSize);
  const JAKON = await billJakon(db, period, now, batchSize);
  const SPONSORED = await billSponsored(db, period, now, batchSize);
  const run = { period, BPU, PU, JAKON, SPONSORED };
  await recordAudit(
    db,
    {},
    {
      action: "billing.run",
      entity: "BillingPeriod",
      entityId: period,
      after: { period, BPU: { ...BPU }, PU: { ...PU }, JAKON: { ...JAKON }, SPONSORED: { ...SPONSORED } },
    },
  );
  return run;
}
