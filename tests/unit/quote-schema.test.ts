import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { queryRecord } from "../../lib/http/query";
import { currentPeriod } from "../../lib/domain/billing-period";
import { parseQuoteQuery, quoteContribution, type QuoteResult } from "../../lib/quote/quote";
import { type BpuQuoteQuery, type PuQuoteQuery, QUOTE_MESSAGES, quoteQuerySchema } from "../../lib/quote/schema";
import { lowestBpuQuote } from "../support/quotes";

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
      value: { category: "BPU", income: 1_000_000, programs: ["JKK", "JKM"], months: 1, period: currentPeriod(), sector: "OTHER" },
    });
  });

  it("BPU: reads the first contribution month and the relief sector, and refuses others", () => {
    expect(parseQuoteQuery({ category: "BPU", income: "1000000", period: "2026-11", sector: "transport" })).toMatchObject({
      ok: true,
      value: { period: "2026-11", sector: "TRANSPORT" },
    });
    expect(fieldsOf(quote({ category: "BPU", income: "1000000", period: "2026-13", sector: "FARMING" }))).toEqual({
      period: QUOTE_MESSAGES.periodInvalid,
      sector: QUOTE_MESSAGES.sectorInvalid,
    });
    expect(fieldsOf(quote({ category: "BPU", income: "1000000", period: "2015-06" }))).toEqual({ period: QUOTE_MESSAGES.periodInvalid });
    expect(fieldsOf(quote({ category: "BPU", income: "1000000", period: "9999-12", months: "12" }))).toEqual({
      period: QUOTE_MESSAGES.periodInvalid,
    });
    expect(QUOTE_MESSAGES.periodInvalid).toContain("antara 2015-07 dan 2099-12");
    expect(QUOTE_MESSAGES.sectorInvalid).toBe("Sektor harus TRANSPORT atau OTHER");
  });

  it("reads programs case-insensitively, trimmed, once each", () => {
    const parsed = parseQuoteQuery({ category: "BPU", income: "1000000", programs: " jkk, Jkm ,JHT,jkk", months: "12" });
    expect(parsed).toEqual({
      ok: true,
      value: { category: "BPU", income: 1_000_000, programs: ["JKK", "JKM", "JHT"], months: 12, period: currentPeriod(), sector: "OTHER" },
    });
  });

  it("accepts every payment period and income up to Rp 1 trillion", () => {
    for (const months of ["1", "3", "6", "12"]) {
      expect(parseQuoteQuery({ category: "BPU", income: "1000000000000", months }).ok).toBe(true);
    }
  });

  it("is a discriminated union on category: BPU, PU, JAKON", () => {
    expect(quoteQuerySchema.def.discriminator).toBe("category");
    expect(quoteQuerySchema.options.map((option) => option.shape.category.value)).toEqual(["BPU", "PU", "JAKON"]);
  });

  it("PU: reads wage, risk class, scale and year; programs default to JKK,JKM,JHT,JP", () => {
    expect(parseQuoteQuery({ category: "PU", wage: "5000000", riskClass: "1", scale: "SMALL", year: "2025" })).toEqual({
      ok: true,
      value: { category: "PU", wage: 5_000_000, riskClass: 1, scale: "SMALL", year: 2025, programs: ["JKK", "JKM", "JHT", "JP"] },
    });
    expect(
      parseQuoteQuery({ category: "PU", wage: " 5000000 ", riskClass: "5", scale: "MICRO", year: "2015", programs: "jht, jkm,JKK" }),
    ).toMatchObject({ ok: true, value: { wage: 5_000_000, riskClass: 5, year: 2015, programs: ["JHT", "JKM", "JKK"] } });
  });

  it("JAKON: reads the contract value, up to Rp 1 quadrillion", () => {
    expect(parseQuoteQuery({ category: "JAKON", contractValue: "500000000" })).toEqual({
      ok: true,
      value: { category: "JAKON", contractValue: 500_000_000 },
    });
    expect(parseQuoteQuery({ category: "JAKON", contractValue: "1000000000000000" }).ok).toBe(true);
  });
});

/** Twelve months from here are all before PP 50/2025's relief. */
const BEFORE_RELIEF = "2025-01";

describe("quoteContribution: regulation examples (PP 44/2015, PP 46/2015)", () => {
  it("income Rp 1,000,000, JKK + JKM, 1 month: JKK 10,000 + JKM 6,800", () => {
    expect(quote({ category: "BPU", income: "1000000", programs: "JKK,JKM", months: "1", period: BEFORE_RELIEF })).toEqual({
      ok: true,
      value: lowestBpuQuote(BEFORE_RELIEF),
    });
  });

  it("adds JHT at 2%: Rp 36,800 a month", () => {
    const result = quote({ category: "BPU", income: "1000000", programs: "JKK,JKM,JHT", period: BEFORE_RELIEF });
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
    const result = quote({ category: "BPU", income: "1000000", months: "12", period: BEFORE_RELIEF });
    expect(result.ok && result.value).toMatchObject({ months: 12, monthlyTotal: 16_800, total: 201_600 });
  });

  it("reports the range used: Rp 1,550,000 falls in 1,500,000–1,699,999 and is quoted on its base, Rp 1,600,000", () => {
    const result = quote({ category: "BPU", income: "1550000", period: BEFORE_RELIEF });
    expect(result.ok && result.value).toMatchObject({
      income: 1_600_000,
      incomeRange: { from: 1_500_000, to: 1_699_999, base: 1_600_000 },
      lines: [
        { program: "JKK", amount: 16_000 },
        { program: "JKM", amount: 6_800 },
      ],
      monthlyTotal: 22_800,
    });
  });

  it("quotes an income under Rp 1,100,000 on the lowest base instead of refusing it", () => {
    const result = quote({ category: "BPU", income: "750000", period: BEFORE_RELIEF });
    expect(result.ok && result.value).toMatchObject({ income: 1_000_000, monthlyTotal: 16_800 });
  });

  it("PP 50/2025: a 3-month quote from November 2026 charges 8,400 + 8,400 + 16,800 and says which relief applied", () => {
    const result = quote({ category: "BPU", income: "1000000", months: "3", period: "2026-11" });
    expect(result.ok && result.value).toMatchObject({
      lines: [
        { program: "JKK", amount: 20_000, relief: 10_000 },
        { program: "JKM", amount: 13_600, relief: 6_800 },
      ],
      reliefs: [
        { id: "PP50_2025_OTHER", regulation: "PP 50/2025", until: "2026-12", monthlyAfter: 16_800, periods: ["2026-11", "2026-12"] },
      ],
      monthlyTotal: 8_400,
      total: 33_600,
    });
    const transport = quote({ category: "BPU", income: "1000000", months: "3", period: "2026-11", sector: "TRANSPORT" });
    expect(transport.ok && transport.value).toMatchObject({ total: 25_200, reliefs: [{ id: "PP50_2025_TRANSPORT", until: "2027-03" }] });
  });

  it("always totals monthlyTotal × months on the base of the range the declared income falls in", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 1, max: 25_000_000 }), fc.integer({ min: 1, max: 1_000_000_000_000 })),
        fc.constantFrom("1", "3", "6", "12"),
        fc.boolean(),
        (income, months, jht) => {
          const result = quote({
            category: "BPU",
            income: String(income),
            months,
            programs: jht ? "JKK,JKM,JHT" : "JKK,JKM",
            period: BEFORE_RELIEF,
          });
          if (!result.ok || result.value.category !== "BPU") return false;
          const { value } = result;
          return (
            value.incomeRange.from <= income &&
            (value.incomeRange.to === null || income <= value.incomeRange.to) &&
            value.income === value.incomeRange.base &&
            value.total === value.lines.reduce((sum, line) => sum + line.amount, 0) &&
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
    ["income of zero", { category: "BPU", income: "0" }, { income: "Penghasilan harus lebih dari Rp 0" }],
    ["income above Rp 1 trillion", { category: "BPU", income: "1000000000001" }, { income: QUOTE_MESSAGES.incomeTooLarge }],
    ["income past safe integers", { category: "BPU", income: "9".repeat(400) }, { income: QUOTE_MESSAGES.incomeTooLarge }],
    ["JKM left out", { category: "BPU", income: "1000000", programs: "JKK" }, { programs: "JKK dan JKM wajib untuk BPU" }],
    ["empty program list", { category: "BPU", income: "1000000", programs: "" }, { programs: QUOTE_MESSAGES.programMandatoryMissing }],
    [
      "JP is not for BPU",
      { category: "BPU", income: "1000000", programs: "JKK,JKM,JP" },
      { programs: QUOTE_MESSAGES.programNotAvailable("JP") },
    ],
    [
      "unknown program",
      { category: "BPU", income: "1000000", programs: "JKK,JKM,XYZ" },
      { programs: QUOTE_MESSAGES.programNotAvailable("XYZ") },
    ],
    ["2 months", { category: "BPU", income: "1000000", months: "2" }, { months: "Lama pembayaran harus 1, 3, 6 atau 12 bulan" }],
    ["0 months", { category: "BPU", income: "1000000", months: "0" }, { months: QUOTE_MESSAGES.monthsInvalid }],
    ["months in words", { category: "BPU", income: "1000000", months: "satu" }, { months: QUOTE_MESSAGES.monthsInvalid }],
    ["unknown category", { category: "PBI", income: "1000000" }, { category: "Kategori belum didukung; pilihan: BPU, PU, JAKON" }],
    ["lowercase category", { category: "bpu", income: "1000000" }, { category: "Kategori belum didukung; pilihan: BPU, PU, JAKON" }],
    ["missing category", { income: "1000000" }, { category: "Kategori wajib diisi; pilihan: BPU, PU, JAKON" }],
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
  const base: BpuQuoteQuery = {
    category: "BPU",
    income: 1_000_000,
    programs: ["JKK", "JKM"],
    months: 1,
    period: "2026-12",
    sector: "OTHER",
  };

  it.each<[string, BpuQuoteQuery, Record<string, string>]>([
    ["income_below_minimum", { ...base, income: 0 }, { income: QUOTE_MESSAGES.incomeBelowMinimum }],
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

describe("quoteContribution PU: regulation examples (PP 44/2015, PP 45/2015, PP 46/2015, PP 6/2025)", () => {
  const pu = { category: "PU", riskClass: "1", scale: "SMALL", year: "2025" };

  it("Rp 5,000,000, risk class 1, small business, 2025: employer and worker shares, JKP apart", () => {
    expect(quote({ ...pu, wage: "5000000" })).toEqual({
      ok: true,
      value: {
        category: "PU",
        wage: 5_000_000,
        riskClass: 1,
        scale: "SMALL",
        year: 2025,
        period: "2025-12",
        jpWageCap: 10_547_400,
        lines: [
          { program: "JKK", employer: 12_000, worker: 0, amount: 12_000 },
          { program: "JKM", employer: 15_000, worker: 0, amount: 15_000 },
          { program: "JHT", employer: 185_000, worker: 100_000, amount: 285_000 },
          { program: "JP", employer: 100_000, worker: 50_000, amount: 150_000 },
        ],
        notBilled: [{ program: "JKP", wageBasis: 5_000_000, government: 11_000, fromJkk: 7_000, fromJkm: 0, amount: 18_000 }],
        employerTotal: 312_000,
        workerTotal: 150_000,
        monthlyTotal: 462_000,
      },
    });
  });

  it("a wage above the JP cap pays JP on the cap of the year asked for", () => {
    const in2025 = quote({ ...pu, wage: "20000000" });
    expect(in2025.ok && in2025.value).toMatchObject({
      jpWageCap: 10_547_400,
      lines: [{}, {}, { employer: 740_000, worker: 400_000 }, { program: "JP", employer: 210_948, worker: 105_474 }],
    });
    const in2026 = quote({ ...pu, wage: "20000000", year: "2026" });
    expect(in2026.ok && in2026.value).toMatchObject({ jpWageCap: 11_086_300, lines: [{}, {}, {}, { employer: 221_726, worker: 110_863 }] });
  });

  it("a micro business may leave JP out", () => {
    const result = quote({ ...pu, scale: "MICRO", wage: "5000000", programs: "JKK,JKM,JHT" });
    expect(result.ok && result.value).toMatchObject({
      lines: [{ program: "JKK" }, { program: "JKM" }, { program: "JHT" }],
      employerTotal: 212_000,
      workerTotal: 100_000,
      monthlyTotal: 312_000,
    });
  });
});

describe("quoteContribution JAKON: regulation example (PP 44/2015, marginal tiers)", () => {
  it("Rp 500 million: JKK 890,000 + JKM 110,000, once for the project", () => {
    expect(quote({ category: "JAKON", contractValue: "500000000" })).toEqual({
      ok: true,
      value: {
        category: "JAKON",
        contractValue: 500_000_000,
        lines: [
          { program: "JKK", amount: 890_000 },
          { program: "JKM", amount: 110_000 },
        ],
        total: 1_000_000,
      },
    });
  });
});

describe("invalid PU and JAKON input: one message on the right field", () => {
  const pu = { category: "PU", wage: "5000000", riskClass: "1", scale: "SMALL", year: "2025" };
  const cases: [string, Record<string, string>, Record<string, string>][] = [
    [
      "PU with nothing else",
      { category: "PU" },
      {
        wage: "Upah wajib diisi",
        riskClass: "Kelas risiko wajib diisi",
        scale: "Skala usaha wajib diisi",
        year: "Tahun wajib diisi",
      },
    ],
    ["grouped wage", { ...pu, wage: "5.000.000" }, { wage: QUOTE_MESSAGES.wageNotInteger }],
    ["zero wage", { ...pu, wage: "0" }, { wage: "Upah harus lebih dari Rp 0" }],
    ["wage above Rp 1 trillion", { ...pu, wage: "1000000000001" }, { wage: QUOTE_MESSAGES.wageTooLarge }],
    ["risk class 0", { ...pu, riskClass: "0" }, { riskClass: "Kelas risiko harus 1, 2, 3, 4 atau 5" }],
    ["risk class 6", { ...pu, riskClass: "6" }, { riskClass: QUOTE_MESSAGES.riskClassInvalid }],
    ["risk class in words", { ...pu, riskClass: "rendah" }, { riskClass: QUOTE_MESSAGES.riskClassInvalid }],
    ["lowercase scale", { ...pu, scale: "small" }, { scale: "Skala usaha harus MICRO, SMALL, MEDIUM atau LARGE" }],
    ["year before JP", { ...pu, year: "2014" }, { year: "Tahun harus antara 2015 dan 2026" }],
    ["year without a known JP cap", { ...pu, year: "2027" }, { year: QUOTE_MESSAGES.yearInvalid }],
    ["year as a date", { ...pu, year: "2025-03" }, { year: QUOTE_MESSAGES.yearInvalid }],
    ["JHT left out", { ...pu, programs: "JKK,JKM" }, { programs: "JKK, JKM dan JHT wajib untuk PU" }],
    ["JKP chosen", { ...pu, programs: "JKK,JKM,JHT,JKP" }, { programs: QUOTE_MESSAGES.puProgramNotAvailable("JKP") }],
    [
      "JP left out by a medium business",
      { ...pu, scale: "MEDIUM", programs: "JKK,JKM,JHT" },
      { programs: "JP wajib untuk skala usaha MEDIUM dan LARGE" },
    ],
    ["JAKON without a value", { category: "JAKON" }, { contractValue: "Nilai kontrak wajib diisi" }],
    ["JAKON value 0", { category: "JAKON", contractValue: "0" }, { contractValue: "Nilai kontrak harus lebih dari Rp 0" }],
    [
      "JAKON value with decimals",
      { category: "JAKON", contractValue: "500000000,00" },
      { contractValue: QUOTE_MESSAGES.contractValueNotInteger },
    ],
    [
      "JAKON value too large",
      { category: "JAKON", contractValue: "1000000000000001" },
      { contractValue: QUOTE_MESSAGES.contractValueTooLarge },
    ],
  ];

  it.each(cases)("%s", (_, query, fields) => {
    expect(fieldsOf(quote(query))).toEqual(fields);
  });

  it("reports every invalid PU field at once, programs included", () => {
    expect(fieldsOf(quote({ ...pu, wage: "abc", riskClass: "9", programs: "JKK" }))).toEqual({
      wage: QUOTE_MESSAGES.wageNotInteger,
      riskClass: QUOTE_MESSAGES.riskClassInvalid,
      programs: QUOTE_MESSAGES.puProgramMandatoryMissing,
    });
  });

  it("names the program that cannot be chosen", () => {
    expect(QUOTE_MESSAGES.puProgramNotAvailable("JKP")).toBe("Program JKP tidak dapat dipilih untuk PU; pilihan: JKK, JKM, JHT, JP");
  });
});

describe("PU domain errors reach the right field even past the schema", () => {
  const base: PuQuoteQuery = {
    category: "PU",
    wage: 5_000_000,
    riskClass: 1,
    scale: "SMALL",
    year: 2025,
    programs: ["JKK", "JKM", "JHT", "JP"],
  };
  const cast = <T>(value: unknown) => value as T;

  it.each<[string, PuQuoteQuery, Record<string, string>]>([
    ["wage_not_integer", { ...base, wage: 5_000_000.5 }, { wage: QUOTE_MESSAGES.wageNotInteger }],
    ["wage_not_positive", { ...base, wage: 0 }, { wage: QUOTE_MESSAGES.wageNotPositive }],
    ["risk_class_invalid", { ...base, riskClass: cast(7) }, { riskClass: QUOTE_MESSAGES.riskClassInvalid }],
    ["scale_invalid", { ...base, scale: cast("HUGE") }, { scale: QUOTE_MESSAGES.scaleInvalid }],
    ["period_before_jp", { ...base, year: 2014 }, { year: QUOTE_MESSAGES.yearInvalid }],
    ["period_invalid", { ...base, year: 12_345 }, { year: QUOTE_MESSAGES.yearInvalid }],
    [
      "jp_required_for_scale",
      { ...base, scale: "LARGE", programs: ["JKK", "JKM", "JHT"] },
      { programs: QUOTE_MESSAGES.jpRequiredForScale },
    ],
    ["mandatory program missing", { ...base, programs: ["JKK", "JKM", "JP"] }, { programs: QUOTE_MESSAGES.puProgramMandatoryMissing }],
  ])("%s", (_, query, fields) => {
    expect(quoteContribution(query)).toEqual({ ok: false, fields });
  });

  it("JAKON: contract_value_not_integer and contract_value_not_positive", () => {
    expect(quoteContribution({ category: "JAKON", contractValue: 1.5 })).toEqual({
      ok: false,
      fields: { contractValue: QUOTE_MESSAGES.contractValueNotInteger },
    });
    expect(quoteContribution({ category: "JAKON", contractValue: -1 })).toEqual({
      ok: false,
      fields: { contractValue: QUOTE_MESSAGES.contractValueNotPositive },
    });
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
