// Idempotency-Key for POST /api/v1 requests (docs/decisions/0005-api-keys.md).
// A bank system that times out and retries must not enroll anyone twice: the
// first successful answer is stored with the request's hash, inside the same
// transaction as the writes, and every retry with that key gets it back.
import { createHash } from "node:crypto";
import { z } from "zod";
import type { Tx } from "../db/prisma";
import type { FieldErrors } from "../http/api-errors";
import { apiText } from "../http/api-messages";

export const IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
export const IDEMPOTENT_REPLAYED_HEADER = "Idempotent-Replayed";
export const IDEMPOTENCY_KEY_MAX_LENGTH = 200;

export const IDEMPOTENCY_CONFLICT_MESSAGE = apiText("api.idempotency.conflict");

export const idempotencyKeySchema = z
  .string()
  .min(1, apiText("api.idempotency.required"))
  .max(IDEMPOTENCY_KEY_MAX_LENGTH, apiText("api.idempotency.tooLong", { max: IDEMPOTENCY_KEY_MAX_LENGTH }))
  .describe(
    "A value unique to this request, chosen by the client (a UUID is a good choice), up to " +
      `${IDEMPOTENCY_KEY_MAX_LENGTH} characters. Retrying with the same key and the same body returns the stored ` +
      "response without writing anything again; the same key with a different body is refused with 422.",
  );

export function readIdempotencyKey(headers: Headers): { ok: true; key: string } | { ok: false; fields: FieldErrors } {
  const parsed = idempotencyKeySchema.safeParse(headers.get(IDEMPOTENCY_KEY_HEADER)?.trim() ?? "");
  return parsed.success
    ? { ok: true, key: parsed.data }
    : { ok: false, fields: { [IDEMPOTENCY_KEY_HEADER]: parsed.error.issues[0].message } };
}

/** Keys are the client's own: scoped by API key, two banks may pick the same one. */
export function idempotencyRecordKey(scope: string, key: string): string {
  return `${scope}:${key}`;
}

/**
 * JSON with object keys sorted, so whitespace and key order do not make a retry "different".
 * Without recursion: a body nested a few thousand levels deep (a few KB) must not overflow the stack.
 */
function canonicalJson(root: unknown): string {
  const out: string[] = [];
  // Pieces still to write, last first: literal text, or a value to serialise.
  const pending: (string | { value: unknown })[] = [{ value: root }];
  while (pending.length > 0) {
    const piece = pending.pop()!;
    if (typeof piece === "string") {
      out.push(piece);
      continue;
    }
    const { value } = piece;
    if (value === null || typeof value !== "object") {
      out.push(JSON.stringify(value));
      continue;
    }
    const pieces: (string | { value: unknown })[] = [];
    if (Array.isArray(value)) {
      value.forEach((element, index) => pieces.push(index > 0 ? "," : "", { value: element }));
      pieces.unshift("[");
      pieces.push("]");
    } else {
      Object.keys(value)
        .sort()
        .forEach((key, index) =>
          pieces.push(`${index > 0 ? "," : ""}${JSON.stringify(key)}:`, { value: (value as Record<string, unknown>)[key] }),
        );
      pieces.unshift("{");
      pieces.push("}");
    }
    for (let index = pieces.length - 1; index >= 0; index--) pending.push(pieces[index]);
  }
  return out.join("");
}

export function requestHash(body: unknown): string {
  return createHash("sha256").update(canonicalJson(body)).digest("hex");
}

export type StoredOutcome = { kind: "none" } | { kind: "replay"; status: number; bodyText: string } | { kind: "conflict" };

/** What an earlier request with this key left: nothing, an answer to replay, or a different request. */
export async function findStoredOutcome(database: Tx, recordKey: string, hash: string): Promise<StoredOutcome> {
  const record = await database.idempotencyRecord.findUnique({ where: { key: recordKey } });
  if (!record) return { kind: "none" };
  if (record.requestHash !== hash) return { kind: "conflict" };
  const bodyText = typeof record.response === "string" ? record.response : JSON.stringify(record.response);
  return { kind: "replay", status: record.status, bodyText };
}

/**
 * Takes the key, first thing in the caller's transaction. A concurrent request
 * with the same key waits on the primary key until this transaction ends, then
 * fails with a unique violation and replays what this one stored.
 */
export function claimIdempotencyKey(tx: Tx, record: { key: string; scope: string; requestHash: string }) {
  return tx.idempotencyRecord.create({ data: { ...record, status: 0, response: {} } });
}

/**
 * Keeps the answer as the exact text sent (a JSON string in the Json column):
 * jsonb would reorder the keys, and a replay must be byte for byte the first answer.
 */
export function storeIdempotentResponse(tx: Tx, key: string, status: number, bodyText: string) {
  return tx.idempotencyRecord.update({ where: { key }, data: { status, response: bodyText } });
}
