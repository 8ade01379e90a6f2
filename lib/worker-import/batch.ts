// Spreadsheet import of a company's workers, in two steps: check (nothing is
// saved; the officer sees a report per row) and save (the checked valid rows,
// all in one transaction, or nothing).
import { createHash } from "node:crypto";
import type { AuditActor } from "../audit/record";
import { recordAudit } from "../audit/record";
import { z } from "zod";
import { defineAction } from "../actions/define";
import { clientScope, ofClient, type ClientScope } from "../auth/scope";
import { jsonColumn } from "../db/json-column";
import type { Db, Tx } from "../db/prisma";
import { Refusal } from "../failures";
import { messageWithParams, type FieldErrors } from "../validation/field-errors";
import { classifyWorkers, enrollingChannel, enrollWorkers, type WorkerOutcome } from "../pu-enrollment/enroll-workers";
import { NIK_AS_NUMBER } from "../spreadsheets/table-sheet";
import type { SheetRow } from "./spreadsheet";
import { parseWorkerRow, type WorkerRow } from "../pu-enrollment/worker-row";
import { openImportReviewCases } from "../review/detect";
import { companyPrograms } from "../domain/company-programs";
import type { UmkmScale } from "../domain/umkm";
import { wageProblem } from "../pu-enrollment/minimum-wage";
import { storedProblemsSchema, storedRowsSchema } from "./stored";

export type CheckedRow =
  | { rowNumber: number; outcome: WorkerOutcome; row: WorkerRow; warnings?: FieldErrors }
  | { rowNumber: number; outcome: "error"; values: SheetRow["values"]; errors: FieldErrors };

export interface ImportCounts {
  total: number;
  new: number;
  link: number;
  skip: number;
  error: number;
}

const PROGRESS_EVERY = 500;

/** What the minimum-wage rule needs to know of the company the workers join. */
export type WageRuleCompany = { id: string; regencyCode: string; scale: UmkmScale };

/**
 * Validates every row (with the minimum-wage rule: refused below the UMK for a
 * medium or large company, a warning for a micro or small one), then duplicates
 * inside the file, then against the database.
 */
export async function checkWorkerRows(
  database: Db,
  company: WageRuleCompany,
  rows: SheetRow[],
  onProgress: (done: number) => void = () => {},
  today: Date = new Date(),
): Promise<{ rows: CheckedRow[]; counts: ImportCounts }> {
  const checked: CheckedRow[] = [];
  const firstRowOfNik = new Map<string, number>();
  for (const [index, { rowNumber, values }] of rows.entries()) {
    if (index % PROGRESS_EVERY === 0) {
      onProgress(index);
      // Let the progress line go out before the next rows are checked.
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (values.nik === NIK_AS_NUMBER) {
      checked.push({ rowNumber, outcome: "error", values: { ...values, nik: "" }, errors: { nik: "errors.nik.excelNumber" } });
      continue;
    }
    const result = parseWorkerRow(values, today);
    if (!result.ok) {
      checked.push({ rowNumber, outcome: "error", values, errors: result.errors });
      continue;
    }
    const earlier = firstRowOfNik.get(result.row.nik);
    if (earlier !== undefined) {
      const errors = { nik: messageWithParams("errors.nik.duplicateInFile", { row: earlier }) };
      checked.push({ rowNumber, outcome: "error", values, errors });
      continue;
    }
    const wage = wageProblem(result.row, company, today);
    if (wage?.kind === "error") {
      checked.push({ rowNumber, outcome: "error", values, errors: { wage: wage.message } });
      continue;
    }
    firstRowOfNik.set(result.row.nik, rowNumber);
    checked.push({ rowNumber, outcome: "new", row: result.row, ...(wage ? { warnings: { wage: wage.message } } : {}) });
  }
  onProgress(rows.length);

  const outcome = await classifyWorkers(database, company.id, [...firstRowOfNik.keys()]);
  for (const row of checked) {
    if (row.outcome !== "error") row.outcome = outcome.get(row.row.nik) ?? "new";
  }
  const counts: ImportCounts = { total: checked.length, new: 0, link: 0, skip: 0, error: 0 };
  for (const row of checked) counts[row.outcome]++;
  return { rows: checked, counts };
}

export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Keeps a checked upload until the officer confirms it. */
export function storeCheckedImport(
  database: Db,
  input: { branchId: string; companyId: string; createdById: string; fileName: string; fileSha256: string },
  checked: { rows: CheckedRow[]; counts: ImportCounts },
) {
  const valid = checked.rows.filter((r) => r.outcome !== "error");
  const problems = checked.rows.filter((r) => r.outcome === "error");
  return database.importBatch.create({
    data: {
      ...input,
      totalRows: checked.counts.total,
      validRows: valid.length,
      errorRows: problems.length,
      rows: jsonColumn(valid),
      problems: jsonColumn(problems),
    },
  });
}

/** No checked import of that id in the officer's branch: the wizard says so (the page itself was found). */
export class ImportNotFound extends Refusal {
  constructor() {
    super("errors.import.notFound");
  }
}

/** The officer confirms a checked import: its valid rows are saved. */
export const importSave = defineAction({
  permission: "client.enroll",
  input: z.object({ batchId: z.uuid("errors.import.notFound") }),
  // Someone enrolled a worker of the file meanwhile: check the file again.
  conflictMessage: "errors.import.changed",
  transaction: { timeout: 60_000 },
  handler: async ({ batchId }, { tx, access, actor, user, now }) => {
    const result = await saveCheckedImport(tx, batchId, clientScope(access), { ...actor, userId: user.id }, now);
    return { count: result.savedCount };
  },
  revalidate: () => ["/bank"],
});

/** For scripts and tests that save an import outside the action: as long as the action lets it take. */
export const SAVE_TRANSACTION = { timeout: 60_000, maxWait: 10_000 };

/**
 * Saves a checked import: its valid rows, re-classified inside the caller's
 * transaction (someone may have enrolled a worker meanwhile). A second
 * confirm of the same batch saves nothing and answers with the first result.
 */
export async function saveCheckedImport(
  tx: Tx,
  batchId: string,
  scope: ClientScope,
  actor: AuditActor & { userId: string },
  now = new Date(),
) {
  const batch = await tx.importBatch.findFirst({ where: { id: batchId, company: ofClient(scope) }, include: { company: true } });
  if (!batch) throw new ImportNotFound();
  // Claim the batch: only one confirm gets past this line.
  const claimed = await tx.importBatch.updateMany({
    where: { id: batch.id, status: "VALIDATED" },
    data: { status: "SAVED", savedAt: now },
  });
  if (claimed.count === 0) return { alreadySaved: true as const, savedCount: batch.savedCount ?? 0 };

  const checked: CheckedRow[] = storedRowsSchema.parse(batch.rows);
  const rows = checked.flatMap((r) => (r.outcome === "error" ? [] : [r.row]));
  const result = await enrollWorkers(tx, {
    companyId: batch.companyId,
    branchId: batch.company.branchId,
    enrolledById: actor.userId,
    channel: enrollingChannel(scope),
    regencyCode: batch.company.regencyCode,
    programs: companyPrograms(batch.company),
    rows,
  });
  await tx.importBatch.update({ where: { id: batch.id }, data: { savedCount: result.created + result.linked } });
  const flagged = await openImportReviewCases(tx, batch, result.createdIds);
  await recordAudit(tx, actor, {
    action: "company.import_workers",
    entity: "Company",
    entityId: batch.companyId,
    after: { importBatchId: batch.id, created: result.created, linked: result.linked, skipped: result.skipped, flaggedForReview: flagged },
  });
  return { alreadySaved: false as const, savedCount: result.created + result.linked, ...result };
}

/** The rows of a checked import that need fixing, as stored. */
export function problemsOf(batch: { problems: unknown }): Extract<CheckedRow, { outcome: "error" }>[] {
  return storedProblemsSchema.parse(batch.problems);
}
