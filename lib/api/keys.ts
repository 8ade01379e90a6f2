// API keys for bank systems (docs/decisions/0005-api-keys.md). A key reads
// `lk_<prefix>_<secret>`: the prefix finds the row and may be shown and
// logged; only sha256(secret) is stored, so a database leak reveals no key.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { isUniqueViolation } from "../db/conflicts";
import type { Tx } from "../db/prisma";
import type { Permission } from "../auth/permissions";
import { API_KEY_SCOPES, isApiKeyScope } from "./key-scopes";

/** How long a rotated key keeps working beside its successor. */
export const ROTATION_GRACE_HOURS = 24;

export const API_KEY_PREFIX_LENGTH = 8;
const SECRET_BYTES = 32;
const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

// base64url of 32 bytes is 43 characters; the secret itself may contain "_" and "-".
const API_KEY_PATTERN = /^lk_([a-z2-7]{8})_([A-Za-z0-9_-]{43,})$/;
const BEARER_PATTERN = /^Bearer +(\S+) *$/i;

/** 5 random bytes → 8 base32 characters (40 bits): lower case, no padding, unambiguous to read out. */
function randomPrefix(): string {
  const bytes = randomBytes(5);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let prefix = "";
  for (let i = API_KEY_PREFIX_LENGTH - 1; i >= 0; i--) prefix += BASE32[Number((bits >> BigInt(i * 5)) & 31n)];
  return prefix;
}

/**
 * The secret is 256 random bits, so sha256 is enough: a slow hash (argon2,
 * as for passwords) protects guessable secrets, and nobody can guess this one.
 */
export function hashApiKeySecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export function formatApiKey(prefix: string, secret: string): string {
  return `lk_${prefix}_${secret}`;
}

/** A new random key, not yet stored. */
export function generateApiKey(): { key: string; prefix: string; secret: string; keyHash: string } {
  const prefix = randomPrefix();
  const secret = randomBytes(SECRET_BYTES).toString("base64url");
  return { key: formatApiKey(prefix, secret), prefix, secret, keyHash: hashApiKeySecret(secret) };
}

/** `lk_<prefix>_<secret>` → its parts, or null for anything else. */
export function parseApiKey(key: string): { prefix: string; secret: string } | null {
  const match = API_KEY_PATTERN.exec(key);
  return match ? { prefix: match[1], secret: match[2] } : null;
}

/** The key in an `Authorization: Bearer lk_…` header, or null. */
export function apiKeyFromAuthorization(header: string | null | undefined): { prefix: string; secret: string } | null {
  const match = BEARER_PATTERN.exec(header?.trim() ?? "");
  return match ? parseApiKey(match[1]) : null;
}

export function secretMatchesHash(secret: string, keyHash: string): boolean {
  const actual = Buffer.from(hashApiKeySecret(secret), "hex");
  const expected = Buffer.from(keyHash, "hex");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * Stores a new key for a branch and returns it in plain text: the only time
 * it exists outside the client that receives it.
 */
export async function createApiKey(database: Tx, input: { name: string; branchId: string; scopes?: readonly Permission[] }) {
  // 40 random bits make a prefix clash rare, not impossible: the unique index decides.
  for (let attempt = 1; ; attempt++) {
    const generated = generateApiKey();
    try {
      const row = await database.apiKey.create({
        data: {
          name: input.name,
          branchId: input.branchId,
          prefix: generated.prefix,
          keyHash: generated.keyHash,
          scopes: [...(input.scopes ?? API_KEY_SCOPES)],
        },
        select: { id: true, prefix: true, name: true, branchId: true, createdAt: true, scopes: true },
      });
      return { ...row, key: generated.key };
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}

/** Revokes the key with this prefix; false when there is no such key still active. */
export async function revokeApiKey(database: Tx, prefix: string): Promise<boolean> {
  const revoked = await database.apiKey.updateMany({
    where: { prefix, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return revoked.count > 0;
}

/**
 * A key for the same bank system in place of this one (admin console): the old key keeps working for
 * ROTATION_GRACE_HOURS so the bank can switch without an outage, then stops. Null when it is not an active key with
 * no end set (revoked, or rotated already: a replayed rotation makes no second successor).
 */
export async function rotateApiKey(database: Tx, id: string, now: Date = new Date()) {
  const ends = new Date(now.getTime() + ROTATION_GRACE_HOURS * 3_600_000);
  // The end is set first and only where none was: of two rotations at once, one goes on.
  const ending = await database.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: ends } });
  if (!ending.count) return null;
  const old = await database.apiKey.findUniqueOrThrow({
    where: { id },
    select: { name: true, branchId: true, scopes: true, prefix: true },
  });
  const created = await createApiKey(database, { name: old.name, branchId: old.branchId, scopes: old.scopes.filter(isApiKeyScope) });
  return { ...created, replaced: old.prefix, oldKeyEnds: ends };
}

export type ApiKeyIdentity = { keyId: string; branchId: string; scopes: readonly Permission[] };

/** lastUsedAt is written at most this often per key: a busy bank system's every call is not a write. */
const LAST_USED_EVERY_MS = 60_000;

/**
 * Who is calling, from the Authorization header: the key's id, the one branch it may act for and the permissions
 * it holds, or null for a missing, malformed, unknown, wrong or revoked key (the caller answers all of them alike
 * with 401).
 */
export async function authenticateApiKey(
  database: Tx,
  authorizationHeader: string | null | undefined,
  now: Date = new Date(),
): Promise<ApiKeyIdentity | null> {
  const presented = apiKeyFromAuthorization(authorizationHeader);
  if (!presented) return null;
  const stored = await database.apiKey.findUnique({
    where: { prefix: presented.prefix },
    select: { id: true, keyHash: true, branchId: true, revokedAt: true, scopes: true, lastUsedAt: true },
  });
  if (!stored || !secretMatchesHash(presented.secret, stored.keyHash) || (stored.revokedAt && stored.revokedAt <= now)) return null;
  if (!stored.lastUsedAt || now.getTime() - stored.lastUsedAt.getTime() > LAST_USED_EVERY_MS) {
    await database.apiKey.update({ where: { id: stored.id }, data: { lastUsedAt: now } });
  }
  return { keyId: stored.id, branchId: stored.branchId, scopes: stored.scopes.filter(isApiKeyScope) };
}
