// POST /api/v1/enrollments: the request and response bodies. Each worker is
// validated by parseWorkerRow, the one schema the officer form and the
// spreadsheet import use, so the API accepts exactly what an officer may type
// (domain rules are never written twice). The request schema below is what
// the OpenAPI document shows: the canonical form a bank system should send.
import { z } from "zod";
import { isValidNpp } from "../domain/identifiers";
import type { UmkmScale } from "../domain/umkm";
import { wageProblem } from "./minimum-wage";
import { MAX_MONTHLY_WAGE, parseWorkerRow, type WorkerRow } from "./worker-row";
import { messageWithParams, fieldErrorsOf, type FieldErrors } from "../validation/field-errors";
import { apiMessage, apiText } from "../http/api-messages";

export const MAX_WORKERS_PER_REQUEST = 1000;

/** The texts are in messages/id/api.json ("api.enrollment."). */
export const ENROLLMENT_MESSAGES = {
  body: apiText("api.enrollment.body"),
  nppRequired: apiText("api.enrollment.nppRequired"),
  nppInvalid: apiText("api.enrollment.nppInvalid"),
  nppCheckDigit: apiText("api.enrollment.nppCheckDigit"),
  workersRequired: apiText("api.enrollment.workersRequired"),
  workersInvalid: apiText("api.enrollment.workersInvalid"),
  workersEmpty: apiText("api.enrollment.workersEmpty"),
  workersTooMany: apiText("api.enrollment.workersTooMany", { max: MAX_WORKERS_PER_REQUEST }),
} as const;

const WORKER_FIELDS = ["nik", "name", "birthPlace", "birthDate", "gender", "phone", "wage", "startDate"] as const;

const isoDate = (description: string) => z.iso.date().describe(description);

export const enrollmentWorkerSchema = z.object({
  nik: z
    .string()
    .regex(/^\d{16}$/)
    .describe("NIK (Nomor Induk Kependudukan), 16 digits, as a string. Must be a valid NIK: region, birth date, serial."),
  name: z.string().min(1).max(100).describe("Name as on the KTP."),
  birthPlace: z.string().max(60).optional(),
  birthDate: isoDate("Birth date, YYYY-MM-DD. Must agree with the NIK."),
  gender: z.enum(["M", "F"]).describe("M (laki-laki) or F (perempuan). Must agree with the NIK."),
  phone: z.string().optional().describe("Indonesian mobile number: 0812…, 62812… or +62812…"),
  wage: z.int().min(1).max(MAX_MONTHLY_WAGE).describe("Monthly wage (basic wage + fixed allowances) in whole rupiah."),
  startDate: isoDate("First day of work at this company, YYYY-MM-DD. Default: today in Asia/Jakarta.").optional(),
});

export const enrollmentRequestSchema = z.object({
  npp: z
    .string()
    .regex(/^\d{8}$/)
    .describe(
      "The company's NPP (Nomor Pendaftaran Perusahaan), 8 digits; the last is a Luhn check digit over the first 7 (a typo answers 400, not 404).",
    ),
  workers: z
    .array(enrollmentWorkerSchema)
    .min(1)
    .max(MAX_WORKERS_PER_REQUEST)
    .describe("The workers to enroll, each NIK once. All are validated before anything is saved."),
});

export const workerOutcomeSchema = z
  .enum(["new", "link", "skip"])
  .describe(
    "new: registered now with a new KPJ; link: already a participant (another company or earlier), now employed " +
      "here too; skip: already working at this company, nothing changed.",
  );

export const enrollmentResponseSchema = z.object({
  npp: z.string(),
  created: z.int().min(0).describe("Workers registered as new participants."),
  linked: z.int().min(0).describe("Existing participants now employed at this company."),
  skipped: z.int().min(0).describe("Workers already employed at this company."),
  workers: z
    .array(z.object({ nik: z.string(), kpj: z.string().describe("KPJ participant number, 11 digits."), outcome: workerOutcomeSchema }))
    .describe("One entry per worker sent, in the order sent."),
  warnings: z
    .array(
      z.object({
        index: z.int().min(0).describe("The worker's position in the request."),
        field: z.literal("wage"),
        message: z.string().describe("In Indonesian, with the minimum wage it is below."),
      }),
    )
    .describe(
      "Saved, but worth a look: a wage below the UMK of the company's regency at a micro or small business, which may " +
        "agree wages with its workers (PP 36/2021 Pasal 36). For a medium or large business the same wage is refused with 400.",
    ),
});

export type EnrollmentResponse = z.output<typeof enrollmentResponseSchema>;

// What the server checks before looking at the workers one by one.
const envelopeSchema = z.object(
  {
    npp: z.preprocess(
      (value) => (typeof value === "number" ? String(value) : value),
      z
        .string({ error: (issue) => (issue.input === undefined ? ENROLLMENT_MESSAGES.nppRequired : ENROLLMENT_MESSAGES.nppInvalid) })
        .trim()
        .regex(/^\d{8}$/, ENROLLMENT_MESSAGES.nppInvalid)
        // A mistyped NPP is the client's error to fix (400), not an unknown company (404).
        .refine(isValidNpp, ENROLLMENT_MESSAGES.nppCheckDigit),
    ),
    workers: z
      .array(z.unknown(), {
        error: (issue) => (issue.input === undefined ? ENROLLMENT_MESSAGES.workersRequired : ENROLLMENT_MESSAGES.workersInvalid),
      })
      .min(1, ENROLLMENT_MESSAGES.workersEmpty)
      .max(MAX_WORKERS_PER_REQUEST, ENROLLMENT_MESSAGES.workersTooMany),
  },
  { error: ENROLLMENT_MESSAGES.body },
);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A JSON worker as parseWorkerRow reads a form: numbers become their digits
 * (a NIK or phone sent as a JSON number), a missing field is an empty one.
 * The wage stays a number: parseWorkerRow checks it is a whole rupiah amount.
 */
function workerRowValues(worker: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    WORKER_FIELDS.map((field) => {
      const value = worker[field];
      if (value === undefined || value === null) return [field, ""];
      return [field, typeof value === "number" && field !== "wage" ? String(value) : value];
    }),
  );
}

export type EnrollmentRequest = { npp: string; rows: WorkerRow[] };

/**
 * The minimum-wage rule on rows valid on their own, once the company (its
 * regency and scale) is known: refusals as 400 fields, notes as warnings.
 */
export function wageProblems(
  rows: WorkerRow[],
  company: { regencyCode: string; scale: UmkmScale },
  today: Date,
): { fields: FieldErrors; warnings: EnrollmentResponse["warnings"] } {
  const fields: FieldErrors = {};
  const warnings: EnrollmentResponse["warnings"] = [];
  rows.forEach((row, index) => {
    const problem = wageProblem(row, company, today);
    if (problem?.kind === "error") fields[`workers[${index}].wage`] = apiMessage(problem.message);
    if (problem?.kind === "warning") warnings.push({ index, field: "wage", message: apiMessage(problem.message) });
  });
  return { fields, warnings };
}

/**
 * The body as the service needs it, or every problem at once keyed by its
 * path (`npp`, `workers`, `workers[3].nik`) with the Indonesian message.
 */
export function parseEnrollmentRequest(
  body: unknown,
  today: Date = new Date(),
): { ok: true; value: EnrollmentRequest } | { ok: false; fields: FieldErrors } {
  const envelope = envelopeSchema.safeParse(body);
  if (!envelope.success) {
    const fields = fieldErrorsOf(envelope.error, "body");
    // The workers are still checked when only the NPP is wrong: the client fixes everything in one round.
    if (fields.body || fields.workers || !isPlainObject(body) || !Array.isArray(body.workers)) return { ok: false, fields };
    return { ok: false, fields: { ...fields, ...parseWorkers(body.workers, today).fields } };
  }
  const workers = parseWorkers(envelope.data.workers, today);
  if (Object.keys(workers.fields).length > 0) return { ok: false, fields: workers.fields };
  return { ok: true, value: { npp: envelope.data.npp, rows: workers.rows } };
}

function parseWorkers(workers: unknown[], today: Date): { rows: WorkerRow[]; fields: FieldErrors } {
  const rows: WorkerRow[] = [];
  const fields: FieldErrors = {};
  const firstIndexOfNik = new Map<string, number>();
  workers.forEach((worker, index) => {
    const path = `workers[${index}]`;
    if (!isPlainObject(worker)) {
      fields[path] = apiMessage("api.worker.object");
      return;
    }
    const result = parseWorkerRow(workerRowValues(worker), today);
    if (!result.ok) {
      for (const [field, message] of Object.entries(result.errors)) {
        if (field === "row") {
          fields[path] = apiMessage(message);
          continue;
        }
        // A missing wage would read as "not a number"; say what is wrong.
        const missing = worker[field] === undefined || worker[field] === null;
        fields[`${path}.${field}`] = apiMessage(missing ? "errors.required" : message);
      }
      return;
    }
    const earlier = firstIndexOfNik.get(result.row.nik);
    if (earlier !== undefined) {
      fields[`${path}.nik`] = apiMessage(messageWithParams("api.worker.duplicate", { index: earlier }));
      return;
    }
    firstIndexOfNik.set(result.row.nik, index);
    rows.push(result.row);
  });
  return { rows, fields };
}
