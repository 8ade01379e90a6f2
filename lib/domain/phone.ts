/**
 * Indonesian mobile numbers, stored as E.164 (+628…). The `max` metadata is the
 * only libphonenumber-js build that can tell a mobile number from a landline
 * (the `min` build has no number types, the `mobile` build cannot tell a
 * landline from garbage). Its mobile patterns for ID already enforce the
 * 10–13 digit length of `08…` numbers. Only Indonesia's slice of it is shipped
 * (scripts/generate-phone-metadata.ts): the form runs this in the browser.
 */
import { parsePhoneNumberFromString, type MetadataJson } from "libphonenumber-js/core";
import indonesia from "./data/phone-metadata-id.json";

// The slice as the package ships it (checked against it by tests/unit/phone.test.ts); JSON types widen its codes to strings.
const METADATA = indonesia as MetadataJson;

export type MobileResult = { ok: true; e164: string } | { ok: false; error: "invalid" | "not_mobile" };

/** Digits with an optional leading '+', as people type them: spaces and dashes allowed. */
const TYPED_NUMBER = /^\+?\d+$/;

export function normalizeIndonesianMobile(input: string): MobileResult {
  const compact = input.replace(/[\s-]/g, "");
  if (!TYPED_NUMBER.test(compact)) return { ok: false, error: "invalid" };
  const phone = parsePhoneNumberFromString(compact, "ID", METADATA);
  // A valid foreign number is still not an Indonesian mobile we can reach by SMS/WhatsApp here.
  if (!phone?.isValid() || phone.country !== "ID") return { ok: false, error: "invalid" };
  if (phone.getType() !== "MOBILE") return { ok: false, error: "not_mobile" };
  return { ok: true, e164: phone.number };
}
