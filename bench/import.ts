// Budget (issue 3): validate + save a 10,000-row worker spreadsheet in ≤ 5 s
// on the 2-core machine. `npm run bench:import [-- --rows N]`.
import { parseArgs } from "node:util";
import { SAVE_TRANSACTION, checkWorkerRows, saveCheckedImport, sha256, storeCheckedImport } from "../lib/worker-import/batch";
import { parseWorkerSheet } from "../lib/worker-import/spreadsheet";
import { createBranch, createCompany, createOfficer, csvOf, workerValues } from "../tests/support/records";
import { benchDatabase } from "./support";

const { values } = parseArgs({ options: { rows: { type: "string", default: "10000" } } });
const count = Number(values.rows);
const bench = await benchDatabase();
const branch = await createBranch(bench.db);
const officer = await createOfficer(bench.db, branch.id);
const company = await createCompany(bench.db, branch.id);
const file = csvOf(Array.from({ length: count }, () => workerValues()));

const times: Record<string, number> = {};
const timed = async <T>(label: string, run: () => Promise<T>) => {
  const t0 = performance.now();
  const result = await run();
  times[label] = Math.round(performance.now() - t0);
  return result;
};

const started = performance.now();
const sheet = await timed("parse CSV", () => parseWorkerSheet("bench.csv", file));
if (!sheet.ok) throw new Error(sheet.error);
const checked = await timed("validate rows + database lookup", () => checkWorkerRows(bench.db, company, sheet.rows));
const batch = await timed("store checked batch", () =>
  storeCheckedImport(
    bench.db,
    { branchId: branch.id, companyId: company.id, createdById: officer.id, fileName: "bench.csv", fileSha256: sha256(file) },
    checked,
  ),
);
const saved = await timed("save (one transaction)", () =>
  bench.db.$transaction(
    (tx) => saveCheckedImport(tx, batch.id, { branchId: branch.id }, { userId: officer.id, role: "BANK_OFFICER" }),
    SAVE_TRANSACTION,
  ),
);
times.total = Math.round(performance.now() - started);
console.log(`import of ${count} rows on ${bench.kind}: ${saved.savedCount} saved, ${checked.counts.error} errors`);
console.table(times);
await bench.close();
