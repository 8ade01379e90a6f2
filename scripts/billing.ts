// Monthly billing on DATABASE_URL: bills for one period, then overdue marks,
// late fines and coverage. Safe to run again; it reports what already existed.
//   npm run billing                      the current period in Asia/Jakarta
//   npm run billing -- --period 2026-12
import { parseArgs } from "node:util";
import { runBilling } from "../lib/billing/run";
import { createPrismaClient } from "../lib/db/prisma";
import { currentPeriod, isPeriod } from "../lib/domain/billing-period";

const { values: flags } = parseArgs({ options: { period: { type: "string" } } });
const period = flags.period ?? currentPeriod();
if (!isPeriod(period)) {
  console.error(`--period must be YYYY-MM, got "${period}"\nusage: npm run billing [-- --period YYYY-MM]`);
  process.exit(1);
}
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set");
  process.exit(1);
}

const db = createPrismaClient(url);
try {
  const started = performance.now();
  const { run, credits, overdue, coverage } = await runBilling(db, period);
  for (const category of ["BPU", "PU", "JAKON"] as const) {
    const c = run[category];
    console.log(
      `${category.padEnd(5)} ${c.created} created, ${c.existing} existing${c.skipped ? `, ${c.skipped} skipped (no contribution: check their data)` : ""}`,
    );
  }
  console.log(`credit: Rp ${credits.applied} applied to open bills of ${credits.accounts} accounts`);
  console.log(`overdue: ${overdue.overdue} past due, ${overdue.updated} updated, fines Rp ${overdue.fines}`);
  console.log(`coverage: ${coverage.activated} activated, ${coverage.lapsed} lapsed`);
  console.log(`period ${period} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await db.$disconnect();
}
