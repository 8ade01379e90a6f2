import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { queryRecord } from "../../lib/api/query";
import { parseQuoteQuery, quoteContribution, type QuoteResult } from "../../lib/quote/quote";
import { type BpuQuoteQuery, QUOTE_MESSAGES, quoteQuerySchema } from "../../lib/quote/schema";

/** Parse and quote, as the route does. */
function quote(query: Record<string, string>): QuoteResult {
  const parsed = parseQuoteQuery(query);
  return parsed.ok ? quoteContribution(parsed.value) : parsed;
}

const fieldsOf = (result: QuoteResult) => (result.ok ? null : result.fields);

describe("quote query schema", () => {
  it("defaults programs to the mandatory JKK,JKM and months to 1", () => {
    expect(parseQuoteQuery({ category: "BPU", income: "1000000" })).toEqual({
      ok: true,
      value: { category: "BPU", income: 1_000_000, programs: ["JKK", "JKM"], months: 1 },
    });
  });

  it("reads programs case-insensitively, trimmed, once each", () => {
    const parsed = parseQuoteQuery({ category: "BPU", income: "1000000", programs: " jkk, Jkm ,JHT,jkk", months: "12" });
    expect(parsed).toEqual({
      ok: true,
      value: { category: "BPU", income: 1_000_000, programs: ["JKK", "JKM", "JHT"], months: 12 },
    });
  });

  it("accepts every payment period and income up to Rp 1 trillion", () => {
    for (const months of ["1", "3", "6", "12"]) {
      expect(parseQuoteQuery({ category: "BPU", income: "1000000000000", months }).ok).toBe(true);
    }
  });

  it("is a discriminated union on category, so PU and JAKON can join as options", () => {
    expect(quoteQuerySchema.def.discriminator).toBe("category");
    expect(quoteQuerySchema.options.map((option) => option.shape.category.value)).toEqual(["BPU"]);
  });
});

describe("quoteContribution: regulation examples (PP 44/2015, PP 46/2015)", () => {
  it("income Rp 1,000,000, JKK + JKM, 1 month: JKK 10,000 + JKM 6,800", () => {
    expect(quote({ category: "BPU", income: "1000000", programs: "JKK,JKM", months: "1" })).toEqual({
      ok: true,
      value: {
        category: "BPU",
        income: 1_000_000,
        months: 1,
        lines: [
          { program: "JKK", amount: 10_000 },
          { program: "JKM", amount: 6_800 },
        ],
        monthlyTotal: 16_800,
        total: 16_800,
      },
    });
  });

  it("adds JHT at 2%: Rp 36,800 a month", () => {
    const result = quote({ category: "BPU", income: "1000000", programs: "JKK,JKM,JHT" });
    expect(result.ok && result.value).toMatchObject({
      lines: [
        { program: "JKK", amount: 10_000 },
        { program: "JKM", amount: 6_800 },
        { program: "JHT", amount: 20_000 },
      ],
      monthlyTotal: 36_800,
      total: 36_800,
    });
  });

  it("12 months of JKK + JKM: Rp 201,600", () => {
    const result = quote({ category: "BPU", income: "1000000", months: "12" });
    expect(result.ok && result.value).toMatchObject({ months: 12, monthlyTotal: 16_800, total: 201_600 });
  });

  it("reports the tier used: Rp 1,550,000 is quoted on Rp 1,500,000", () => {
    const result = quote({ category: "BPU", income: "1550000" });
    expect(result.ok && result.value).toMatchObject({
      income: 1_500_000,
      lines: [
        { program: "JKK", amount: 15_000 },
        { program: "JKM", amount: 6_800 },
      ],
      monthlyTotal: 21_800,
    });
  });

  it("always totals monthlyTotal × months on a tier not above the declared income", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000_000, max: 1_000_000_000_000 }),
        fc.constantFrom("1", "3", "6", "12"),
        fc.boolean(),
        (income, months, jht) => {
          const result = quote({ category: "BPU", income: String(income), months, programs: jht ? "JKK,JKM,JHT" : "JKK,JKM" });
          if (!result.ok) return false;
          const { value } = result;
          return (
            value.income <= income &&
            value.monthlyTotal === value.lines.reduce((sum, line) => sum + line.amount, 0) &&
            value.total === value.monthlyTotal * Number(months)
          );
        },
      ),
    );
  });
});

describe("invalid input: one message on the right field", () => {
  const cases: [string, Record<string, string>, Record<string, string>][] = [
    ["missing income", { category: "BPU" }, { income: QUOTE_MESSAGES.incomeRequired }],
    ["non-numeric income", { category: "BPU", income: "satu juta" }, { income: QUOTE_MESSAGES.incomeNotInteger }],
    ["decimal income", { category: "BPU", income: "1000000.5" }, { income: QUOTE_MESSAGES.incomeNotInteger }],
    ["grouped income", { category: "BPU", income: "1.000.000" }, { income: QUOTE_MESSAGES.incomeNotInteger }],
    ["negative income", { category: "BPU", income: "-1000000" }, { income: QUOTE_MESSAGES.incomeNotInteger }],
    ["exponent income", { category: "BPU", income: "1e6" }, { income: QUOTE_MESSAGES.incomeNotInteger }],
    ["empty income", { category: "BPU", income: "" }, { income: QUOTE_MESSAGES.incomeNotInteger }],
    ["income below the minimum", { category: "BPU", income: "999999" }, { income: "Penghasilan minimal Rp 1.000.000" }],
    ["income above Rp 1 trillion", { category: "BPU", income: "1000000000001" }, { income: QUOTE_MESSAGES.incomeTooLarge }],
    ["income past safe integers", { category: "BPU", income: "9".repeat(400) }, { income: QUOTE_MESSAGES.incomeTooLarge }],
    ["JKM left out", { category: "BPU", income: "1000000", programs: "JKK" }, { programs: "JKK dan JKM wajib untuk BPU" }],
    ["empty program list", { category: "BPU", income: "1000000", programs: "" }, { programs: QUOTE_MESSAGES.programMandatoryMissing }],
    ["JP is not for BPU", { category: "BPU", income: "1000000", programs: "JKK,JKM,JP" }, { programs: QUOTE_MESSAGES.programNotAvailable("JP") }],
    ["unknown program", { category: "BPU", income: "1000000", programs: "JKK,JKM,XYZ" }, { programs: QUOTE_MESSAGES.programNotAvailable("XYZ") }],
    ["2 months", { category: "BPU", income: "1000000", months: "2" }, { months: "Lama pembayaran harus 1, 3, 6 atau 12 bulan" }],
    ["0 months", { category: "BPU", income: "1000000", months: "0" }, { months: QUOTE_MESSAGES.monthsInvalid }],
    ["months in words", { category: "BPU", income: "1000000", months: "satu" }, { months: QUOTE_MESSAGES.monthsInvalid }],
    ["category PU, not yet supported", { category: "PU", income: "1000000" }, { category: "Kategori belum didukung; pilihan: BPU" }],
    ["lowercase category", { category: "bpu", income: "1000000" }, { category: "Kategori belum didukung; pilihan: BPU" }],
    ["missing category", { income: "1000000" }, { category: "Kategori wajib diisi; pilihan: BPU" }],
  ];

  it.each(cases)("%s", (_, query, fields) => {
    expect(fieldsOf(quote(query))).toEqual(fields);
  });

  it("names the program that is not available", () => {
    expect(QUOTE_MESSAGES.programNotAvailable("JP")).toBe("Program JP tidak tersedia untuk BPU; pilihan: JKK, JKM, JHT");
  });

  it("reports every invalid field at once", () => {
    expect(fieldsOf(quote({ category: "BPU", income: "abc", programs: "JKK,JP", months: "2" }))).toEqual({
      income: QUOTE_MESSAGES.incomeNotInteger,
      programs: QUOTE_MESSAGES.programNotAvailable("JP"),
      months: QUOTE_MESSAGES.monthsInvalid,
    });
  });
});

describe("domain errors reach the right field even past the schema", () => {
  // Callers that build the query themselves (the portal, later) skip the
  // schema; the domain's own checks must still land on the right field.
  const base: BpuQuoteQuery = { category: "BPU", income: 1_000_000, programs: ["JKK", "JKM"], months: 1 };

  it.each<[string, BpuQuoteQuery, Record<string, string>]>([
    ["income_below_minimum", { ...base, income: 999_999 }, { income: QUOTE_MESSAGES.incomeBelowMinimum }],
    ["income_not_integer", { ...base, income: 1_000_000.5 }, { income: QUOTE_MESSAGES.incomeNotInteger }],
    ["program_mandatory_missing", { ...base, programs: ["JKK"] }, { programs: QUOTE_MESSAGES.programMandatoryMissing }],
    [
      "program_not_available",
      { ...base, programs: ["JKK", "JKM", "JP"] as unknown as BpuQuoteQuery["programs"] },
      { programs: QUOTE_MESSAGES.programNotAvailable("JP") },
    ],
    ["months_invalid", { ...base, months: 2 as unknown as BpuQuoteQuery["months"] }, { months: QUOTE_MESSAGES.monthsInvalid }],
  ])("%s", (_, query, fields) => {
    expect(quoteContribution(query)).toEqual({ ok: false, fields });
  });
});

describe("queryRecord", () => {
  it("turns search parameters into a record", () => {
    expect(queryRecord(new URLSearchParams("category=BPU&income=1000000&programs=JKK,JKM"))).toEqual({
      ok: true,
      value: { category: "BPU", income: "1000000", programs: "JKK,JKM" },
    });
  });

  it("refuses a parameter given twice instead of picking one", () => {
    expect(queryRecord(new URLSearchParams("category=BPU&income=1000000&income=5000000"))).toEqual({
      ok: false,
      fields: { income: "Parameter ini hanya boleh diberikan sekali" },
    });
  });
});
