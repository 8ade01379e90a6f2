import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPlainIntegerLiteral, topLevelNumberLiterals } from "../../lib/payments/json-literals";
import { checkTimestamp, SIGNATURE_TOLERANCE_SECONDS, signNotification, verifyNotification } from "../../lib/payments/signature";

const SECRET = "contoh-rahasia-bersama-bjb-lindung-2026";
// The example in docs/api.md, signed independently with
// `printf '%s' "1767582900.$BODY" | openssl dgst -sha256 -hmac "$SECRET"`.
const DOC_BODY =
  '{"virtualAccount":"8812000000012345","amount":16800,"currency":"IDR","paidAt":"2026-01-05T10:15:00+07:00","bankReference":"BJB20260105101500123"}';
const DOC_TIMESTAMP = 1767582900;
const DOC_SIGNATURE = "6cc45c32751e018e254fcc6d5e38956586d99feadea84cb4554585993fa230b9";

const at = (seconds: number) => new Date(seconds * 1000);

function verify(overrides: Partial<Parameters<typeof verifyNotification>[0]> = {}) {
  return verifyNotification({
    secret: SECRET,
    body: DOC_BODY,
    timestamp: String(DOC_TIMESTAMP),
    signature: DOC_SIGNATURE,
    now: at(DOC_TIMESTAMP),
    ...overrides,
  });
}

describe("signNotification", () => {
  it("is the hex HMAC-SHA256 of '<timestamp>.<body>', as openssl computes it", () => {
    expect(signNotification(SECRET, DOC_BODY, DOC_TIMESTAMP)).toBe(DOC_SIGNATURE);
  });

  it("signs a string body as its UTF-8 bytes, the bytes on the wire", () => {
    const body = '{"note":"Rp 16.800 — lunas ✓"}';
    expect(signNotification(SECRET, body, DOC_TIMESTAMP)).toBe(signNotification(SECRET, new TextEncoder().encode(body), DOC_TIMESTAMP));
  });

  it("refuses a short secret and a timestamp that is not whole unix seconds", () => {
    expect(() => signNotification("x".repeat(31), DOC_BODY, DOC_TIMESTAMP)).toThrow(RangeError);
    expect(signNotification("x".repeat(32), DOC_BODY, DOC_TIMESTAMP)).toMatch(/^[0-9a-f]{64}$/);
    for (const timestamp of [1767582900.5, -1, Number.NaN]) {
      expect(() => signNotification(SECRET, DOC_BODY, timestamp), String(timestamp)).toThrow(RangeError);
    }
  });
});

describe("verifyNotification", () => {
  it("accepts the signature of exactly this body, timestamp and secret, in either hex case", () => {
    expect(verify()).toEqual({ ok: true, timestamp: DOC_TIMESTAMP });
    expect(verify({ signature: DOC_SIGNATURE.toUpperCase() })).toEqual({ ok: true, timestamp: DOC_TIMESTAMP });
    expect(verify({ body: new TextEncoder().encode(DOC_BODY) }).ok).toBe(true);
  });

  it("refuses any change of the body, however small", () => {
    expect(verify({ body: DOC_BODY.replace("16800", "16801") })).toEqual({ ok: false, reason: "mismatch" });
    expect(verify({ body: `${DOC_BODY} ` })).toEqual({ ok: false, reason: "mismatch" });
    expect(verify({ body: DOC_BODY.replace('{"', '{ "') })).toEqual({ ok: false, reason: "mismatch" });
  });

  it("refuses an old body under a new timestamp: the timestamp is signed too", () => {
    const later = DOC_TIMESTAMP + 60;
    expect(verify({ timestamp: String(later), now: at(later) })).toEqual({ ok: false, reason: "mismatch" });
    // The same instant written differently is a different signed text.
    expect(verify({ timestamp: `0${DOC_TIMESTAMP}` })).toEqual({ ok: false, reason: "mismatch" });
  });

  it("refuses a signature made with another secret or over another message", () => {
    expect(verify({ secret: `${SECRET}!` })).toEqual({ ok: false, reason: "mismatch" });
    expect(verify({ signature: signNotification(SECRET, DOC_BODY, DOC_TIMESTAMP + 1) })).toEqual({ ok: false, reason: "mismatch" });
  });

  it("refuses missing and malformed headers before comparing anything", () => {
    expect(verify({ timestamp: null })).toEqual({ ok: false, reason: "missing" });
    expect(verify({ timestamp: "" })).toEqual({ ok: false, reason: "missing" });
    expect(verify({ signature: null })).toEqual({ ok: false, reason: "missing" });
    expect(verify({ signature: "" })).toEqual({ ok: false, reason: "missing" });
    for (const timestamp of ["1.7675829e9", "-1767582900", " 1767582900", "1767582900000000", "abc"]) {
      expect(verify({ timestamp }), timestamp).toEqual({ ok: false, reason: "malformed" });
    }
    for (const signature of [DOC_SIGNATURE.slice(1), `${DOC_SIGNATURE}00`, `sha256=${DOC_SIGNATURE}`, "z".repeat(64)]) {
      expect(verify({ signature }), signature).toEqual({ ok: false, reason: "malformed" });
    }
  });

  it("accepts a timestamp up to 5 minutes either side of now, and no further", () => {
    const limit = SIGNATURE_TOLERANCE_SECONDS;
    expect(limit).toBe(300);
    expect(verify({ now: at(DOC_TIMESTAMP + limit) }).ok).toBe(true);
    expect(verify({ now: at(DOC_TIMESTAMP + limit + 1) })).toEqual({ ok: false, reason: "expired" });
    expect(verify({ now: at(DOC_TIMESTAMP + 6 * 60) })).toEqual({ ok: false, reason: "expired" });
    expect(verify({ now: at(DOC_TIMESTAMP - limit) }).ok).toBe(true);
    expect(verify({ now: at(DOC_TIMESTAMP - limit - 1) })).toEqual({ ok: false, reason: "future" });
    // Sub-second clocks count whole seconds, as the header does.
    expect(verify({ now: new Date((DOC_TIMESTAMP + limit) * 1000 + 999) }).ok).toBe(true);
    expect(checkTimestamp(String(DOC_TIMESTAMP), at(DOC_TIMESTAMP + limit + 1))).toEqual({ ok: false, reason: "expired" });
  });

  const secrets = fc.string({ minLength: 32, maxLength: 80 });
  const bodies = fc.uint8Array({ maxLength: 300 });
  const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
  const now = DOC_TIMESTAMP;
  const timestamps = fc.integer({ min: now - SIGNATURE_TOLERANCE_SECONDS, max: now + SIGNATURE_TOLERANCE_SECONDS });

  it("property: what was signed verifies", () => {
    fc.assert(
      fc.property(secrets, bodies, timestamps, (secret, body, timestamp) => {
        const signature = signNotification(secret, body, timestamp);
        return verifyNotification({ secret, body, timestamp: String(timestamp), signature, now: at(now) }).ok;
      }),
    );
  });

  it("property: any other body, timestamp or secret fails", () => {
    fc.assert(
      fc.property(
        secrets,
        bodies,
        timestamps,
        secrets,
        bodies,
        timestamps,
        (secret, body, timestamp, otherSecret, otherBody, otherTimestamp) => {
          fc.pre(otherSecret !== secret || !sameBytes(otherBody, body) || otherTimestamp !== timestamp);
          const signature = signNotification(secret, body, timestamp);
          const result = verifyNotification({
            secret: otherSecret,
            body: otherBody,
            timestamp: String(otherTimestamp),
            signature,
            now: at(now),
          });
          return !result.ok && result.reason === "mismatch";
        },
      ),
    );
    // One change at a time, so each part is shown to count on its own.
    fc.assert(
      fc.property(secrets, bodies, timestamps, fc.nat(299), fc.integer({ min: 1, max: 255 }), (secret, body, timestamp, index, flip) => {
        fc.pre(body.length > 0);
        const signature = signNotification(secret, body, timestamp);
        const changed = Uint8Array.from(body);
        changed[index % body.length] ^= flip;
        const base = { secret, body, timestamp: String(timestamp), signature, now: at(now) };
        return (
          !verifyNotification({ ...base, body: changed }).ok &&
          !verifyNotification({ ...base, timestamp: String(timestamp === now ? now + 1 : now) }).ok &&
          !verifyNotification({ ...base, secret: `${secret.slice(0, -1)}${secret.at(-1) === "a" ? "b" : "a"}` }).ok
        );
      }),
    );
  });
});

describe("topLevelNumberLiterals", () => {
  it("reads each top-level number as written, whatever JSON.parse makes of it", () => {
    const text = '{ "amount" : 16800.0000000000001, "a\\"mount": 1e3, "nested": {"amount": 2.5}, "list": [1.5], "n": -7 }';
    expect(JSON.parse(text).amount).toBe(16800);
    expect(Object.fromEntries(topLevelNumberLiterals(text))).toEqual({ amount: "16800.0000000000001", 'a"mount': "1e3", n: "-7" });
  });

  it("ignores numbers inside strings and nested values, and keeps the last of a repeated name", () => {
    const text = '{"note": "amount: 1.5, \\"amount\\": 2.5", "meta": {"x": [{"amount": 3.5}]}, "amount": 1.5, "amount": 16800}';
    expect(topLevelNumberLiterals(text).get("amount")).toBe("16800");
    expect(topLevelNumberLiterals('{"amount": "16800.5"}').has("amount")).toBe(false);
    expect(topLevelNumberLiterals('{"\\u0061mount": 16800.5}').get("amount")).toBe("16800.5");
  });

  it("tells a plain integer from a fraction or exponent", () => {
    for (const literal of ["0", "16800", "-5"]) expect(isPlainIntegerLiteral(literal), literal).toBe(true);
    for (const literal of ["16800.0", "1.68e4", "1E4", "-0.5", "016800"]) expect(isPlainIntegerLiteral(literal), literal).toBe(false);
  });

  it("property: agrees with JSON.parse on the value of every top-level number", () => {
    const json = fc.dictionary(
      fc.string({ maxLength: 8 }),
      fc.oneof(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer(),
        fc.string(),
        fc.constant(null),
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 3 }),
      ),
    );
    fc.assert(
      fc.property(json, (record) => {
        const text = JSON.stringify(record);
        const parsed = JSON.parse(text) as Record<string, unknown>;
        const literals = topLevelNumberLiterals(text);
        const numbers = Object.entries(parsed).filter(([, value]) => typeof value === "number");
        return literals.size === numbers.length && numbers.every(([key, value]) => Number(literals.get(key)) === value);
      }),
    );
  });
});
