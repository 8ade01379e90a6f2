// /api/v1/employments/* (issue 14): a bank system with a branch's API key ends a
// worker's employment, or changes their wage from a month, at a company of that
// branch, by NPP and NIK, with the rules of the officer's forms (./end.ts,
// ./wage.ts). Idempotent by content: the same request again answers the same
// 200 without writing (`Idempotent-Replayed: true`).
import { z } from "zod";
import { apiEndpoint, type ApiCall } from "../api/endpoint";
import type { ApiKeyIdentity } from "../api/keys";
import { IDEMPOTENT_REPLAYED_HEADER } from "../api/idempotency";
import { isoDate, isPeriod, periodOf } from "../domain/billing-period";
import { isValidNpp } from "../domain/identifiers";
import type { Tx } from "../db/prisma";
import type { AuditActor } from "../audit/record";
import { apiMessage, apiText } from "../http/api-messages";
import { readJsonBody } from "../http/json-body";
import { badRequest, errorMessage, privateJson } from "../http/responses";
import { MAX_MONTHLY_WAGE, wageField } from "../pu-enrollment/worker-row";
import { fieldErrorsOf } from "../validation/field-errors";
import { nikField, wrongType } from "../validation/person";
import { endEmployment } from "./end";
import { END_REASONS } from "./reasons";
import { changeWage, EMPLOYMENT_COLUMNS } from "./wage";

const nppDoc = z
  .string()
  .regex(/^\d{8}$/)
  .describe("The company's NPP, 8 digits with a Luhn check digit.");
const nikDoc = z
  .string()
  .regex(/^\d{16}$/)
  .describe("The worker's NIK, 16 digits.");

/** What the OpenAPI document shows: the canonical bodies. */
export const employmentEndRequestSchema = z.object({
  npp: nppDoc,
  nik: nikDoc,
  endDate: z.iso.date().describe("The last day worked, YYYY-MM-DD: not before the start, at most 31 days from today (Asia/Jakarta)."),
  reason: z.enum(END_REASONS).describe("RESIGNED, LAID_OFF, RETIRED or DIED (DIED also records the participant's death)."),
});

export const employmentEndResponseSchema = z.object({
  npp: z.string(),
  nik: z.string(),
  kpj: z.string().describe("The worker keeps their KPJ."),
  endDate: z.iso.date(),
  reason: z.enum(END_REASONS),
  billedThrough: z.string().describe("YYYY-MM: the last contribution month the company is billed for this worker."),
});

export const wageChangeRequestSchema = z.object({
  npp: nppDoc,
  nik: nikDoc,
  fromPeriod: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .describe("YYYY-MM: the first month billed at the new wage; this month or later, and one the company was not billed for yet."),
  wage: z.int().min(1).max(MAX_MONTHLY_WAGE).describe("The new monthly wage in whole rupiah; the minimum wage of that month applies."),
});

export const wageChangeResponseSchema = z.object({
  npp: z.string(),
  nik: z.string(),
  kpj: z.string(),
  fromPeriod: z.string(),
  wage: z.int(),
  warning: z
    .string()
    .optional()
    .describe("The wage is below the minimum wage of that month, which a micro or small business may agree with the worker."),
});

/** The same fields, checked as the portal's forms check them (message keys, given as Indonesian text). */
const company = { npp: z.string(wrongType).refine(isValidNpp, "api.enrollment.nppCheckDigit"), nik: nikField };
const endInput = z.object({
  ...company,
  endDate: z.string(wrongType).pipe(z.iso.date("errors.date")),
  reason: z.enum(END_REASONS, "errors.required"),
});
const wageInput = z.object({
  ...company,
  fromPeriod: z.string(wrongType).refine(isPeriod, "errors.period"),
  // Whole rupiah: the one wage rule of the form, the sheet and the enrollment API.
  wage: wageField,
});

export const EMPLOYMENT_NOT_FOUND = apiText("api.employment.notFound");

type Employment = NonNullable<Awaited<ReturnType<typeof findEmployment>>>;

/** The worker's latest employment at the company, found only in the key's branch ("not found", never "forbidden"). */
function findEmployment(tx: Tx, caller: ApiKeyIdentity, npp: string, nik: string) {
  return tx.employment.findFirst({
    where: { company: { npp, branchId: caller.branchId }, participant: { nik } },
    orderBy: { startDate: "desc" },
    select: { ...EMPLOYMENT_COLUMNS, participant: { select: { kpj: true } } },
  });
}

type Act<S extends z.ZodType> = (
  tx: Tx,
  employment: Employment,
  body: z.output<S>,
  actor: AuditActor,
  now: Date,
  via: Record<string, string>,
) => Promise<Response>;

/** One employment request: the body checked, the employment found in the key's branch, `act` in one transaction. */
async function respond<S extends typeof endInput | typeof wageInput>(call: ApiCall<undefined>, input: S, act: Act<S>): Promise<Response> {
  const { request, context, access, source } = call;
  // The permission's only key holder: a key of one branch.
  if (access.requester.kind !== "apiKey") throw new Error("client.enroll over the API is for API keys");
  const caller = access.requester;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const parsed = input.safeParse(body.value);
  if (!parsed.success) {
    return badRequest(
      Object.fromEntries(Object.entries(fieldErrorsOf(parsed.error, "request")).map(([field, key]) => [field, apiMessage(key)])),
    );
  }
  const value = parsed.data as z.output<S>;
  return context.db.$transaction(async (tx) => {
    const employment = await findEmployment(tx, caller, value.npp, value.nik);
    if (!employment) return errorMessage(404, EMPLOYMENT_NOT_FOUND);
    return act(tx, employment, value, { userId: null, ...source }, context.now, { apiKeyId: caller.keyId });
  });
}

const replayed = { [IDEMPOTENT_REPLAYED_HEADER]: "true" };

const endEmploymentApi: Act<typeof endInput> = async (tx, employment, body, actor, now, via) => {
  const answer = {
    npp: body.npp,
    nik: body.nik,
    kpj: employment.participant.kpj,
    endDate: body.endDate,
    reason: body.reason,
    billedThrough: periodOf(body.endDate),
  };
  // The same end again (a retry): the same answer, nothing written.
  if (employment.endDate && isoDate(employment.endDate) === body.endDate && employment.endReason === body.reason) {
    return privateJson(answer, 200, replayed);
  }
  await endEmployment(tx, employment, body, actor, now, via);
  return privateJson(answer, 200);
};

const changeWageApi: Act<typeof wageInput> = async (tx, employment, body, actor, now, via) => {
  const { changed, warning } = await changeWage(tx, employment, body, actor, now, via);
  const answer = {
    npp: body.npp,
    nik: body.nik,
    kpj: employment.participant.kpj,
    fromPeriod: body.fromPeriod,
    wage: body.wage,
    ...(warning ? { warning: apiMessage(warning) } : {}),
  };
  return privateJson(answer, 200, changed ? {} : replayed);
};

/** POST /api/v1/employments/end */
export const employmentEndEndpoint = apiEndpoint({
  permission: "client.enroll",
  authentication: "apiKey",
  handler: (call) => respond(call, endInput, endEmploymentApi),
});

/** POST /api/v1/employments/wage */
export const wageChangeEndpoint = apiEndpoint({
  permission: "client.enroll",
  authentication: "apiKey",
  handler: (call) => respond(call, wageInput, changeWageApi),
});
