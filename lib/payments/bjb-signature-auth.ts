// How Bank BJB proves a notification is its own (lib/api/endpoint.ts's custom
// authentication): the secret is configured, the timestamp is in the window,
// the body fits, and the signature over "<timestamp>.<raw body>" matches.
// Unsigned or stale requests are only logged: storing them would let anyone
// write rows, or claim a bank reference.
import type { ApiContext, Authenticated } from "../api/endpoint";
import { API_MESSAGES } from "../http/api-errors";
import { readRawBody } from "../http/raw-body";
import { errorMessage } from "../http/responses";
import { type RequestSource, sourceOf } from "../http/source";
import { log } from "../log";
import { MAX_NOTIFICATION_BYTES, PAYMENT_MESSAGES } from "./schema";
import { checkTimestamp, SIGNATURE_HEADER, type SignatureFailure, TIMESTAMP_HEADER, verifyNotification } from "./signature";

/** One signing key is shared with Bank BJB today: its abuse limit is this key's. */
export const SIGNING_KEY_ID = "bjb";

/** BJB's host, with the signed body's bytes; else the answer (503 unconfigured, 401, 413). */
export async function bjbSignature(request: Request, context: ApiContext): Promise<Authenticated | Response> {
  const secret = context.bjbSecret;
  if (!secret) {
    log.error("payment notification refused: BJB_WEBHOOK_SECRET is not set");
    return errorMessage(503, PAYMENT_MESSAGES.notConfigured);
  }
  const source = sourceOf(request.headers);
  // The window needs no body: checked before reading one.
  const timestamp = request.headers.get(TIMESTAMP_HEADER);
  const early = checkTimestamp(timestamp, context.now);
  if (!early.ok) return unauthenticated(early.reason, source);
  const raw = await readRawBody(request, MAX_NOTIFICATION_BYTES);
  if (!raw.ok) {
    log.warn({ reason: "body_too_large", ...source }, "payment notification rejected");
    return errorMessage(413, API_MESSAGES.payloadTooLarge);
  }
  const signature = request.headers.get(SIGNATURE_HEADER);
  const verify = (key: string) => verifyNotification({ secret: key, body: raw.bytes, timestamp, signature, now: context.now });
  let check = verify(secret);
  // During a rotation the previous secret still signs: only a signature that does not match tries it.
  if (!check.ok && check.reason === "mismatch" && context.bjbPreviousSecret) {
    check = verify(context.bjbPreviousSecret);
    if (check.ok) log.info({ ...source }, "BJB request signed with the previous secret (rotation not finished)");
  }
  if (!check.ok) return unauthenticated(check.reason, source);
  return { requester: { kind: "bjbHost" }, body: raw.bytes };
}

function unauthenticated(reason: SignatureFailure, source: RequestSource): Response {
  log.warn({ reason: `signature_${reason}`, ...source }, "payment notification rejected");
  const message = reason === "expired" || reason === "future" ? PAYMENT_MESSAGES.timestampOutOfWindow : PAYMENT_MESSAGES.signatureInvalid;
  return errorMessage(401, message);
}
