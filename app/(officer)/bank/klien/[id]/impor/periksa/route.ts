import { notFound } from "next/navigation";
import { branchScopeOf } from "@/lib/auth/scope";
import { requireArea } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { checkWorkerRows, sha256, storeCheckedImport } from "@/lib/worker-import/batch";
import { ERRORS_SHOWN, type ImportEvent } from "@/lib/worker-import/events";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_REQUEST_BYTES, UPLOAD_TOO_LARGE } from "@/lib/validation/upload";
import { parseWorkerSheet } from "@/lib/worker-import/spreadsheet";
import { findClientRef } from "@/lib/officer/clients";
import { readRawBody } from "@/lib/http/raw-body";
import { log } from "@/lib/log";

/**
 * POST a worker file: checks every row and streams progress as NDJSON, then
 * keeps the checked rows for the officer to confirm. Saves no worker.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireArea("/bank", `/bank/klien/${id}/impor`);
  const client = await findClientRef(db(), branchScopeOf(user), id);
  if (!client?.branchId) notFound();
  const branchId = client.branchId;

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: ImportEvent) => controller.enqueue(new TextEncoder().encode(`${JSON.stringify(event)}\n`));
      try {
        // Read at most the limit (plus the form's own framing) before parsing: a huge upload is never buffered whole.
        const raw = await readRawBody(request, MAX_UPLOAD_REQUEST_BYTES);
        if (!raw.ok) return send({ type: "invalid", error: UPLOAD_TOO_LARGE });
        const form = await new Response(raw.bytes.slice(), { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
        const file = form.get("file");
        if (!(file instanceof File) || file.size === 0) return send({ type: "invalid", error: "errors.sheet.empty" });
        if (file.size > MAX_UPLOAD_BYTES) return send({ type: "invalid", error: UPLOAD_TOO_LARGE });
        const bytes = new Uint8Array(await file.arrayBuffer());
        const sheet = await parseWorkerSheet(file.name, bytes);
        if (!sheet.ok) return send({ type: "invalid", error: sheet.message });
        const total = sheet.rows.length;
        const checked = await checkWorkerRows(db(), client.id, sheet.rows, (done) => send({ type: "progress", done, total }));
        const batch = await storeCheckedImport(
          db(),
          { branchId, companyId: client.id, createdById: user.id, fileName: file.name.slice(0, 200), fileSha256: sha256(bytes) },
          checked,
        );
        const errors = checked.rows.flatMap((r) => (r.outcome === "error" ? [{ rowNumber: r.rowNumber, errors: r.errors }] : []));
        send({ type: "checked", batchId: batch.id, counts: checked.counts, errors: errors.slice(0, ERRORS_SHOWN) });
      } catch (error) {
        // Told to the officer, kept in the log; the stream ends normally so the last line arrives.
        log.error({ err: error, companyId: client.id }, "worker sheet check failed");
        send({ type: "invalid", error: "errors.unexpected" });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store", "X-Accel-Buffering": "no" },
  });
}
