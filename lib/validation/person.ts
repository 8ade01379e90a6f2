// Fields about a person that every form, spreadsheet and API shares: one
// definition each. Messages are message-file keys under "errors".
import { z } from "zod";
import { nikAgreesWith, parseNik } from "../domain/nik";
import { normalizeIndonesianMobile } from "../domain/phone";
import { BPU_MIN_INCOME } from "../domain/contributions/bpu";
import { PAYMENT_PERIODS } from "../domain/programs";
import { messageWithParams, type FieldErrors } from "./field-errors";
import { rupiahField } from "./rupiah";

/**
 * For a value of the wrong type, which only a crafted request sends (a field
 * left out, a file, a JSON number or array): a message key, never zod's English.
 */
export const wrongType = { error: (issue: { input?: unknown }) => (issue.input === undefined ? "errors.required" : "errors.invalid") };

/** PostgreSQL text cannot hold NUL: refused with a message instead of failing the insert. */
export const NO_NUL = /^[^\u0000]*$/;

/** Free text up to `max` characters; `message` (when given) says what the field needs instead of the generic errors. */
export const text = (max: number, message?: string) =>
  z
    .string(message ?? wrongType)
    .trim()
    .min(1, message ?? "errors.required")
    .max(max, message ?? "errors.tooLong")
    .regex(NO_NUL, message ?? "errors.invalid");

/**
 * A search box or filter in a page's address: trimmed, at most `max` characters. Anything else (too long, a NUL
 * PostgreSQL cannot compare, not text at all) reads as no search rather than failing the page.
 */
export const searchField = (max: number) => z.string().trim().max(max).regex(NO_NUL).optional().catch(undefined);

/** An e-mail address, or nothing (an empty field). */
export const optionalEmailField = z.union([z.literal(""), z.email("errors.email").max(120)], "errors.email").optional();

/** How many months a BPU worker pays at a time: one of PAYMENT_PERIODS (a select, or a number in a sheet). */
const MONTHS_MESSAGE = messageWithParams("errors.months", { periods: PAYMENT_PERIODS.join(", ") });
export const paymentMonthsField = z.coerce.number(MONTHS_MESSAGE).pipe(z.literal(PAYMENT_PERIODS, MONTHS_MESSAGE));

/** A BPU worker's declared monthly income: at least the lowest tier; the upper bound only catches extra zeros. */
export const bpuIncomeField = rupiahField(
  { number: "errors.income.number", min: "errors.income.min", max: "errors.income.max" },
  { min: BPU_MIN_INCOME, max: 1_000_000_000 },
);

export const nikField = z
  .string(wrongType)
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

/** Apostrophes as phone keyboards type them (’ ‘ ʼ `), stored as the plain ' so one name is spelled one way. */
export const normalizeApostrophes = (name: string) => name.replace(/[\u2019\u2018\u02BC`]/g, "'");

// Single names and names with apostrophes or diacritics are common in Indonesia.
export const personNameField = text(100)
  .transform(normalizeApostrophes)
  .pipe(z.string().regex(/^[\p{L}\p{M}][\p{L}\p{M}' .,-]*$/u, "errors.name"));

export const birthDateField = z.string(wrongType).min(1, "errors.required").pipe(z.iso.date("errors.date"));

export const genderField = z.enum(["M", "F"], "errors.required");

export const mobileField = z
  .string(wrongType)
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
