// POST /api/v1/enrollments: a bank system enrolls a company's workers with an
// API key scoped to one branch. key (lib/api/endpoint.ts) → idempotency →
// parse → one transaction (the same enrollWorkers the officer's import uses) → 201.
import { recordAudit } from "../audit/record";
import { isWriteConflict } from "../db/conflicts";
import type { Db } from "../db/prisma";
import { enrollWorkers } from "./enroll-workers";
import type { WorkerRow } from "./worker-row";
import { companyPrograms } from "../domain/company-programs";
import { readJsonBody } from "../http/json-body";
import { type EnrollmentResponse, parseEnrollmentRequest, wageProblems } from "./api-schema";
import {
  claimIdempotencyKey,
  findStoredOutcome,
  IDEMPOTENCY_CONFLICT_MESSAGE,
  IDEMPOTENT_REPLAYED_HEADER,
  idempotencyRecordKey,
  readIdempotencyKey,
  requestHash,
  type StoredOutcome,
  storeIdempotentResponse,
} from "../api/idempotency";
import { apiEndpoint } from "../api/endpoint";
import type { ApiKeyIdentity } from "../api/keys";
import { badRequest, errorMessage, privateJsonText } from "../http/responses";
import type { RequestSource } from "../http/source";
import { apiText } from "../http/api-messages";

export const COMPANY_NOT_FOUND_MESSAGE = apiText("api.enrollment.companyNotFound");
export const ENROLL_WORKERS_API_ACTION = "company.enroll_workers_api";

/** A transaction that lost a race is tried again (it then sees the winner's rows) this many times in all. */
const MAX_ATTEMPTS = 3;

/** The branch is part of the lookup: another branch's company is "not found", never "forbidden". */
function findBranchCompany(database: Db, npp: string, branchId: string) {
  return database.company.findFirst({
    where: { npp, branchId },
    select: { id: true, npp: true, branchId: true, regencyCode: true, scale: true, jpIncluded: true },
  });
}

type Company = NonNullable<Awaited<ReturnType<typeof findBranchCompany>>>;

export const enrollmentEndpoint = apiEndpoint({
  permission: "client.enroll",
  authentication: "apiKey",
  handler: async ({ request, context, access, source }) => {
    // The permission's only key holder: a key of one branch.
    if (access.requester.kind !== "apiKey") throw new Error("client.enroll over the API is for API keys");
    return enroll(context.db, request, access.requester, source, context.now);
  },
});

async function enroll(database: Db, request: Request, caller: ApiKeyIdentity, source: RequestSource, now: Date): Promise<Response> {
  const idempotencyKey = readIdempotencyKey(request.headers);
  if (!idempotencyKey.ok) return badRequest(idempotencyKey.fields);
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;

  const record = { key: idempotencyRecordKey(caller.keyId, idempotencyKey.key), scope: caller.keyId, requestHash: requestHash(body.value) };
  const earlier = await findStoredOutcome(database, record.key, record.requestHash);
  if (earlier.kind !== "none") return storedResponse(earlier);

  // Invalid requests and unknown companies are not stored: nothing was written,
  // so the bank system may fix the request and send it again with the same key.
  const parsed = parseEnrollmentRequest(body.value, now);
  if (!parsed.ok) return badRequest(parsed.fields);
  const company = await findBranchCompany(database, parsed.value.npp, caller.branchId);
  if (!company) return errorMessage(404, COMPANY_NOT_FOUND_MESSAGE);
  const wages = wageProblems(parsed.value.rows, company, now);
  if (Object.keys(wages.fields).length > 0) return badRequest(wages.fields);

  for (let attempt = 1; ; attempt++) {
    try {
      const bodyText = await enrollInOneTransaction(database, {
        record,
        caller,
        company,
        rows: parsed.value.rows,
        warnings: wages.warnings,
        source,
      });
      return privateJsonText(bodyText, 201);
    } catch (error) {
      if (!isWriteConflict(error)) throw error;
      // Most often a concurrent request with the same key won: answer with its response.
      const stored = await findStoredOutcome(database, record.key, record.requestHash);
      if (stored.kind !== "none") return storedResponse(stored);
      if (attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

function storedResponse(outcome: Exclude<StoredOutcome, { kind: "none" }>): Response {
  if (outcome.kind === "conflict") return errorMessage(422, IDEMPOTENCY_CONFLICT_MESSAGE);
  return privateJsonText(outcome.bodyText, outcome.status, { [IDEMPOTENT_REPLAYED_HEADER]: "true" });
}

function enrollInOneTransaction(
  database: Db,
  input: {
    record: { key: string; scope: string; requestHash: string };
    caller: ApiKeyIdentity;
    company: Company;
    rows: WorkerRow[];
    warnings: EnrollmentResponse["warnings"];
    source: RequestSource;
  },
): Promise<string> {
  const { record, caller, company, rows } = input;
  return database.$transaction(
    async (tx) => {
      // First: a concurrent duplicate waits here and then fails, before enrolling anyone.
      await claimIdempotencyKey(tx, record);
      const result = await enrollWorkers(tx, {
        companyId: company.id,
        branchId: company.branchId,
        enrolledById: null,
        channel: "API",
        regencyCode: company.regencyCode,
        programs: companyPrograms(company),
        rows,
      });
      const niks = rows.map((row) => row.nik);
      const participants = await tx.participant.findMany({ where: { nik: { in: niks } }, select: { id: true, nik: true, kpj: true } });
      const byNik = new Map(participants.map((p) => [p.nik, p]));
      const response: EnrollmentResponse = {
        npp: company.npp,
        created: result.created,
        linked: result.linked,
        skipped: result.skipped,
        workers: niks.map((nik) => ({ nik, kpj: byNik.get(nik)!.kpj, outcome: result.outcomes.get(nik) ?? "skip" })),
        warnings: input.warnings,
      };
      await recordAudit(
        tx,
        { userId: null, ...input.source },
        {
          action: ENROLL_WORKERS_API_ACTION,
          entity: "Company",
          entityId: company.id,
          after: { apiKeyId: caller.keyId, created: result.created, linked: result.linked, skipped: result.skipped },
        },
      );
      const bodyText = JSON.stringify(response);
      await storeIdempotentResponse(tx, record.key, 201, bodyText);
      return bodyText;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
