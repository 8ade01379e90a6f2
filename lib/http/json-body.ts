// JSON request bodies for /api/v1: read with a size limit, then parsed.
import { API_MESSAGES } from "./api-errors";
import { readRawBody } from "./raw-body";
import { badRequest, errorMessage } from "./responses";

export const MAX_JSON_BODY_BYTES = 2 * 1024 * 1024;

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response };

const tooLarge = (): JsonBody => ({ ok: false, response: errorMessage(413, API_MESSAGES.payloadTooLarge) });
const notJson = (): JsonBody => ({ ok: false, response: badRequest({ body: API_MESSAGES.invalidJson }) });

export async function readJsonBody(request: Request, maxBytes: number = MAX_JSON_BODY_BYTES): Promise<JsonBody> {
  if (!request.body) return notJson();
  const raw = await readRawBody(request, maxBytes);
  if (!raw.ok) return tooLarge();
  try {
    return { ok: true, value: JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(raw.bytes)) };
  } catch {
    return notJson();
  }
}
