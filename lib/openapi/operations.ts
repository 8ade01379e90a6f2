// Every /api/v1 endpoint, as the OpenAPI document lists it. A new endpoint adds
// one entry here (with its zod schemas) next to its route.
import { QUOTE_CACHE_SECONDS } from "../quote/quote";
import { LIMITS } from "../security/limits";
import { quoteQuerySchema, quoteResponseSchema } from "../quote/schema";
import { z } from "zod";
import { MAX_JSON_BODY_BYTES } from "../http/json-body";
import { enrollmentRequestSchema, enrollmentResponseSchema, MAX_WORKERS_PER_REQUEST } from "../pu-enrollment/api-schema";
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAYED_HEADER, idempotencyKeySchema } from "../api/idempotency";
import { API_KEY_OR_STAFF_SESSION, API_KEY_SECURITY_SCHEME, type ApiOperation, buildOpenApiDocument } from "./document";
import { statsQuerySchema, statsResponseSchema } from "../stats/schema";
import {
  MAX_NOTIFICATION_BYTES,
  paymentNotificationResponseSchema,
  paymentNotificationSchema,
  signatureHeaderSchema,
  timestampHeaderSchema,
} from "../payments/schema";
import { SIGNATURE_HEADER, SIGNATURE_TOLERANCE_SECONDS, TIMESTAMP_HEADER } from "../payments/signature";
import { inquiryRequestSchema, inquiryResponseSchema } from "../payments/inquiry";
import {
  employmentEndRequestSchema,
  employmentEndResponseSchema,
  wageChangeRequestSchema,
  wageChangeResponseSchema,
} from "../employment/api";
import { reversalRequestSchema, reversalResponseSchema } from "../payments/reversal";

/** The headers every request Bank BJB signs carries (notifications, inquiries, reversals). */
const BJB_SIGNATURE_HEADERS: ApiOperation["headers"] = [
  { name: TIMESTAMP_HEADER, schema: timestampHeaderSchema, required: true },
  { name: SIGNATURE_HEADER, schema: signatureHeaderSchema, required: true },
];

export const API_V1_OPERATIONS: readonly ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/contributions/quote",
    operationId: "quoteContribution",
    summary: "Quote the contribution (iuran) for a participant category",
    description:
      "Deterministic and public: no authentication, limited per client address. `category` picks the participant category and " +
      "which other parameters apply: BPU (Bukan Penerima Upah: `income`, `programs`, `months`, `period`, `sector`), PU (Penerima Upah: " +
      "`wage`, `riskClass`, `scale`, `year`, `programs`) or JAKON (Jasa Konstruksi: `contractValue`).",
    tags: ["Contributions"],
    query: quoteQuerySchema,
    success: {
      description:
        "The contribution per program: for the whole quote with each month by its own rules (BPU), per month with " +
        "employer and worker shares (PU), or once for the whole project (JAKON).",
      schemaName: "Quote",
      schema: quoteResponseSchema,
      cacheControl: `public, max-age=${QUOTE_CACHE_SECONDS}`,
    },
    errors: {
      429: `More than ${LIMITS.quote.points} quotes in ${LIMITS.quote.duration} s from one address; \`Retry-After\` says when to try again.`,
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
  {
    method: "post",
    path: "/api/v1/employments/end",
    operationId: "endEmployment",
    summary: "End a worker's employment at a company (bank systems)",
    description:
      "For bank systems with an API key issued to one BJB branch. Ends the employment of the worker (by NIK) at the company " +
      "(by NPP) of that branch, with the rules of the officer's form: the last day is not before the start and at most 31 days " +
      "ahead; the company is billed for that month and not after; the worker keeps the KPJ. `DIED` also records the " +
      "participant's death. The same end sent again answers 200 with `Idempotent-Replayed: true` and writes nothing.",
    tags: ["Enrollment"],
    security: API_KEY_SECURITY_SCHEME,
    requestBody: {
      description: "The company, the worker, the last day and the reason.",
      schemaName: "EmploymentEndRequest",
      schema: employmentEndRequestSchema,
    },
    success: {
      description: "Ended (or the same end again): the worker's KPJ and the last month billed.",
      schemaName: "EmploymentEnd",
      schema: employmentEndResponseSchema,
      cacheControl: "no-store",
      headers: {
        [IDEMPOTENT_REPLAYED_HEADER]: {
          description: "`true` when this employment had already ended exactly so.",
          schema: z.literal("true"),
        },
      },
    },
    errors: {
      401: "The API key is missing, malformed, unknown or revoked (`WWW-Authenticate: Bearer`).",
      404: "No such worker at a company with this NPP in the API key's branch.",
      409: "The employment already ended on another day or for another reason.",
      413: `The body is larger than ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB.`,
    },
  },
  {
    method: "post",
    path: "/api/v1/employments/wage",
    operationId: "changeWage",
    summary: "Change a worker's wage from a month (bank systems)",
    description:
      "For bank systems with an API key issued to one BJB branch. The worker's (by NIK) wage at the company (by NPP) of that " +
      "branch from `fromPeriod` on: the company's bills from that month are priced on it. The month is this month or later, " +
      "not before the start, and not one the company was already billed for (a bill is never re-priced); the minimum wage " +
      "of that month applies. The same change sent again answers 200 with `Idempotent-Replayed: true` and writes nothing.",
    tags: ["Enrollment"],
    security: API_KEY_SECURITY_SCHEME,
    requestBody: {
      description: "The company, the worker, the first month and the new wage.",
      schemaName: "WageChangeRequest",
      schema: wageChangeRequestSchema,
    },
    success: {
      description: "Saved (or the same change again).",
      schemaName: "WageChange",
      schema: wageChangeResponseSchema,
      cacheControl: "no-store",
      headers: {
        [IDEMPOTENT_REPLAYED_HEADER]: {
          description: "`true` when this wage from this month was already on record.",
          schema: z.literal("true"),
        },
      },
    },
    errors: {
      401: "The API key is missing, malformed, unknown or revoked (`WWW-Authenticate: Bearer`).",
      404: "No such worker at a company with this NPP in the API key's branch.",
      409: "The employment ended before that month.",
      413: `The body is larger than ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB.`,
    },
  },
  {
    method: "post",
    path: "/api/v1/payments/notifications",
    operationId: "notifyPayment",
    summary: "Report a payment into a bill's virtual account (Bank BJB, host to host)",
    description:
      "For Bank BJB's host-to-host link only. Each request is signed with a secret shared with BJB: " +
      `\`${SIGNATURE_HEADER}\` is the hex HMAC-SHA256 of \`${TIMESTAMP_HEADER}\`, a dot and the raw body, and the ` +
      `timestamp may be at most ${SIGNATURE_TOLERANCE_SECONDS / 60} minutes from Lindung's clock. The amount is ` +
      "credited exactly: less than due is a partial payment, more is an overpayment (reported in `overpaid`). " +
      "Idempotent by `bankReference`: repeating a notification, even at the same moment, credits nothing again " +
      "and returns the first answer, whatever its status, with `Idempotent-Replayed: true`. A refused notification " +
      "(400 with a valid `bankReference`, 404, 409) keeps its answer too: send a correction under a new reference.",
    tags: ["Payments"],
    headers: BJB_SIGNATURE_HEADERS,
    requestBody: {
      description: `One payment, at most ${MAX_NOTIFICATION_BYTES / 1024} KB of JSON. Other properties are ignored.`,
      schemaName: "PaymentNotification",
      schema: paymentNotificationSchema,
    },
    success: {
      description: "Credited (or replayed): where the bill stands after this payment.",
      schemaName: "PaymentNotificationResult",
      schema: paymentNotificationResponseSchema,
      cacheControl: "no-store",
      headers: {
        [IDEMPOTENT_REPLAYED_HEADER]: {
          description: "`true` when this is the stored answer to an earlier notification with the same bankReference.",
          schema: z.literal("true"),
        },
      },
    },
    errors: {
      401:
        `${TIMESTAMP_HEADER} or ${SIGNATURE_HEADER} is missing or wrong, or the timestamp is more than ` +
        `${SIGNATURE_TOLERANCE_SECONDS / 60} minutes away. Nothing is stored.`,
      404: "No bill has this virtual account (`Virtual account tidak dikenal`). Stored: a repeat gets 404 again.",
      409:
        "This bankReference was already used for a notification with a different virtual account, amount, " +
        "currency or paid time. Nothing is credited.",
      413: `The body is larger than ${MAX_NOTIFICATION_BYTES / 1024} KB.`,
      429:
        `More than ${LIMITS.notifications.points} notifications in ${LIMITS.notifications.duration} s for this signing key; ` +
        "`Retry-After` says when to send again. Nothing is stored.",
      503: "Payment notifications are not configured on this server (no shared secret).",
    },
  },
  {
    method: "post",
    path: "/api/v1/payments/inquiries",
    operationId: "inquirePayment",
    summary: "Ask what a virtual account is for and how much is due (Bank BJB, before taking money)",
    description:
      "For Bank BJB's tellers, ATMs and mobile banking, host to host, before a customer pays. Signed and time-checked " +
      `exactly like notifications (\`${SIGNATURE_HEADER}\` over \`${TIMESTAMP_HEADER}\`, a dot and the raw body). Reads ` +
      "only: asking again is always safe. A payment that differs from `amountDue` is still credited when notified " +
      "(less is a partial payment, more is kept as credit).",
    tags: ["Payments"],
    headers: BJB_SIGNATURE_HEADERS,
    requestBody: {
      description: `The virtual account, at most ${MAX_NOTIFICATION_BYTES / 1024} KB of JSON.`,
      schemaName: "PaymentInquiry",
      schema: inquiryRequestSchema,
    },
    success: {
      description: "Something is due.",
      schemaName: "PaymentInquiryResult",
      schema: inquiryResponseSchema,
      cacheControl: "no-store",
    },
    errors: {
      401: "The timestamp or signature is missing or wrong. Nothing is read.",
      404: "No bill has this virtual account (`Virtual account tidak dikenal`).",
      409: 'Nothing is due: the bill is paid. The body also carries `"code": "ALREADY_PAID"`; the bank refuses the payment.',
      413: `The body is larger than ${MAX_NOTIFICATION_BYTES / 1024} KB.`,
      429: `More than ${LIMITS.inquiries.points} inquiries in ${LIMITS.inquiries.duration} s for this signing key.`,
      503: "Not configured on this server (no shared secret).",
    },
  },
  {
    method: "post",
    path: "/api/v1/payments/reversals",
    operationId: "reversePayment",
    summary: "Cancel a payment BJB reported (Bank BJB, host to host)",
    description:
      "For a payment the bank cancelled after reporting it. Signed and time-checked exactly like notifications. The " +
      "bill is re-opened, any credit the payment left is taken back, cover that started with it ends, and the " +
      "worker's receipt says `Dibatalkan`. Idempotent by `bankReference`: a repeat changes nothing and answers " +
      "`Idempotent-Replayed: true` with the first `reversedAt` and where the bill stands now.",
    tags: ["Payments"],
    headers: BJB_SIGNATURE_HEADERS,
    requestBody: {
      description: `The cancelled payment's reference and why, at most ${MAX_NOTIFICATION_BYTES / 1024} KB of JSON.`,
      schemaName: "PaymentReversal",
      schema: reversalRequestSchema,
    },
    success: {
      description: "Reversed (now, or earlier: then `Idempotent-Replayed: true`).",
      schemaName: "PaymentReversalResult",
      schema: reversalResponseSchema,
      cacheControl: "no-store",
      headers: {
        [IDEMPOTENT_REPLAYED_HEADER]: {
          description: "`true` when the payment was reversed by an earlier request.",
          schema: z.literal("true"),
        },
      },
    },
    errors: {
      401: "The timestamp or signature is missing or wrong. Nothing is changed.",
      404: "No payment has this bankReference.",
      413: `The body is larger than ${MAX_NOTIFICATION_BYTES / 1024} KB.`,
      429: `More than ${LIMITS.reversals.points} reversals in ${LIMITS.reversals.duration} s for this signing key.`,
      503: "Not configured on this server (no shared secret).",
    },
  },
  {
    method: "get",
    path: "/api/v1/stats",
    operationId: "getStats",
    summary: "Participants and active companies in Banten as of a day",
    description:
      "Aggregate figures for BPJS Ketenagakerjaan Banten and Bank BJB, read from rollups the database keeps up to " +
      "date as enrollments happen: participants not rejected by the end of `asOf` (Asia/Jakarta), by category and " +
      "by each of Banten's 8 regencies and cities, and companies active then. For an API key of any BJB branch " +
      "(the whole province: no personal data), an ADMIN, or BPJS staff (a staff member with a regional scope gets " +
      "only their regency). Other signed-in users get 404.",
    tags: ["Statistics"],
    security: API_KEY_OR_STAFF_SESSION,
    query: statsQuerySchema,
    success: {
      description: "The figures; `byRegency` sums to `participants`.",
      schemaName: "Stats",
      schema: statsResponseSchema,
      cacheControl: "no-store",
    },
    errors: {
      401: "No API key and no session, or a malformed, unknown or revoked API key (`WWW-Authenticate: Bearer`).",
      404: "Signed in without a staff role, or a regional staff member asked for another regency.",
    },
  },
];

/** Built once per server process: the document only changes with a deploy. */
export const API_V1_DOCUMENT = buildOpenApiDocument(API_V1_OPERATIONS);
