// One PU worker as an officer's form, a spreadsheet row or the enrollments
// API gives it: one schema for all three. Spreadsheet habits are accepted
// (L/P for gender, DD/MM/YYYY dates, "Rp 5.000.000" wages).
import { z } from "zod";
import { emptyToUndefined } from "../validation/empty";
import { jakartaDate } from "../domain/time";
import { jsonRowsField } from "../validation/json-rows";
import { rupiahField } from "../validation/rupiah";
import { whenParsed } from "../validation/when-parsed";
import { fieldErrorsOf, type FieldErrors } from "../validation/field-errors";
import {
  birthDateField,
  genderField,
  mobileField,
  NO_NUL,
  nikAgreementErrors,
  nikField,
  personNameField,
  wrongType,
} from "../validation/person";

export const MAX_MONTHLY_WAGE = 1_000_000_000;

/** Workers typed into one form (enrolling a UMKM, adding to a client); more go through a spreadsheet. */
export const MAX_WORKERS_IN_FORM = 50;

/** 'DD/MM/YYYY', 'DD-MM-YYYY' or 'YYYY-MM-DD' → 'YYYY-MM-DD' (other text is passed on to fail as a date). */
export function normalizeDateInput(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value !== "string") return value;
  const text = value.trim();
  const dmy = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(text);
  return dmy ? `${dmy[3]}-${dmy[2].padStart(2, "0")}-${dmy[1].padStart(2, "0")}` : text;
}

const GENDER_WORDS: Record<string, "M" | "F"> = {
  m: "M",
  l: "M",
  "laki-laki": "M",
  "laki laki": "M",
  pria: "M",
  male: "M",
  f: "F",
  p: "F",
  w: "F",
  perempuan: "F",
  wanita: "F",
  female: "F",
};

/** A PU worker's monthly wage in whole rupiah: the sheet, the API, the wage-change form. */
export const wageField = rupiahField(
  { number: "errors.wage.number", min: "errors.wage.min", max: "errors.wage.max" },
  { min: 1, max: MAX_MONTHLY_WAGE },
);

/** Who the worker is: shared by PU rows (with a wage), construction project rows and sponsors' beneficiaries. */
export const identityShape = {
  nik: nikField,
  name: personNameField,
  birthPlace: z.preprocess(
    emptyToUndefined,
    z.string(wrongType).trim().max(60, "errors.tooLong").regex(NO_NUL, "errors.invalid").optional(),
  ),
  birthDate: z.preprocess(normalizeDateInput, birthDateField),
  gender: z.preprocess((value) => (typeof value === "string" ? (GENDER_WORDS[value.trim().toLowerCase()] ?? value) : value), genderField),
  phone: z.preprocess(emptyToUndefined, mobileField.optional()),
};

/**
 * Birth date and gender must agree with the NIK. Checked whenever those three
 * parsed, even if another field (a wage, a phone) did not, so a row shows
 * every problem at once.
 */
export const agreeWithNik = z.superRefine<Record<string, unknown>>(
  (row, ctx) => {
    for (const [field, message] of Object.entries(nikAgreementErrors(row))) {
      ctx.addIssue({ code: "custom", path: [field], message });
    }
  },
  { when: whenParsed("nik", "birthDate", "gender") },
);

export const workerRowSchema = z
  .object({
    ...identityShape,
    wage: wageField,
    startDate: z.preprocess((value) => normalizeDateInput(emptyToUndefined(value)), z.iso.date("errors.date").optional()),
  })
  .check(agreeWithNik);

/** A construction project worker: covered by the project, not paid a wage the contribution depends on. */
export const projectWorkerSchema = z.object(identityShape).check(agreeWithNik);
export type ProjectWorker = z.output<typeof projectWorkerSchema>;

export type WorkerRow = z.output<typeof workerRowSchema> & { startDate: string };

export type WorkerRowResult = { ok: true; row: WorkerRow } | { ok: false; errors: FieldErrors };

/** Validates one row on its own; duplicates and the database are checked by the caller. */
export function parseWorkerRow(values: Record<string, unknown>, today: Date = new Date()): WorkerRowResult {
  const parsed = parseWith(workerRowSchema, values);
  return parsed.ok ? { ok: true, row: { ...parsed.row, startDate: parsed.row.startDate ?? jakartaDate(today) } } : parsed;
}

export function parseProjectWorker(values: Record<string, unknown>) {
  return parseWith(projectWorkerSchema, values);
}

/** One row through `schema`: the row, or its messages per field. */
export function parseWith<T extends z.ZodType>(schema: T, values: Record<string, unknown>) {
  const parsed = schema.safeParse(values);
  return parsed.success
    ? { ok: true as const, row: parsed.data as z.output<T> }
    : { ok: false as const, errors: fieldErrorsOf(parsed.error, "row") };
}

/**
 * A form field carrying the workers a row editor built (JSON), at most `max`:
 * each row through `parse`, a NIK twice an error on the second. Errors come
 * back at the row's path ("workers[3].nik"); the output is the valid rows.
 * Checked on its own, so every row's problems show even when another field is wrong.
 */
export function workerListField<Row extends { nik: string }>(
  max: number,
  parse: (row: Record<string, unknown>) => { ok: true; row: Row } | { ok: false; errors: FieldErrors },
) {
  return jsonRowsField(max).transform((values, ctx) => {
    const seen = new Set<string>();
    const rows: Row[] = [];
    values.forEach((value, index) => {
      const parsed = parse(value);
      const errors: FieldErrors = !parsed.ok ? parsed.errors : seen.has(parsed.row.nik) ? { nik: "errors.nik.duplicateInForm" } : {};
      for (const [field, message] of Object.entries(errors)) {
        ctx.addIssue({ code: "custom", path: field === "row" ? [index] : [index, field], message });
      }
      if (parsed.ok && !Object.keys(errors).length) {
        seen.add(parsed.row.nik);
        rows.push(parsed.row);
      }
    });
    return rows;
  });
}
