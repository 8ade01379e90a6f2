// Fields about a person that every form, spreadsheet and API shares: one
// definition each. Messages are message-file keys under "errors".
import { z } from "zod";
import { nikAgreesWith, parseNik } from "../domain/nik";
import { normalizeIndonesianMobile } from "../domain/phone";
import type { FieldErrors } from "./field-errors";

export const text = (max: number) => z.string().trim().min(1, "errors.required").max(max, "errors.tooLong");

export const nikField = z
  .string()
  .trim()
  .min(1, "errors.required")
  .transform((value, ctx) => {
    const parsed = parseNik(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: `errors.nik.${parsed.error}` });
      return z.NEVER;
    }
    return parsed.value.nik;
  });

// Single names and names with apostrophes or diacritics are common in Indonesia.
export const personNameField = text(100).regex(/^[\p{L}\p{M}][\p{L}\p{M}' .,-]*$/u, "errors.name");

export const birthDateField = z.string().min(1, "errors.required").pipe(z.iso.date("errors.date"));

export const genderField = z.enum(["M", "F"], "errors.required");

export const mobileField = z
  .string()
  .trim()
  .min(1, "errors.required")
  .transform((value, ctx) => {
    const phone = normalizeIndonesianMobile(value);
    if (!phone.ok) {
      ctx.addIssue({ code: "custom", message: `errors.phone.${phone.error}` });
      return z.NEVER;
    }
    return phone.e164;
  });

/** Birth date and gender typed beside a NIK must agree with it (raw values: works on partial forms). */
export function nikAgreementErrors(form: Record<string, unknown>): FieldErrors {
  const errors: FieldErrors = {};
  const nik = parseNik(String(form.nik ?? ""));
  if (!nik.ok) return errors;
  const agrees = nikAgreesWith(nik.value, {
    birthDate: String(form.birthDate ?? ""),
    gender: form.gender === "F" ? "F" : "M",
  });
  if (form.birthDate && !agrees.birthDate) errors.birthDate = "errors.nik.birthDateMismatch";
  if (form.gender && !agrees.gender) errors.gender = "errors.nik.genderMismatch";
  return errors;
}
