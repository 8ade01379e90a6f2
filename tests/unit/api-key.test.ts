import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  apiKeyFromAuthorization,
  formatApiKey,
  generateApiKey,
  hashApiKeySecret,
  parseApiKey,
  secretMatchesHash,
} from "../../lib/api/keys";

const KEY_FORMAT = /^lk_[a-z2-7]{8}_[A-Za-z0-9_-]{43}$/;

describe("API keys", () => {
  it("have the form lk_<8 base32 characters>_<43 base64url characters (32 bytes)>", () => {
    for (let i = 0; i < 200; i++) {
      const { key, prefix, secret } = generateApiKey();
      expect(key).toMatch(KEY_FORMAT);
      expect(key).toBe(`lk_${prefix}_${secret}`);
      expect(Buffer.from(secret, "base64url")).toHaveLength(32);
    }
  });

  it("are random: no two prefixes or secrets alike in a thousand", () => {
    const keys = Array.from({ length: 1000 }, generateApiKey);
    expect(new Set(keys.map((k) => k.prefix)).size).toBe(1000);
    expect(new Set(keys.map((k) => k.secret)).size).toBe(1000);
    // Every base32 character turns up: the prefix is not drawn from a narrower alphabet.
    expect(new Set(keys.flatMap((k) => [...k.prefix])).size).toBe(32);
  });

  it("store the sha256 of the secret only, never the key or the prefix", () => {
    const { key, prefix, secret, keyHash } = generateApiKey();
    expect(keyHash).toBe(createHash("sha256").update(secret).digest("hex"));
    expect(keyHash).toBe(hashApiKeySecret(secret));
    expect(keyHash).not.toContain(secret);
    expect(keyHash).not.toBe(createHash("sha256").update(key).digest("hex"));
    expect(keyHash).not.toContain(prefix);
  });

  it("match their own hash and no other", () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(secretMatchesHash(a.secret, a.keyHash)).toBe(true);
    expect(secretMatchesHash(b.secret, a.keyHash)).toBe(false);
    expect(secretMatchesHash(`${a.secret}x`, a.keyHash)).toBe(false);
    // A damaged stored hash (wrong length) is a mismatch, not a crash in timingSafeEqual.
    expect(secretMatchesHash(a.secret, a.keyHash.slice(0, 10))).toBe(false);
    expect(secretMatchesHash(a.secret, "")).toBe(false);
  });

  it("parse back into prefix and secret, even when the secret contains _ and -", () => {
    const secret = "ab_cd-ef".padEnd(43, "_");
    expect(parseApiKey(formatApiKey("abcd2345", secret))).toEqual({ prefix: "abcd2345", secret });
    const { key, prefix, secret: generated } = generateApiKey();
    expect(parseApiKey(key)).toEqual({ prefix, secret: generated });
  });

  it("refuse anything that is not a key", () => {
    const { prefix, secret } = generateApiKey();
    for (const text of [
      "",
      "lk_",
      `${prefix}_${secret}`, // no lk_
      `LK_${prefix}_${secret}`,
      `lk_${prefix.toUpperCase()}_${secret}`, // prefix is lower case base32
      `lk_${prefix.slice(0, 7)}_${secret}`,
      `lk_${prefix}x_${secret}`,
      `lk_abcd1890_${secret}`, // 0, 1, 8, 9 are not base32
      `lk_${prefix}_${secret.slice(0, 42)}`, // secret too short
      `lk_${prefix}_${secret.slice(0, 40)}+/==`,
      `lk_${prefix}_${secret} `,
    ]) {
      expect(parseApiKey(text), text).toBeNull();
    }
  });

  it("are read from an Authorization: Bearer header, and only from one", () => {
    const { key, prefix, secret } = generateApiKey();
    expect(apiKeyFromAuthorization(`Bearer ${key}`)).toEqual({ prefix, secret });
    expect(apiKeyFromAuthorization(`bearer ${key}`)).toEqual({ prefix, secret });
    expect(apiKeyFromAuthorization(`  Bearer   ${key}  `)).toEqual({ prefix, secret });
    for (const header of [null, undefined, "", "Bearer", `Basic ${key}`, key, `Bearer ${key} extra`, "Bearer lk_x_y", `Token ${key}`]) {
      expect(apiKeyFromAuthorization(header), String(header)).toBeNull();
    }
  });
});
