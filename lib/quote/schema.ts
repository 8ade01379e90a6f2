// GET /api/v1/contributions/quote: the query and the response, one source of
// truth for the route, the quote function and the OpenAPI document.
// Query values arrive as strings; each parameter is a string schema piped into
// the typed value, so the OpenAPI document shows the typed side.
// PU (wage, riskClass, scale, year) and JAKON (contractValue) join later as
// more options of the discriminated unions below.
import { z } from "zod";
import { BPU_MIN_INCOME } from "../domain/contributions/bpu";
import { formatRupiah } from "../domain/money";
import { PAYMENT_PERIODS, PROGRAMS, programsWith } from "../domain/programs";

/** Far above any real income; keeps Number() exact and rejects typos with extra digits. */
export const QUOTE_MAX_AMOUNT = 1_000_000_000_000;

const BPU_PROGRAMS_OFFERED = PROGRAMS.filter((program) => !programsWith("BPU", "unavailable").includes(program));
const BPU_PROGRAMS_MANDATORY = programsWith("BPU", "mandatory");

export const QUOTE_MESSAGES = {
  categoryMissing: "Kategori wajib diisi; pilihan: ",
  categoryUnsupported: "Kategori belum didukung; pilihan: ",
  incomeRequired: "Penghasilan wajib diisi",
  incomeNotInteger: "Penghasilan harus berupa bilangan bulat rupiah tanpa tanda, titik, koma, atau desimal (contoh: 1500000)",
  incomeBelowMinimum: `Penghasilan minimal ${formatRupiah(BPU_MIN_INCOME)}`,
  incomeTooLarge: `Penghasilan maksimal ${formatRupiah(QUOTE_MAX_AMOUNT)}`,
  programNotAvailable: (code: string) =>
    `Program ${code} tidak tersedia untuk BPU; pilihan: ${BPU_PROGRAMS_OFFERED.join(", ")}`,
  programMandatoryMissing: `${BPU_PROGRAMS_MANDATORY.join(" dan ")} wajib untuk BPU`,
  monthsInvalid: `Lama pembayaran harus ${PAYMENT_PERIODS.slice(0, -1).join(", ")} atau ${PAYMENT_PERIODS.at(-1)} bulan`,
} as const;

const wholeRupiah = (messages: { required: string; notInteger: string; min: string; max: string }, min: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? messages.required : messages.notInteger) })
    .trim()
    .regex(/^[0-9]+$/, messages.notInteger)
    .transform(Number)
    // Digits only by now, so the integer check fails only past Number.MAX_SAFE_INTEGER or Infinity.
    .pipe(z.int(messages.max).min(min, messages.min).max(QUOTE_MAX_AMOUNT, messages.max));

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
  ).describe(
    "Declared monthly income in whole rupiah, digits only. The quote uses the income tier at or below it; incomes above the top tier pay the top tier.",
  ),
  programs: z
    .string()
    .transform((list) => [
      ...new Set(
        list
          .split(",")
          .map((code) => code.trim().toUpperCase())
          .filter((code) => code !== ""),
      ),
    ])
    .pipe(z.array(z.enum(BPU_PROGRAMS_OFFERED, { error: (issue) => QUOTE_MESSAGES.programNotAvailable(String(issue.input)) })))
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
});

export const quoteQuerySchema = z.discriminatedUnion("category", [bpuQuerySchema], {
  error: (issue) => {
    if (issue.code !== "invalid_union") return undefined;
    const supported = "options" in issue && Array.isArray(issue.options) ? issue.options.join(", ") : "";
    const given = (issue.input as Record<string, unknown> | undefined)?.category;
    return (given === undefined ? QUOTE_MESSAGES.categoryMissing : QUOTE_MESSAGES.categoryUnsupported) + supported;
  },
});

export type QuoteQuery = z.output<typeof quoteQuerySchema>;
export type BpuQuoteQuery = z.output<typeof bpuQuerySchema>;

const rupiah = z.int().nonnegative();

export const quoteLineSchema = z.object({
  program: z.enum(PROGRAMS),
  amount: rupiah.describe("Per month, whole rupiah."),
});

const bpuQuoteSchema = z.object({
  category: z.literal("BPU"),
  income: rupiah.describe("The income tier the contribution is computed on, not the declared income."),
  months: z.literal(PAYMENT_PERIODS),
  lines: z.array(quoteLineSchema).describe("One line per chosen program, in the order JKK, JKM, JHT."),
  monthlyTotal: rupiah,
  total: rupiah.describe("monthlyTotal × months."),
});

export const quoteResponseSchema = z.discriminatedUnion("category", [bpuQuoteSchema]);

export type QuoteResponse = z.output<typeof quoteResponseSchema>;
