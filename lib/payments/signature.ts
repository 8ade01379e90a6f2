// BJB signs each payment notification with a secret shared out of band
// (docs/decisions/0007-payment-notifications.md): HMAC-SHA256 over
// "<timestamp>.<raw body>". The timestamp is inside the signature, so an old
// body cannot be sent again under a fresh timestamp, and a captured request
// stops working once it leaves the tolerance window.
import { createHmac, timingSafeEqual } from "node:crypto";

export const TIMESTAMP_HEADER = "X-BJB-Timestamp";
export const SIGNATURE_HEADER = "X-BJB-Signature";

/** How far the sender's clock may be from ours, either way. */
export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60;

/** Shorter keys make HMAC-SHA256 easier to brute-force than the hash itself. */
export const MIN_SECRET_LENGTH = 32;

const TIMESTAMP_PATTERN = /^\d{1,12}$/;
const SIGNATURE_PATTERN = /^[0-9a-f]{64}$/i;

export type SignatureFailure = "missing" | "malformed" | "expired" | "future" | "mismatch";

export type SignatureCheck = { ok: true; timestamp: number } | { ok: false; reason: SignatureFailure };

function signatureBytes(secret: string, body: string | Uint8Array, timestamp: string): Buffer {
  if (secret.length < MIN_SECRET_LENGTH) throw new RangeError(`the shared secret needs at least ${MIN_SECRET_LENGTH} characters`);
  return createHmac("sha256", secret).update(`${timestamp}.`).update(body).digest();
}

/**
 * The `X-BJB-Signature` value for `body` sent at `timestamp` (unix seconds):
 * lower-case hex. A string body is signed as its UTF-8 bytes, which is what
 * goes on the wire.
 */
export function signNotification(secret: string, body: string | Uint8Array, timestamp: number): string {
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) throw new RangeError(`not a unix time in seconds: ${timestamp}`);
  return signatureBytes(secret, body, String(timestamp)).toString("hex");
}

/**
 * Checks the two headers against the raw body. The timestamp is signed as the
 * text that came in the header, so the check never depends on how it parses.
 */
export function verifyNotification(input: {
  secret: string;
  body: string | Uint8Array;
  timestamp: string | null;
  signature: string | null;
  now: Date;
}): SignatureCheck {
  const timestampCheck = checkTimestamp(input.timestamp, input.now);
  if (!timestampCheck.ok) return timestampCheck;
  if (input.signature === null || input.signature === "") return { ok: false, reason: "missing" };
  if (!SIGNATURE_PATTERN.test(input.signature)) return { ok: false, reason: "malformed" };
  const expected = signatureBytes(input.secret, input.body, input.timestamp!);
  const received = Buffer.from(input.signature, "hex");
  // Both are 32 bytes here; timingSafeEqual keeps the comparison from telling how many bytes matched.
  return timingSafeEqual(expected, received) ? timestampCheck : { ok: false, reason: "mismatch" };
}

/** The window check alone: done before the body is read, since it needs no body. */
export function checkTimestamp(timestamp: string | null, now: Date): SignatureCheck {
  if (timestamp === null || timestamp === "") return { ok: false, reason: "missing" };
  if (!TIMESTAMP_PATTERN.test(timestamp)) return { ok: false, reason: "malformed" };
  const seconds = Number(timestamp);
  const age = Math.floor(now.getTime() / 1000) - seconds;
  if (age > SIGNATURE_TOLERANCE_SECONDS) return { ok: false, reason: "expired" };
  if (age < -SIGNATURE_TOLERANCE_SECONDS) return { ok: false, reason: "future" };
  return { ok: true, timestamp: seconds };
}
