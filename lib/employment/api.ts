// POST /api/v1/employments/end (issue 14): a bank system with a branch's API key
// ends a worker's employment at a company of that branch, by NPP and NIK, with
// the same rules as the officer's form (./end.ts). Idempotent by its content:
// the same end sent again answers the same 200 without writing; a different end
// of an already ended employment is a 409.
import { z } from "zod";
import { apiEndpoint } from "../api/endpoint";
import type { ApiKeyIdentity } from "../api/keys";
import { IDEMPOTENT_REPLAYED_HEADER } from "../api/idempotency";
import { isoDate, periodOf } from "../domain/billing-period";
import { isValidNpp } from "../domain/identifiers";
import type { Db } from "../db/prisma";
import { apiMessage, apiText } from "../http/api-messages";
import { readJsonBody } from "../http/json-body";
import { badRequest, errorMessage, privateJson } from "../http/responses";
import type { RequestSource } from "../http/source";
import { fieldErrorsOf } from "../validation/field-errors";
import { nikField, wrongType } from "../validation/person";
import { endEmployment } from "./end";
import { END_REASONS } from "./reasons";

/** What the OpenAPI document shows: the canonical body. */
export const employmentEndRequestSchema = z.object({
  npp: z
    .string()
    .regex(/^\d{8}$/)
    .describe("The company's NPP, 8 digits with a Luhn check digit."),
  nik: z
    .string()
    .regex(/^\d{16}$/)
    .describe("The worker's NIK, 16 digits."),
  endDate: z.iso.date().describe(`The last day worked, YYYY-MM-DD: not before the start, at most 31 days from today (Asia/Jakarta).`),
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
export type EmploymentEndResponse = z.output<typeof employmentEndResponseSchema>;

/** The same fields, checked as the portal's form checks them (message keys, turned into Indonesian text below). */
const employmentEndInput = z.object({
  npp: z.string(wrongType).refine(isValidNpp, "api.enrollment.nppCheckDigit"),
  nik: nikField,
  endDate: z.string(wrongType).pipe(z.iso.date("errors.date")),
  reason: z.enum(END_REASONS, "errors.required"),
});

export const EMPLOYMENT_NOT_FOUND = apiText("api.employmentEnd.notFound");

export const employmentEndEndpoint = apiEndpoint({
  permission: "client.enroll",
  authentication: "apiKey",
  handler: async ({ request, context, access, source }) => {
    if (access.requester.kind !== "apiKey") throw new Error("client.enroll over the API is for API keys");
    return end(context.db, request, access.requester, source, context.now);
  },
});

async function end(database: Db, request: Request, caller: ApiKeyIdentity, source: RequestSource, now: Date): Promise<Response> {
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const parsed = employmentEndInput.safeParse(body.value);
  if (!parsed.success) {
    return badRequest(
      Object.fromEntries(Object.entries(fieldErrorsOf(parsed.error, "request")).map(([field, key]) => [field, apiMessage(key)])),
    );
  }
  const input = parsed.data;
  return database.$transaction(async (tx) => {
    // The branch is part of the lookup: another branch's company is "not found", never "forbidden".
    const employment = await tx.employment.findFirst({
      where: { company: { npp: input.npp, branchId: caller.branchId }, participant: { nik: input.nik } },
      orderBy: { startDate: "desc" },
      select: { id: true, participantId: true, startDate: true, endDate: true, endReason: true, participant: { select: { kpj: true } } },
    });
    if (!employment) return errorMessage(404, EMPLOYMENT_NOT_FOUND);
    const answer = (endDate: string, reason: (typeof END_REASONS)[number]): EmploymentEndResponse => ({
      npp: input.npp,
      nik: input.nik,
      kpj: employment.participant.kpj,
      endDate,
      reason,
      billedThrough: periodOf(endDate),
    });
    // The same end again (a retry): the same answer, nothing written.
    if (employment.endDate && isoDate(employment.endDate) === input.endDate && employment.endReason === input.reason) {
      return privateJson(answer(input.endDate, input.reason), 200, { [IDEMPOTENT_REPLAYED_HEADER]: "true" });
    }
    await endEmployment(tx, employment, input, { userId: null, ...source }, now, { apiKeyId: caller.keyId });
    return privateJson(answer(input.endDate, input.reason), 200);
  });
}
