import { describe, expect, it } from "vitest";
import { normalizeIndonesianMobile } from "../../lib/domain/phone";

describe("normalizeIndonesianMobile", () => {
  it.each([
    ["081234567890", "+6281234567890"],
    ["0812-3456-7890", "+6281234567890"],
    ["0812 3456 7890", "+6281234567890"],
    ["+62 812-3456-7890", "+6281234567890"],
    ["6281234567890", "+6281234567890"],
    ["0812345678", "+62812345678"],
    ["0812345678901", "+62812345678901"],
    ["085212345678", "+6285212345678"],
    ["08991234567", "+628991234567"],
  ])("%s → %s", (input, e164) => {
    expect(normalizeIndonesianMobile(input)).toEqual({ ok: true, e164 });
  });

  it.each([
    ["too short", "081234567"],
    ["too long (14 digits)", "08123456789012"],
    ["a stub", "0812"],
    ["empty", ""],
    ["letters", "0812-ABCD-7890"],
    ["brackets and dots", "(0812) 3456.7890"],
    ["a foreign number", "+1 202 555 0101"],
  ])("rejects %s as invalid", (_, input) => {
    expect(normalizeIndonesianMobile(input)).toEqual({ ok: false, error: "invalid" });
  });

  it.each([
    ["a Jakarta landline", "021-5551234"],
    ["a Serang landline", "0254 123456"],
    ["a toll-free number", "0800123456"],
  ])("rejects %s as not mobile", (_, input) => {
    expect(normalizeIndonesianMobile(input)).toEqual({ ok: false, error: "not_mobile" });
  });
});

describe("the Indonesian slice of the phone metadata", () => {
  it("is exactly Indonesia's part of the installed libphonenumber-js max metadata (regenerate after an upgrade)", async () => {
    const { indonesianMetadata } = await import("../../scripts/generate-phone-metadata");
    const shipped = await import("../../lib/domain/data/phone-metadata-id.json");
    expect(shipped.default).toEqual(indonesianMetadata());
  });
});
