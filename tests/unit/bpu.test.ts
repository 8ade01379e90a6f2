import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BPU_MIN_INCOME, bpuLowestMonthly, calculateBpuContribution } from "../../lib/domain/contributions/bpu";
import { BPU_INCOME_RANGES, bpuIncomeRange } from "../../lib/domain/contributions/bpu-income-ranges";
import { PAYMENT_PERIODS, type PaymentPeriod, type Program } from "../../lib/domain/programs";
import { lowestBpuQuote } from "../support/quotes";

/** Before any relief: the regulation's own amounts. */
const WITHOUT_RELIEF = "2024-06"; // and the 11 months after it

const calculate = (income: number, programs: Program[], months: PaymentPeriod = 1, period = WITHOUT_RELIEF) =>
  calculateBpuContribution({ income, programs, months, period });

describe("BPU income ranges (BPJS TK's BPU table, December 2015)", () => {
  const base = (income: number) => bpuIncomeRange(income).base;

  it("has 33 ranges from Rp 1 upwards, each starting one rupiah after the last one ends", () => {
    expect(BPU_INCOME_RANGES).toHaveLength(33);
    expect(BPU_INCOME_RANGES[0]).toEqual({ from: 1, to: 1_099_999, base: 1_000_000 });
    expect(BPU_INCOME_RANGES.at(-1)).toEqual({ from: 20_200_000, to: null, base: 20_700_000 });
    expect(BPU_INCOME_RANGES.every((range, i) => i === 0 || range.from === BPU_INCOME_RANGES[i - 1]!.to! + 1)).toBe(true);
  });

  it("takes any positive income: the poorest informal workers pay on the lowest base", () => {
    expect(BPU_MIN_INCOME).toBe(1);
    expect(base(1)).toBe(1_000_000);
    expect(base(500_000)).toBe(1_000_000);
    expect(base(1_099_999)).toBe(1_000_000);
  });

  it("uses the midpoint of each 200k range up to Rp 2,699,999, at each edge ±1 rupiah", () => {
    expect(base(1_100_000)).toBe(1_200_000);
    expect(base(1_299_999)).toBe(1_200_000);
    expect(base(1_300_000)).toBe(1_400_000);
    expect(base(2_499_999)).toBe(2_400_000);
    expect(base(2_500_000)).toBe(2_600_000);
    expect(base(2_699_999)).toBe(2_600_000);
  });

  it("uses the midpoint of each 500k range up to Rp 8,199,999", () => {
    expect(base(2_700_000)).toBe(2_950_000);
    expect(base(3_199_999)).toBe(2_950_000);
    expect(base(3_200_000)).toBe(3_450_000);
    expect(base(7_699_999)).toBe(7_450_000);
    expect(base(7_700_000)).toBe(7_950_000);
    expect(base(8_199_999)).toBe(7_950_000);
  });

  it("uses the midpoint of each 1M range up to Rp 20,199,999, then Rp 20,700,000 for anything above", () => {
    expect(base(8_200_000)).toBe(8_700_000);
    expect(base(9_199_999)).toBe(8_700_000);
    expect(base(9_200_000)).toBe(9_700_000);
    expect(base(20_199_999)).toBe(19_700_000);
    expect(base(20_200_000)).toBe(20_700_000);
    expect(base(500_000_000)).toBe(20_700_000);
  });

  it("refuses zero, negative and fractional incomes", () => {
    expect(() => bpuIncomeRange(0)).toThrow(RangeError);
    expect(() => bpuIncomeRange(-5)).toThrow(RangeError);
    expect(() => bpuIncomeRange(1_000_000.5)).toThrow(RangeError);
  });

  it("puts every income in the one range that holds it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_000 }), (income) => {
        const range = bpuIncomeRange(income);
        expect(range.from).toBeLessThanOrEqual(income);
        expect(range.to === null || income <= range.to).toBe(true);
        expect(BPU_INCOME_RANGES.filter((r) => r.from <= income && (r.to === null || income <= r.to))).toEqual([range]);
      }),
    );
  });
});

describe("calculateBpuContribution: the regulation examples", () => {
  it("the advertised minimum is what the lowest tier costs: Rp 16,800 without relief", () => {
    expect(bpuLowestMonthly(WITHOUT_RELIEF)).toBe(16_800);
  });

  it("minimum income, JKK + JKM: 10,000 + 6,800 = Rp 16,800", () => {
    expect(calculate(1_000_000, ["JKK", "JKM"])).toEqual({
      ok: true,
      value: lowestBpuQuote(WITHOUT_RELIEF),
    });
  });

  it("with JHT: + 20,000 = Rp 36,800, lines in JKK, JKM, JHT order", () => {
    const result = calculate(1_000_000, ["JHT", "JKM", "JKK"]);
    expect(result).toMatchObject({
      ok: true,
      value: {
        lines: [
          { program: "JKK", amount: 10_000 },
          { program: "JKM", amount: 6_800 },
          { program: "JHT", amount: 20_000 },
        ],
        monthlyTotal: 36_800,
      },
    });
  });

  it("3 months in advance: Rp 50,400, the lines for all three months", () => {
    expect(calculate(1_000_000, ["JKK", "JKM"], 3)).toMatchObject({
      ok: true,
      value: {
        monthlyTotal: 16_800,
        total: 50_400,
        lines: [
          { program: "JKK", amount: 30_000 },
          { program: "JKM", amount: 20_400 },
        ],
      },
    });
  });

  it("top range: JKK Rp 207,000 on the base of Rp 20,700,000, for Rp 20,700,000 and any higher income", () => {
    for (const income of [20_700_000, 35_000_000]) {
      expect(calculate(income, ["JKK", "JKM", "JHT"])).toMatchObject({
        ok: true,
        value: {
          income: 20_700_000,
          lines: [
            { program: "JKK", amount: 207_000 },
            { program: "JKM", amount: 6_800 },
            { program: "JHT", amount: 414_000 },
          ],
        },
      });
    }
  });

  it("computes on the range's base, not the raw income: Rp 2,345,678 is in 2,300,000–2,499,999, base 2,400,000", () => {
    expect(calculate(2_345_678, ["JKK", "JKM"])).toMatchObject({
      ok: true,
      value: {
        income: 2_400_000,
        incomeRange: { from: 2_300_000, to: 2_499_999 },
        lines: [
          { program: "JKK", amount: 24_000 },
          { program: "JKM", amount: 6_800 },
        ],
      },
    });
  });
});

describe("calculateBpuContribution: errors", () => {
  it.each([
    ["income_below_minimum", 0, ["JKK", "JKM"], 1],
    ["income_below_minimum", -1, ["JKK", "JKM"], 1],
    ["income_not_integer", 1_500_000.5, ["JKK", "JKM"], 1],
    ["income_not_integer", Number.NaN, ["JKK", "JKM"], 1],
    ["months_invalid", 1_000_000, ["JKK", "JKM"], 2],
    ["program_not_available", 1_000_000, ["JKK", "JKM", "JP"], 1],
    ["program_not_available", 1_000_000, ["JKK", "JKM", "JKP"], 1],
    ["program_not_available", 1_000_000, ["JKK", "JKM", "toString"], 1],
    ["program_mandatory_missing", 1_000_000, ["JKK"], 1],
    ["program_mandatory_missing", 1_000_000, ["JKM", "JHT"], 1],
    ["program_mandatory_missing", 1_000_000, [], 1],
  ])("%s: income %d, programs %j, %d months", (error, income, programs, months) => {
    expect(calculate(income as number, programs as Program[], months as PaymentPeriod)).toEqual({ ok: false, error });
  });

  it("refuses a malformed first month, and one before the BPU rates began (July 2015)", () => {
    expect(calculate(1_000_000, ["JKK", "JKM"], 1, "2026-13")).toEqual({ ok: false, error: "period_invalid" });
    expect(calculate(1_000_000, ["JKK", "JKM"], 1, "2015-06")).toEqual({ ok: false, error: "period_before_rules" });
    expect(calculate(1_000_000, ["JKK", "JKM"], 1, "2015-07")).toMatchObject({ ok: true });
  });

  it("ignores a program listed twice", () => {
    expect(calculate(1_000_000, ["JKK", "JKM", "JKM"])).toMatchObject({ ok: true, value: { monthlyTotal: 16_800 } });
  });
});

describe("calculateBpuContribution: PP 50/2025 relief, month by month", () => {
  const monthly = (period: string, sector: "TRANSPORT" | "OTHER", funding: "SELF" | "APBD" | "APBN" = "SELF") => {
    const result = calculateBpuContribution({ income: 1_000_000, programs: ["JKK", "JKM", "JHT"], months: 1, period, sector, funding });
    if (!result.ok) throw new Error(result.error);
    return result.value.monthlyTotal;
  };

  it("halves JKK and JKM, not JHT: 5,000 + 3,400 + 20,000", () => {
    expect(calculate(1_000_000, ["JKK", "JKM", "JHT"], 1, "2026-04")).toMatchObject({
      ok: true,
      value: {
        lines: [
          { program: "JKK", amount: 5_000, relief: 5_000 },
          { program: "JKM", amount: 3_400, relief: 3_400 },
          { program: "JHT", amount: 20_000, relief: 0 },
        ],
        monthlyTotal: 28_400,
      },
    });
  });

  it("other BPU workers: April – December 2026, at the first and last month ±1", () => {
    expect(monthly("2026-03", "OTHER")).toBe(36_800);
    expect(monthly("2026-04", "OTHER")).toBe(28_400);
    expect(monthly("2026-12", "OTHER")).toBe(28_400);
    expect(monthly("2027-01", "OTHER")).toBe(36_800);
  });

  it("transport workers: January 2026 – March 2027, at the first and last month ±1", () => {
    expect(monthly("2025-12", "TRANSPORT")).toBe(36_800);
    expect(monthly("2026-01", "TRANSPORT")).toBe(28_400);
    expect(monthly("2027-03", "TRANSPORT")).toBe(28_400);
    expect(monthly("2027-04", "TRANSPORT")).toBe(36_800);
  });

  it("not for participants paid from the APBN or APBD", () => {
    expect(monthly("2026-06", "OTHER", "APBD")).toBe(36_800);
    expect(monthly("2026-06", "TRANSPORT", "APBN")).toBe(36_800);
  });

  it("a 3-month payment from November 2026 prices each month by its own rules: 8,400 + 8,400 + 16,800", () => {
    const result = calculate(1_000_000, ["JKK", "JKM"], 3, "2026-11");
    expect(result).toMatchObject({
      ok: true,
      value: {
        perMonth: [
          { period: "2026-11", total: 8_400, reliefId: "PP50_2025_OTHER" },
          { period: "2026-12", total: 8_400, reliefId: "PP50_2025_OTHER" },
          { period: "2027-01", total: 16_800, reliefId: null },
        ],
        schedule: [
          { from: "2026-11", to: "2026-12", monthlyTotal: 8_400 },
          { from: "2027-01", to: "2027-01", monthlyTotal: 16_800 },
        ],
        reliefs: [
          {
            id: "PP50_2025_OTHER",
            regulation: "PP 50/2025",
            until: "2026-12",
            monthlyAfter: 16_800,
            periods: ["2026-11", "2026-12"],
            amount: 16_800,
          },
        ],
        lines: [
          { program: "JKK", amount: 20_000, relief: 10_000 },
          { program: "JKM", amount: 13_600, relief: 6_800 },
        ],
        monthlyTotal: 8_400,
        total: 33_600,
      },
    });
  });

  it("the landing page's lowest monthly amount follows the month: Rp 8,400 under relief for anyone, then for transport only, then 16,800", () => {
    expect(bpuLowestMonthly("2025-12")).toBe(16_800);
    expect(bpuLowestMonthly("2026-01")).toBe(8_400); // transport only
    expect(bpuLowestMonthly("2026-12")).toBe(8_400);
    expect(bpuLowestMonthly("2027-03")).toBe(8_400);
    expect(bpuLowestMonthly("2027-04")).toBe(16_800);
  });
});

describe("calculateBpuContribution: properties", () => {
  it("total = monthly total × months, monthly total = sum of lines, all whole rupiah", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: BPU_MIN_INCOME, max: 1_000_000_000 }),
        fc.boolean(),
        fc.constantFrom(...PAYMENT_PERIODS),
        (income, withJht, months) => {
          const programs: Program[] = withJht ? ["JKK", "JKM", "JHT"] : ["JKK", "JKM"];
          const result = calculateBpuContribution({ income, programs, months, period: WITHOUT_RELIEF });
          if (!result.ok) throw new Error(result.error);
          const { lines, monthlyTotal, total, perMonth } = result.value;
          expect(lines.map((line) => line.program)).toEqual(programs);
          expect(monthlyTotal).toBe(perMonth[0]!.lines.reduce((sum, line) => sum + line.amount, 0));
          expect(total).toBe(monthlyTotal * months);
          expect(total).toBe(lines.reduce((sum, line) => sum + line.amount, 0));
          expect([...lines.map((line) => line.amount), monthlyTotal, total].every(Number.isSafeInteger)).toBe(true);
        },
      ),
    );
  });

  it("in any month, relief or not: the total is the months' totals and the lines' amounts, and relief + charge = the full contribution", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: BPU_MIN_INCOME, max: 30_000_000 }),
        fc.constantFrom(...PAYMENT_PERIODS),
        fc.integer({ min: 2024 * 12, max: 2028 * 12 }),
        fc.constantFrom("TRANSPORT" as const, "OTHER" as const),
        (income, months, index, sector) => {
          const period = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
          const result = calculateBpuContribution({ income, programs: ["JKK", "JKM", "JHT"], months, period, sector });
          if (!result.ok) throw new Error(result.error);
          const { total, perMonth, lines } = result.value;
          const full = calculateBpuContribution({ income, programs: ["JKK", "JKM", "JHT"], months: 1, period: WITHOUT_RELIEF });
          if (!full.ok) throw new Error(full.error);
          expect(perMonth).toHaveLength(months);
          expect(total).toBe(perMonth.reduce((sum, month) => sum + month.total, 0));
          expect(total).toBe(lines.reduce((sum, line) => sum + line.amount, 0));
          for (const month of perMonth) {
            month.lines.forEach((line, i) => expect(line.amount + line.relief).toBe(full.value.lines[i]!.amount));
          }
        },
      ),
    );
  });
});
