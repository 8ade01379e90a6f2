// GET /api/v1/contributions/quote: the query and the response, one source of
// truth for the route, the quote function and the OpenAPI document.
// Query values arrive as strings; each parameter is a string schema piped into
// the typed value, so the OpenAPI document shows the typed side.
// One option per category in each discriminated union: BPU, PU, JAKON.
import { z } from "zod";
import { currentPeriod, isPeriod } from "../domain/billing-period";
import { BPU_MIN_INCOME, BPU_RATES } from "../domain/contributions/bpu";
import { CONTRIBUTION_RELIEFS } from "../domain/contributions/relief";
import { RELIEF_SECTORS } from "../domain/occupations";
import { JP_WAGE_CAPS, PU_PROGRAMS_BY_SCALE, RISK_CLASSES } from "../domain/contributions/pu";
import { formatRupiah } from "../domain/money";
import { apiText } from "../http/api-messages";
import { PAYMENT_PERIODS, PROGRAMS, type Program, programsWith } from "../domain/programs";
import { UMKM_SCALES } from "../domain/umkm";

/** Far above any real income or wage; keeps Number() exact and rejects typos with extra digits. */
export const QUOTE_MAX_AMOUNT = 1_000_000_000_000;
/** Contracts run to trillions (toll roads); Rp 1 quadrillion is still far above any and exact as a Number. */
export const QUOTE_MAX_CONTRACT_VALUE = 1_000_000_000_000_000;

const BPU_PROGRAMS_OFFERED = PROGRAMS.filter((program) => !programsWith("BPU", "unavailable").includes(program));
const BPU_PROGRAMS_MANDATORY = programsWith("BPU", "mandatory");

/** JKP is never billed, so it cannot be chosen; the rest as the scale table says. */
const PU_PROGRAMS_OFFERED = Object.keys(PU_PROGRAMS_BY_SCALE.MICRO) as (keyof typeof PU_PROGRAMS_BY_SCALE.MICRO)[];
export const PU_PROGRAMS_ALWAYS_MANDATORY = PU_PROGRAMS_OFFERED.filter((program) =>
  UMKM_SCALES.every((scale) => PU_PROGRAMS_BY_SCALE[scale][program] === "mandatory"),
);
const PU_SCALES_REQUIRING_JP = UMKM_SCALES.filter((scale) => PU_PROGRAMS_BY_SCALE[scale].JP === "mandatory");

/** First contribution months a BPU quote takes: from the first BPU rates to far enough ahead for any plan (ours). */
export const QUOTE_BPU_PERIODS = { min: BPU_RATES[0].from, max: "2099-12" } as const;

/** The years with a known JP wage cap. */
export const QUOTE_PU_YEARS = { min: JP_WAGE_CAPS[0].year, max: JP_WAGE_CAPS[JP_WAGE_CAPS.length - 1].year } as const;

/**
 * A list for a message that ends it with its own "atau" or "dan"
 * ("{list} atau {last}"): "1, 3, 6" and "12".
 */
const listParams = (items: readonly (string | number)[]) => ({ list: items.slice(0, -1).join(", "), last: String(items.at(-1)) });

/** The texts are in messages/id/api.json ("api.quote."); the values they name come from the rules here. */
export const QUOTE_MESSAGES = {
  /** Followed by the categories offered, as zod lists them (quoteQuerySchema). */
  categoryMissing: apiText("api.quote.categoryMissing", { choices: "" }),
  categoryUnsupported: apiText("api.quote.categoryUnsupported", { choices: "" }),
  incomeRequired: apiText("api.quote.incomeRequired"),
  incomeNotInteger: apiText("api.quote.incomeNotInteger"),
  incomeBelowMinimum: apiText("api.quote.incomeBelowMinimum"),
  incomeTooLarge: apiText("api.quote.incomeTooLarge", { max: formatRupiah(QUOTE_MAX_AMOUNT) }),
  programNotAvailable: (code: string) => apiText("api.quote.programNotAvailable", { code, choices: BPU_PROGRAMS_OFFERED.join(", ") }),
  programMandatoryMissing: apiText("api.quote.programMandatoryMissing", listParams(BPU_PROGRAMS_MANDATORY)),
  monthsInvalid: apiText("api.quote.monthsInvalid", listParams(PAYMENT_PERIODS)),
  periodInvalid: apiText("api.quote.periodInvalid", QUOTE_BPU_PERIODS),
  sectorInvalid: apiText("api.quote.sectorInvalid", listParams(RELIEF_SECTORS)),
  wageRequired: apiText("api.quote.wageRequired"),
  wageNotInteger: apiText("api.quote.wageNotInteger"),
  wageNotPositive: apiText("api.quote.wageNotPositive"),
  wageTooLarge: apiText("api.quote.wageTooLarge", { max: formatRupiah(QUOTE_MAX_AMOUNT) }),
  riskClassRequired: apiText("api.quote.riskClassRequired"),
  riskClassInvalid: apiText("api.quote.riskClassInvalid", listParams(RISK_CLASSES)),
  scaleRequired: apiText("api.quote.scaleRequired"),
  scaleInvalid: apiText("api.quote.scaleInvalid", listParams(UMKM_SCALES)),
  yearRequired: apiText("api.quote.yearRequired"),
  yearInvalid: apiText("api.quote.yearInvalid", QUOTE_PU_YEARS),
  puProgramNotAvailable: (code: string) => apiText("api.quote.puProgramNotAvailable", { code, choices: PU_PROGRAMS_OFFERED.join(", ") }),
  puProgramMandatoryMissing: apiText("api.quote.puProgramMandatoryMissing", listParams(PU_PROGRAMS_ALWAYS_MANDATORY)),
  jpRequiredForScale: apiText("api.quote.jpRequiredForScale", listParams(PU_SCALES_REQUIRING_JP)),
  contractValueRequired: apiText("api.quote.contractValueRequired"),
  contractValueNotInteger: apiText("api.quote.contractValueNotInteger"),
  contractValueNotPositive: apiText("api.quote.contractValueNotPositive"),
  contractValueTooLarge: apiText("api.quote.contractValueTooLarge", { max: formatRupiah(QUOTE_MAX_CONTRACT_VALUE) }),
} as const;

const wholeRupiah = (messages: { required: string; notInteger: string; min: string; max: string }, min: number, max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? messages.required : messages.notInteger) })
    .trim()
    .regex(/^[0-9]+$/, messages.notInteger)
    .transform(Number)
    // Digits only by now, so the integer check fails only past Number.MAX_SAFE_INTEGER or Infinity.
    .pipe(z.int(messages.max).min(min, messages.min).max(max, messages.max));

/** A small whole number from a fixed set or range; any other text gets `invalid`. */
const wholeNumber = (messages: { required: string; invalid: string }) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? messages.required : messages.invalid) })
    .trim()
    .regex(/^[0-9]{1,9}$/, messages.invalid)
    .transform(Number);

/** Comma-separated program codes, case-insensitive, trimmed, each once. */
const programList = <const T extends readonly Program[]>(offered: T, notAvailable: (code: string) => string) =>
  z
    .string()
    .transform((list) => [
      ...new Set(
        list
          .split(",")
          .map((code) => code.trim().toUpperCase())
          .filter((code) => code !== ""),
      ),
    ])
    .pipe(z.array(z.enum(offered, { error: (issue) => notAvailable(String(issue.input)) })));

const bpuQuerySchema = z.object({
  category: z.literal("BPU").describe("Participant category: BPU (Bukan Penerima Upah, self-employed)."),
  income: wholeRupiah(
    {
      required: QUOTE_MESSAGES.incomeRequired,
      notInteger: QUOTE_MESSAGES.incomeNotInteger,
      min: QUOTE_MESSAGES.incomeBelowMinimum,
      max: QUOTE_MESSAGES.incomeTooLarge,
    },
    BPU_MIN_INCOME,
    QUOTE_MAX_AMOUNT,
  ).describe(
    "Declared monthly income in whole rupiah, digits only, more than 0. The quote uses the base of the range of BPJS TK's BPU income table it falls in (Rp 1,000,000 up to Rp 1,099,999; Rp 20,700,000 from Rp 20,200,000).",
  ),
  programs: programList(BPU_PROGRAMS_OFFERED, QUOTE_MESSAGES.programNotAvailable)
    .default([...BPU_PROGRAMS_MANDATORY])
    .describe(
      `Comma-separated program codes, case-insensitive. ${BPU_PROGRAMS_MANDATORY.join(" and ")} are mandatory; ` +
        `${programsWith("BPU", "optional").join(", ")} optional.`,
    ),
  months: z
    .string()
    .trim()
    .regex(/^[0-9]+$/, QUOTE_MESSAGES.monthsInvalid)
    .transform(Number)
    .pipe(z.literal(PAYMENT_PERIODS, QUOTE_MESSAGES.monthsInvalid))
    .default(1)
    .describe("How many months are paid at once."),
  period: z
    .string()
    .trim()
    .refine((value) => isPeriod(value) && value >= QUOTE_BPU_PERIODS.min && value <= QUOTE_BPU_PERIODS.max, QUOTE_MESSAGES.periodInvalid)
    // A function, so the default is the month of the request, not of the deploy.
    .default(() => currentPeriod())
    .describe(
      "First contribution month, YYYY-MM; default the current month in Asia/Jakarta. Each month of the quote is priced by the rules and relief in force in that month.",
    ),
  sector: z
    .string()
    .trim()
    .transform((value) => value.toUpperCase())
    .pipe(z.enum(RELIEF_SECTORS, QUOTE_MESSAGES.sectorInvalid))
    .default("OTHER")
    .describe(
      "For contribution relief: TRANSPORT (ojek daring and pangkalan, drivers, couriers) or OTHER. " +
        `Reliefs: ${CONTRIBUTION_RELIEFS.map((r) => `${r.regulation} ${r.sectors.join("/")} ${r.from}…${r.to ?? ""}`).join("; ")}.`,
    ),
});

const puQuerySchema = z.object({
  category: z.literal("PU").describe("Participant category: PU (Penerima Upah, wage earners)."),
  wage: wholeRupiah(
    {
      required: QUOTE_MESSAGES.wageRequired,
      notInteger: QUOTE_MESSAGES.wageNotInteger,
      min: QUOTE_MESSAGES.wageNotPositive,
      max: QUOTE_MESSAGES.wageTooLarge,
    },
    1,
    QUOTE_MAX_AMOUNT,
  ).describe("Monthly wage (basic wage + fixed allowances) in whole rupiah, digits only."),
  riskClass: wholeNumber({ required: QUOTE_MESSAGES.riskClassRequired, invalid: QUOTE_MESSAGES.riskClassInvalid })
    .pipe(z.literal(RISK_CLASSES, QUOTE_MESSAGES.riskClassInvalid))
    .describe("JKK workplace risk class set by BPJS TK: 1 very low (0.24%) … 5 very high (1.74%)."),
  scale: z
    .enum(UMKM_SCALES, { error: (issue) => (issue.input === undefined ? QUOTE_MESSAGES.scaleRequired : QUOTE_MESSAGES.scaleInvalid) })
    .describe(
      `Business scale (PP 7/2021), upper case. JP is optional for ` +
        `${UMKM_SCALES.filter((scale) => PU_PROGRAMS_BY_SCALE[scale].JP === "optional").join(" and ")} businesses.`,
    ),
  year: wholeNumber({ required: QUOTE_MESSAGES.yearRequired, invalid: QUOTE_MESSAGES.yearInvalid })
    .pipe(z.int().min(QUOTE_PU_YEARS.min, QUOTE_MESSAGES.yearInvalid).max(QUOTE_PU_YEARS.max, QUOTE_MESSAGES.yearInvalid))
    .describe("Contribution year. The quote uses the rules in force in December of that year, so the JP wage cap set in that year."),
  programs: programList(PU_PROGRAMS_OFFERED, QUOTE_MESSAGES.puProgramNotAvailable)
    .refine(
      (programs) => PU_PROGRAMS_ALWAYS_MANDATORY.every((program) => programs.includes(program)),
      QUOTE_MESSAGES.puProgramMandatoryMissing,
    )
    .default([...PU_PROGRAMS_OFFERED])
    .describe(
      `Comma-separated program codes, case-insensitive. ${PU_PROGRAMS_ALWAYS_MANDATORY.join(", ")} are mandatory; ` +
        `JP is mandatory for ${PU_SCALES_REQUIRING_JP.join(" and ")} businesses and optional otherwise. JKP is never billed and is not chosen.`,
    ),
});

const jakonQuerySchema = z.object({
  category: z.literal("JAKON").describe("Participant category: JAKON (Jasa Konstruksi, a construction project)."),
  contractValue: wholeRupiah(
    {
      required: QUOTE_MESSAGES.contractValueRequired,
      notInteger: QUOTE_MESSAGES.contractValueNotInteger,
      min: QUOTE_MESSAGES.contractValueNotPositive,
      max: QUOTE_MESSAGES.contractValueTooLarge,
    },
    1,
    QUOTE_MAX_CONTRACT_VALUE,
  ).describe("Construction contract value in whole rupiah, digits only, when the workers' wages are not known."),
});

export const quoteQuerySchema = z.discriminatedUnion("category", [bpuQuerySchema, puQuerySchema, jakonQuerySchema], {
  error: (issue) => {
    if (issue.code !== "invalid_union") return undefined;
    const supported = "options" in issue && Array.isArray(issue.options) ? issue.options.join(", ") : "";
    const given = (issue.input as Record<string, unknown> | undefined)?.category;
    return apiText(given === undefined ? "api.quote.categoryMissing" : "api.quote.categoryUnsupported", { choices: supported });
  },
});

export type QuoteQuery = z.output<typeof quoteQuerySchema>;
export type BpuQuoteQuery = z.output<typeof bpuQuerySchema>;
export type PuQuoteQuery = z.output<typeof puQuerySchema>;
export type JakonQuoteQuery = z.output<typeof jakonQuerySchema>;

const rupiah = z.int().nonnegative();

export const quoteLineSchema = z.object({
  program: z.enum(PROGRAMS),
  amount: rupiah.describe("Per month, whole rupiah."),
});

const periodText = z.string().describe("A contribution month, YYYY-MM.");

const bpuLineSchema = z.object({
  program: z.enum(PROGRAMS),
  amount: rupiah.describe("What is charged for the program, whole rupiah, after any relief."),
  relief: rupiah.describe("What a relief took off the program's contribution (0 without relief)."),
});

const bpuQuoteSchema = z.object({
  category: z.literal("BPU"),
  period: periodText.describe("The first contribution month of the quote."),
  sector: z.enum(RELIEF_SECTORS),
  income: rupiah.describe("The base the contribution is computed on: the base of the income range, not the declared income."),
  incomeRange: z
    .object({
      from: rupiah.describe("The lowest income of the range."),
      to: rupiah.nullable().describe("The highest income of the range; null for the top range (Rp 20,200,000 and above)."),
      base: rupiah.describe("The range's base (equals `income`)."),
    })
    .describe("The range of BPJS TK's BPU income table the declared income falls in."),
  months: z.literal(PAYMENT_PERIODS),
  lines: z
    .array(bpuLineSchema)
    .describe("One line per chosen program, in the order JKK, JKM, JHT: what is charged for the whole quote (all its months)."),
  perMonth: z
    .array(
      z.object({
        period: periodText,
        base: rupiah.describe("The income base this month is priced on."),
        reliefId: z.string().nullable().describe("The relief applied this month, or null."),
        lines: z.array(bpuLineSchema).describe("This month's lines."),
        total: rupiah,
      }),
    )
    .describe("Each month of the quote, priced by its own rules."),
  schedule: z
    .array(z.object({ from: periodText, to: periodText, monthlyTotal: rupiah }))
    .describe("Runs of consecutive months that cost the same."),
  reliefs: z
    .array(
      z.object({
        id: z.string(),
        regulation: z.string().describe("The regulation, e.g. PP 50/2025."),
        until: periodText.describe("The relief's last contribution month."),
        monthlyAfter: rupiah.describe("What one month costs after the relief ends."),
        periods: z.array(periodText).describe("The months of this quote the relief applies to."),
        amount: rupiah.describe("Taken off over the whole quote."),
      }),
    )
    .describe("The reliefs that applied; empty when none did."),
  monthlyTotal: rupiah.describe("What the first month costs."),
  total: rupiah.describe("The sum of the months: what is charged for the whole quote."),
});

const puQuoteLineSchema = z.object({
  program: z.enum(PU_PROGRAMS_OFFERED),
  employer: rupiah.describe("Paid by the employer, per month."),
  worker: rupiah.describe("Deducted from the worker's wage, per month."),
  amount: rupiah.describe("employer + worker."),
});

const puNotBilledLineSchema = z
  .object({
    program: z.literal("JKP"),
    wageBasis: rupiah.describe("The wage up to the JKP cap (Rp 5,000,000)."),
    government: rupiah.describe("Paid by the central government."),
    fromJkk: rupiah.describe("Part of the JKK line above, moved to JKP by BPJS TK (recomposition)."),
    fromJkm: rupiah.describe("Part of the JKM line above, moved to JKP (PP 37/2021 only; 0 from February 2025)."),
    amount: rupiah.describe("government + fromJkk + fromJkm."),
  })
  .describe("Shown for information: nobody is billed for it.");

const puQuoteSchema = z.object({
  category: z.literal("PU"),
  wage: rupiah,
  riskClass: z.literal(RISK_CLASSES),
  scale: z.enum(UMKM_SCALES),
  year: z.int(),
  period: z.string().describe("The contribution period (YYYY-MM) whose rules were used: December of `year`."),
  jpWageCap: rupiah.describe("JP is computed on the wage up to this cap."),
  lines: z.array(puQuoteLineSchema).describe("Billed programs, in the order JKK, JKM, JHT, JP."),
  notBilled: z.array(puNotBilledLineSchema).describe("JKP, for information; not part of any total."),
  employerTotal: rupiah,
  workerTotal: rupiah,
  monthlyTotal: rupiah.describe("employerTotal + workerTotal = the sum of the lines' amounts."),
});

const jakonQuoteSchema = z.object({
  category: z.literal("JAKON"),
  contractValue: rupiah,
  lines: z
    .array(
      z.object({
        program: z.enum(["JKK", "JKM"]),
        amount: rupiah.describe("For the whole project, whole rupiah."),
      }),
    )
    .describe("JKK then JKM."),
  total: rupiah.describe("Paid once for the project's duration."),
});

export const quoteResponseSchema = z.discriminatedUnion("category", [bpuQuoteSchema, puQuoteSchema, jakonQuoteSchema]);

export type QuoteResponse = z.output<typeof quoteResponseSchema>;
