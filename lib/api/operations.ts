// Every /api/v1 endpoint, as the OpenAPI document lists it. A new endpoint adds
// one entry here (with its zod schemas) next to its route.
import { QUOTE_CACHE_SECONDS } from "../quote/quote";
import { quoteQuerySchema, quoteResponseSchema } from "../quote/schema";
import { z } from "zod";
import { MAX_JSON_BODY_BYTES } from "./body";
import { enrollmentRequestSchema, enrollmentResponseSchema, MAX_WORKERS_PER_REQUEST } from "./enrollment-schema";
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAYED_HEADER, idempotencyKeySchema } from "./idempotency";
import { API_KEY_SECURITY_SCHEME, type ApiOperation, buildOpenApiDocument } from "./openapi";

export const API_V1_OPERATIONS: readonly ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/contributions/quote",
    operationId: "quoteContribution",
    summary: "Quote the contribution (iuran) for a participant category",
    description:
      "Deterministic and public: no authentication, no database. `category` picks the participant category and " +
      "which other parameters apply: BPU (Bukan Penerima Upah: `income`, `programs`, `months`), PU (Penerima Upah: " +
      "`wage`, `riskClass`, `scale`, `year`, `programs`) or JAKON (Jasa Konstruksi: `contractValue`).",
    tags: ["Contributions"],
    query: quoteQuerySchema,
    success: {
      description:
        "The contribution per program: per month (BPU, PU; PU with employer and worker shares) or once for the " +
        "whole project (JAKON).",
      schemaName: "Quote",
      schema: quoteResponseSchema,
      cacheControl: `public, max-age=${QUOTE_CACHE_SECONDS}`,
    },
  },
  {
    method: "post",
    path: "/api/v1/enrollments",
    operationId: "enrollWorkers",
    summary: "Enroll a company's workers (Penerima Upah) through a bank system",
    description:
      "For bank systems with an API key issued to one BJB branch. Enrolls up to " +
      `${MAX_WORKERS_PER_REQUEST} workers of one company of that branch in one transaction: each worker is ` +
      "validated as in the officer's form, and one invalid worker saves nothing. A worker already registered " +
      "elsewhere is linked (same KPJ), one already working at this company is skipped: sending the same workers " +
      "again never enrolls anyone twice. Requires an `Idempotency-Key` header: a retry with the same key and body " +
      "returns the first answer (header `Idempotent-Replayed: true`) without writing again.",
    tags: ["Enrollment"],
    security: API_KEY_SECURITY_SCHEME,
    headers: [{ name: IDEMPOTENCY_KEY_HEADER, schema: idempotencyKeySchema, required: true }],
    requestBody: {
      description: `The company's NPP and its workers, at most ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB of JSON.`,
      schemaName: "EnrollmentRequest",
      schema: enrollmentRequestSchema,
    },
    success: {
      status: 201,
      description: "Enrolled (or replayed): the counts, and each worker's KPJ and outcome.",
      schemaName: "Enrollment",
      schema: enrollmentResponseSchema,
      cacheControl: "no-store",
      headers: {
        [IDEMPOTENT_REPLAYED_HEADER]: {
          description: "`true` when this is the stored answer to an earlier request with the same Idempotency-Key.",
          schema: z.literal("true"),
        },
      },
    },
    errors: {
      401: "The API key is missing, malformed, unknown or revoked (`WWW-Authenticate: Bearer`).",
      404: "No company with this NPP in the API key's branch (another branch's company is not found either).",
      413: `The body is larger than ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB.`,
      422: "This Idempotency-Key was already used for a different request body.",
    },
  },
];

/** Built once per server process: the document only changes with a deploy. */
export const API_V1_DOCUMENT = buildOpenApiDocument(API_V1_OPERATIONS);
