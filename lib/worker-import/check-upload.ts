// The import's first step: an uploaded worker file checked row by row
// (lib/spreadsheets/upload-check.ts streams the progress), and the checked rows
// kept for the officer to confirm (importSave, batch.ts). Saves no worker.
import type { Db } from "../db/prisma";
import { ERRORS_SHOWN, streamUploadCheck } from "../spreadsheets/upload-check";
import { checkWorkerRows, sha256, storeCheckedImport, type WageRuleCompany } from "./batch";
import type { ImportReport } from "./events";
import { parseWorkerSheet } from "./spreadsheet";

export interface UploadTarget {
  client: WageRuleCompany & { branchId: string };
  officerId: string;
}

/** The check of one upload, as the response streaming the events the wizard reads. */
export function checkUpload(database: Db, request: Request, { client, officerId }: UploadTarget): Response {
  return streamUploadCheck<ImportReport>(request, { companyId: client.id }, async ({ file, bytes }, send) => {
    const sheet = await parseWorkerSheet(file.name, bytes);
    if (!sheet.ok) return { type: "invalid", error: sheet.message };
    const total = sheet.rows.length;
    const checked = await checkWorkerRows(database, client, sheet.rows, (done) => send({ type: "progress", done, total }));
    const batch = await storeCheckedImport(
      database,
      {
        branchId: client.branchId,
        companyId: client.id,
        createdById: officerId,
        fileName: file.name.slice(0, 200),
        fileSha256: sha256(bytes),
      },
      checked,
    );
    const errors = checked.rows.flatMap((r) => (r.outcome === "error" ? [{ rowNumber: r.rowNumber, errors: r.errors }] : []));
    const warnings = checked.rows.flatMap((r) =>
      r.outcome !== "error" && r.warnings ? [{ rowNumber: r.rowNumber, warnings: r.warnings }] : [],
    );
    return {
      type: "checked",
      batchId: batch.id,
      counts: checked.counts,
      errors: errors.slice(0, ERRORS_SHOWN),
      warnings: warnings.slice(0, ERRORS_SHOWN),
    };
  });
}
