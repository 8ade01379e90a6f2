// Contribution quotes for the public API (and, later, the portal): parse a
// query, run the domain calculation, answer in the documented shape or with
// field errors. Pure: no framework imports, no database.
import type { z } from "zod";
import { fieldErrorsFrom, type FieldErrors } from "../api/errors";
import { type BpuContributionError, calculateBpuContribution } from "../domain/contributions/bpu";
import { PROGRAM_REQUIREMENTS } from "../domain/programs";
import {
  type BpuQuoteQuery,
  QUOTE_MESSAGES,
  type QuoteQuery,
  type QuoteResponse,
  quoteQuerySchema,
  quoteResponseSchema,
} from "./schema";

/** Same inputs, same quote, until a rate changes with a deploy: five minutes of caching is safe. */
export const QUOTE_CACHE_SECONDS = 300;

export type QuoteResult = { ok: true; value: QuoteResponse } | { ok: false; fields: FieldErrors };

export function parseQuoteQuery(
  input: Record<string, string | undefined>,
): { ok: true; value: QuoteQuery } | { ok: false; fields: FieldErrors } {
  const parsed = quoteQuerySchema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, fields: fieldErrorsFrom(parsed.error) };
}

export function quoteContribution(query: QuoteQuery): QuoteResult {
  switch (query.category) {
    case "BPU":
      return quoteBpu(query);
  }
}

// The schema already rejects most of these; the domain stays the authority, so
// a rule it enforces that the schema does not still reaches the right field.
const BPU_ERROR_FIELDS: Record<BpuContributionError, (query: BpuQuoteQuery) => FieldErrors> = {
  income_below_minimum: () => ({ income: QUOTE_MESSAGES.incomeBelowMinimum }),
  income_not_integer: () => ({ income: QUOTE_MESSAGES.incomeNotInteger }),
  months_invalid: () => ({ months: QUOTE_MESSAGES.monthsInvalid }),
  program_mandatory_missing: () => ({ programs: QUOTE_MESSAGES.programMandatoryMissing }),
  program_not_available: (query) => {
    const rules: Readonly<Record<string, string>> = PROGRAM_REQUIREMENTS.BPU;
    const code = query.programs.find((program) => rules[program] === undefined || rules[program] === "unavailable");
    return { programs: QUOTE_MESSAGES.programNotAvailable(code ?? query.programs.join(",")) };
  },
};

function quoteBpu(query: BpuQuoteQuery): QuoteResult {
  const result = calculateBpuContribution({ income: query.income, programs: query.programs, months: query.months });
  if (!result.ok) return { ok: false, fields: BPU_ERROR_FIELDS[result.error](query) };
  // Typed against the documented schema, so a domain change that breaks it fails
  // to compile; parsed, so anything the domain adds later that v1 does not
  // promise is dropped instead of published.
  const documented: z.input<typeof quoteResponseSchema> = result.value;
  return { ok: true, value: quoteResponseSchema.parse(documented) };
}
