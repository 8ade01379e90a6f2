// The import's first step: an uploaded worker file checked row by row, with
// progress streamed as NDJSON events (lib/worker-import/events.ts), and the
// checked rows kept for the officer to confirm (importSave, batch.ts). Saves no worker.
import type { Db } from "../db/prisma";
import { readRawBody } from "../http/raw-body";
import { log } from "../log";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_REQUEST_BYTES, UPLOAD_TOO_LARGE } from "../validation/upload";
import { checkWorkerRows, sha256, storeCheckedImport, type WageRuleCompany } from "./batch";
import { ERRORS_SHOWN, type ImportEvent } from "./events";
import { parseWorkerSheet } from "./spreadsheet";

export interface UploadTarget {
  client: WageRuleCompany & { branchId: string };
  officerId: string;
}

/** The check of one upload, as the stream of events the wizard reads; the last event is "checked" or "invalid". */
export function checkUpload(database: Db, request: Request, { client, officerId }: UploadTarget): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: ImportEvent) => controller.enqueue(new TextEncoder().encode(`${JSON.stringify(event)}\n`));
      try {
        send(await check(database, request, client, officerId, send));
      } catch (error) {
        // Told to the officer, kept in the log; the stream ends normally so the last line arrives.
        log.error({ err: error, companyId: client.id }, "worker sheet check failed");
        send({ type: "invalid", error: "errors.unexpected" });
      } finally {
        controller.close();
      }
    },
  });
}

async function check(
  database: Db,
  request: Request,
  client: UploadTarget["client"],
  officerId: string,
  send: (event: ImportEvent) => void,
): Promise<ImportEvent> {
  // Read at most the limit (plus the form's own framing) before parsing: a huge upload is never buffered whole.
  const raw = await readRawBody(request, MAX_UPLOAD_REQUEST_BYTES);
  if (!raw.ok) return { type: "invalid", error: UPLOAD_TOO_LARGE };
  const form = await new Response(raw.bytes.slice(), { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { type: "invalid", error: "errors.sheet.empty" };
  if (file.size > MAX_UPLOAD_BYTES) return { type: "invalid", error: UPLOAD_TOO_LARGE };
  const bytes = new Uint8Array(await file.arrayBuffer());
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
}
