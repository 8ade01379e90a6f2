// Request bodies for /api/v1: read at most `maxBytes` (a client cannot make
// the server buffer an endless upload), then parse as JSON.
import { API_MESSAGES } from "./errors";
import { badRequest, errorMessage } from "./responses";

export const MAX_JSON_BODY_BYTES = 2 * 1024 * 1024;

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response };

const tooLarge = (): JsonBody => ({ ok: false, response: errorMessage(413, API_MESSAGES.payloadTooLarge) });
const notJson = (): JsonBody => ({ ok: false, response: badRequest({ body: API_MESSAGES.invalidJson }) });

export async function readJsonBody(request: Request, maxBytes: number = MAX_JSON_BODY_BYTES): Promise<JsonBody> {
  // A declared length over the limit is refused before reading a byte; a
  // missing or false one is caught while reading.
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) return tooLarge();
  if (!request.body) return notJson();

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBytes) {
      await reader.cancel();
      return tooLarge();
    }
    chunks.push(value);
  }

  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { ok: true, value: JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) };
  } catch {
    return notJson();
  }
}
