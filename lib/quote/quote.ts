// Contribution quotes for the public API (and, later, the portal): parse a
// query, run the domain calculation, answer in the documented shape or with
// field errors. Pure: no framework imports, no database.
import type { z } from "zod";
import { queryFieldErrors, type FieldErrors } from "../http/api-errors";
import { currentPeriod, type Period } from "../domain/billing-period";
import { type BpuContributionError, calculateBpuContribution } from "../domain/contributions/bpu";
import { calculateJakonContribution, type JakonContributionError } from "../domain/contributions/jakon";
import { calculatePuContribution, type PuContributionError } from "../domain/contributions/pu";
import { PROGRAM_REQUIREMENTS } from "../domain/programs";
import {
  type BpuQuoteQuery,
  type JakonQuoteQuery,
  PU_PROGRAMS_ALWAYS_MANDATORY,
  type PuQuoteQuery,
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
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, fields: queryFieldErrors(parsed.error) };
}

export function quoteContribution(query: QuoteQuery): QuoteResult {
  switch (query.category) {
    case "BPU":
      return quoteBpu(query);
    case "PU":
      return quotePu(query);
    case "JAKON":
      return quoteJakon(query);
  }
}

/**
 * A PU quote is for a year, a bill is for a month: we quote December, when every
 * rule that changed during the year is in force, including the JP wage cap set
 * that year (in force March–December, most of the year). Ours; docs/api.md.
 */
export function quotePeriodForYear(year: number): Period {
  return `${year}-12`;
}

/**
 * Typed against the documented schema, so a domain change that breaks it fails
 * to compile; parsed, so anything the domain adds later that v1 does not
 * promise is dropped instead of published.
 */
function documented(value: z.input<typeof quoteResponseSchema>): QuoteResult {
  return { ok: true, value: quoteResponseSchema.parse(value) };
}

// The schema already rejects most of these; the domain stays the authority, so
// a rule it enforces that the schema does not still reaches the right field.
const BPU_ERROR_FIELDS: Record<BpuContributionError, (query: BpuQuoteQuery) => FieldErrors> = {
  income_below_minimum: () => ({ income: QUOTE_MESSAGES.incomeBelowMinimum }),
  income_not_integer: () => ({ income: QUOTE_MESSAGES.incomeNotInteger }),
  months_invalid: () => ({ months: QUOTE_MESSAGES.monthsInvalid }),
  period_invalid: () => ({ period: QUOTE_MESSAGES.periodInvalid }),
  period_before_rules: () => ({ period: QUOTE_MESSAGES.periodInvalid }),
  program_mandatory_missing: () => ({ programs: QUOTE_MESSAGES.programMandatoryMissing }),
  program_not_available: (query) => {
    const rules: Readonly<Record<string, string>> = PROGRAM_REQUIREMENTS.BPU;
    const code = query.programs.find((program) => rules[program] === undefined || rules[program] === "unavailable");
    return { programs: QUOTE_MESSAGES.programNotAvailable(code ?? query.programs.join(",")) };
  },
};

function quoteBpu(query: BpuQuoteQuery): QuoteResult {
  const result = calculateBpuContribution({
    income: query.income,
    programs: query.programs,
    months: query.months,
    period: query.period,
    sector: query.sector,
  });
  if (!result.ok) return { ok: false, fields: BPU_ERROR_FIELDS[result.error](query) };
  return documented(result.value);
}

const PU_ERROR_FIELDS: Record<PuContributionError, FieldErrors> = {
  wage_not_integer: { wage: QUOTE_MESSAGES.wageNotInteger },
  wage_not_positive: { wage: QUOTE_MESSAGES.wageNotPositive },
  risk_class_invalid: { riskClass: QUOTE_MESSAGES.riskClassInvalid },
  scale_invalid: { scale: QUOTE_MESSAGES.scaleInvalid },
  period_invalid: { year: QUOTE_MESSAGES.yearInvalid },
  period_before_jp: { year: QUOTE_MESSAGES.yearInvalid },
  jp_required_for_scale: { programs: QUOTE_MESSAGES.jpRequiredForScale },
};

function quotePu(query: PuQuoteQuery): QuoteResult {
  // The schema checks this too; callers that build the query themselves skip it.
  if (!PU_PROGRAMS_ALWAYS_MANDATORY.every((program) => query.programs.includes(program))) {
    return { ok: false, fields: { programs: QUOTE_MESSAGES.puProgramMandatoryMissing } };
  }
  const result = calculatePuContribution({
    wage: query.wage,
    riskClass: query.riskClass,
    scale: query.scale,
    period: quotePeriodForYear(query.year),
    includeJp: query.programs.includes("JP"),
  });
  if (!result.ok) return { ok: false, fields: PU_ERROR_FIELDS[result.error] };
  const { category, wage, riskClass, scale, period, jpWageCap, lines, notBilled, employerTotal, workerTotal, monthlyTotal } = result.value;
  return documented({
    category,
    wage,
    riskClass,
    scale,
    year: query.year,
    period,
    jpWageCap,
    lines,
    notBilled,
    employerTotal,
    workerTotal,
    monthlyTotal,
  });
}

const JAKON_ERROR_FIELDS: Record<JakonContributionError, FieldErrors> = {
  contract_value_not_integer: { contractValue: QUOTE_MESSAGES.contractValueNotInteger },
  contract_value_not_positive: { contractValue: QUOTE_MESSAGES.contractValueNotPositive },
  // A quote is for this month, which always has tiers.
  period_before_rules: {},
};

function quoteJakon(query: JakonQuoteQuery): QuoteResult {
  const result = calculateJakonContribution({ contractValue: query.contractValue, period: currentPeriod() });
  if (!result.ok) return { ok: false, fields: JAKON_ERROR_FIELDS[result.error] };
  return documented(result.value);
}
