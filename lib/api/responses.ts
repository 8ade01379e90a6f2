// JSON responses for /api/v1. Plain Web API Response: no Next import, so these
// work in any route handler and in tests.
import { type FieldErrors, invalidRequest } from "./errors";

/** Success for a deterministic answer: shared caches may keep it for `maxAgeSeconds`. */
export function cacheableJson(body: unknown, maxAgeSeconds: number): Response {
  return Response.json(body, { headers: { "Cache-Control": `public, max-age=${maxAgeSeconds}` } });
}

/** 400 with the standard error body; never cached, so a fixed client is not served a stale error. */
export function badRequest(fields: FieldErrors): Response {
  return Response.json(invalidRequest(fields), { status: 400, headers: { "Cache-Control": "no-store" } });
}
