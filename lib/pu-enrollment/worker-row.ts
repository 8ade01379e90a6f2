// One PU worker as an officer's form, a spreadsheet row or the enrollments
// API gives it: one schema for all three. Spreadsheet habits are accepted
// (L/P for gender, DD/MM/YYYY dates, "Rp 5.000.000" wages).
import { z } from "zod";
import { jakartaDate } from "../domain/time";
import { rupiahField } from "../validation/rupiah";
import { firstIssueByField, type FieldErrors } from "../validation/field-errors";
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

/** 'DD/MM/YYYY', 'DD-MM-YYYY' or 'YYYY-MM-DD' → 'YYYY-MM-DD' (other text is passed on to fail as a date). */
export function normalizeDateInput(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value !== "string") return value;
  const text = value.trim();
  const dmy = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(text);
  return dmy ? `${dmy[3]}-${dmy[2].padStart(2, "0")}-${dmy[1].padStart(2, "0")}` : text;
}

const GENDER_WORDS: Record<string, "M" | "F"> = {
  m: "M", l: "M", "laki-laki": "M", "laki laki": "M", pria: "M", male: "M",
  f: "F", p: "F", w: "F", perempuan: "F", wanita: "F", female: "F",
};

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** Who the worker is: shared by PU rows (with a wage) and construction project rows. */
const identityShape = {
  nik: nikField,
  name: personNameField,
  birthPlace: z.preprocess(emptyToUndefined, z.string(wrongType).trim().max(60, "errors.tooLong").regex(NO_NUL, "errors.invalid").optional()),
  birthDate: z.preprocess(normalizeDateInput, birthDateField),
  gender: z.preprocess(
    (value) => (typeof value === "string" ? (GENDER_WORDS[value.trim().toLowerCase()] ?? value) : value),
    genderField,
  ),
  phone: z.preprocess(emptyToUndefined, mobileField.optional()),
};

function agreeWithNik(row: Record<string, unknown>, ctx: z.RefinementCtx) {
  for (const [field, message] of Object.entries(nikAgreementErrors(row))) {
    ctx.addIssue({ code: "custom", path: [field], message });
  }
}

export const workerRowSchema = z
  .object({
    ...identityShape,
    wage: rupiahField(
      { number: "errors.wage.number", min: "errors.wage.min", max: "errors.wage.max" },
      { min: 1, max: MAX_MONTHLY_WAGE },
    ),
    startDate: z.preprocess(
      (value) => normalizeDateInput(emptyToUndefined(value)),
      z.iso.date("errors.date").optional(),
    ),
  })
  .superRefine(agreeWithNik);

/** A construction project worker: covered by the project, not paid a wage the contribution depends on. */
export const projectWorkerSchema = z.object(identityShape).superRefine(agreeWithNik);
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

function parseWith<T extends z.ZodType>(schema: T, values: Record<string, unknown>) {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true as const, row: parsed.data as z.output<T> };
  // Cross-field checks only run when every field parsed; show them anyway.
  const errors = { ...nikAgreementErrors(normalizedForAgreement(values)), ...firstIssueByField(parsed.error, "row") };
  return { ok: false as const, errors };
}

function normalizedForAgreement(values: Record<string, unknown>) {
  const gender = typeof values.gender === "string" ? GENDER_WORDS[values.gender.trim().toLowerCase()] : undefined;
  return { nik: values.nik, birthDate: normalizeDateInput(values.birthDate), gender };
}

export type RowErrors = Record<number, FieldErrors>;

/** A typed-in list of workers: each row through `parse`, a NIK twice is an error on the second; errors by index. */
export function parseWorkerList<Row extends { nik: string }>(
  values: Record<string, unknown>[],
  parse: (row: Record<string, unknown>) => { ok: true; row: Row } | { ok: false; errors: FieldErrors },
) {
  const errors: RowErrors = {};
  const seen = new Set<string>();
  const rows = values.flatMap((value, index) => {
    const parsed = parse(value);
    if (!parsed.ok) {
      errors[index] = parsed.errors;
      return [];
    }
    if (seen.has(parsed.row.nik)) {
      errors[index] = { nik: "errors.nik.duplicateInForm" };
      return [];
    }
    seen.add(parsed.row.nik);
    return [parsed.row];
  });
  return { rows, errors };
}
