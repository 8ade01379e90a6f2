// Every /api/v1 endpoint, as the OpenAPI document lists it. A new endpoint adds
// one entry here (with its zod schemas) next to its route.
import { QUOTE_CACHE_SECONDS } from "../quote/quote";
import { quoteQuerySchema, quoteResponseSchema } from "../quote/schema";
import { type ApiOperation, buildOpenApiDocument } from "./openapi";

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
];

/** Built once per server process: the document only changes with a deploy. */
export const API_V1_DOCUMENT = buildOpenApiDocument(API_V1_OPERATIONS);
