// JSON responses for /api/v1. Plain Web API Response: no Next import, so these
// work in any route handler and in tests.
import { messageWithParams } from "../validation/field-errors";
import { API_MESSAGES, type ApiErrorMessage, type FieldErrors, invalidRequest } from "./api-errors";
import { apiMessage } from "./api-messages";

const NO_STORE = { "Cache-Control": "no-store" };

/** Success for a deterministic answer: shared caches may keep it for `maxAgeSeconds`. */
export function cacheableJson(body: unknown, maxAgeSeconds: number): Response {
  return Response.json(body, { headers: { "Cache-Control": `public, max-age=${maxAgeSeconds}` } });
}

/** An answer about this caller's data: no cache may keep it. */
export function privateJson(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

/** Like privateJson, for a body already serialized (a stored idempotent answer, replayed byte for byte). */
export function privateJsonText(bodyText: string, status: number, headers: Record<string, string> = {}): Response {
  return new Response(bodyText, { status, headers: { "Content-Type": "application/json", ...NO_STORE, ...headers } });
}

/** 400 with the standard error body; never cached, so a fixed client is not served a stale error. */
export function badRequest(fields: FieldErrors): Response {
  return Response.json(invalidRequest(fields), { status: 400, headers: NO_STORE });
}

/** Every status but 400 (401, 404, 409, 413, 422, 429, 500, 503): `{ error }` only. */
export function errorMessage(status: number, error: string, headers: Record<string, string> = {}): Response {
  return privateJson({ error } satisfies ApiErrorMessage, status, headers);
}

/**
 * Missing, unknown and revoked keys all look the same to the caller (RFC 6750).
 * `message` says what would do instead, where a session would too ("api.unauthenticatedStaff").
 */
export function unauthorized(message: string = API_MESSAGES.unauthorized): Response {
  return errorMessage(401, message, { "WWW-Authenticate": "Bearer" });
}

/** 429 with Retry-After (RFC 6585): an abuse limit (lib/security/limits.ts) is spent for now. */
export function tooManyRequests(retryAfterSeconds: number): Response {
  return errorMessage(429, apiMessage(messageWithParams("errors.tooManyRequests", { seconds: retryAfterSeconds })), {
    "Retry-After": String(retryAfterSeconds),
  });
}

export function serverError(): Response {
  return errorMessage(500, API_MESSAGES.serverError);
}
