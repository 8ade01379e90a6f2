// The first step of every sheet import (a company's workers, a sponsor's
// beneficiaries): the upload read within its limit, then checked row by row
// with progress streamed as NDJSON, one event per line; the last event is
// "checked" or "invalid". Saves nothing.
import { readRawBody } from "../http/raw-body";
import { log } from "../log";
import type { FieldErrors } from "../validation/field-errors";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_REQUEST_BYTES, UPLOAD_TOO_LARGE } from "../validation/upload";

/** What a check streams; `Checked` is the kind's own report (its batch, counts, rows to fix). */
export type UploadEvent<Checked> =
  { type: "progress"; done: number; total: number } | { type: "invalid"; error: string } | ({ type: "checked" } & Checked);

/** The rows a report shows on the page; the downloadable report has all of them. */
export const ERRORS_SHOWN = 50;

/** Rows with problems as the page shows them: the first ERRORS_SHOWN. */
export type RowMessages = { rowNumber: number; errors: FieldErrors }[];

export interface Upload {
  file: File;
  bytes: Uint8Array;
  /** The form's other fields (a programme's first month, …). */
  form: FormData;
}

type Send<C> = (event: UploadEvent<C>) => void;

/**
 * Streams the check of the request's `file`: too large, missing or empty files are refused before `check` runs; a
 * failure inside it is logged and told as "unexpected" (the stream still ends with a verdict).
 */
export function streamUploadCheck<C>(
  request: Request,
  context: Record<string, unknown>,
  check: (upload: Upload, send: Send<C>) => Promise<UploadEvent<C>>,
): Response {
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send: Send<C> = (event) => controller.enqueue(new TextEncoder().encode(`${JSON.stringify(event)}\n`));
      try {
        const upload = await readUpload(request);
        send("error" in upload ? { type: "invalid", error: upload.error } : await check(upload, send));
      } catch (error) {
        log.error({ err: error, ...context }, "sheet check failed");
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

async function readUpload(request: Request): Promise<Upload | { error: string }> {
  // Read at most the limit (plus the form's own framing) before parsing: a huge upload is never buffered whole.
  const raw = await readRawBody(request, MAX_UPLOAD_REQUEST_BYTES);
  if (!raw.ok) return { error: UPLOAD_TOO_LARGE };
  const form = await new Response(raw.bytes.slice(), { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { error: "errors.sheet.empty" };
  if (file.size > MAX_UPLOAD_BYTES) return { error: UPLOAD_TOO_LARGE };
  return { file, bytes: new Uint8Array(await file.arrayBuffer()), form };
}
