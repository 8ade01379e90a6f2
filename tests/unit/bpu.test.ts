import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BPU_MINIMUM_MONTHLY, BPU_MIN_INCOME, calculateBpuContribution } from "../../lib/domain/contributions/bpu";
import { BPU_INCOME_RANGES, bpuIncomeRange } from "../../lib/domain/contributions/bpu-income-ranges";
import { PAYMENT_PERIODS, type PaymentPeriod, type Program } from "../../lib/domain/programs";

const calculate = (income: number, programs: Program[], months: PaymentPeriod = 1) =>
  calculateBpuContribution({ income, programs, months });

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
  it("the advertised minimum is what the lowest tier costs: Rp 16,800", () => {
    expect(BPU_MINIMUM_MONTHLY).toBe(16_800);
  });

  it("minimum income, JKK + JKM: 10,000 + 6,800 = Rp 16,800", () => {
    expect(calculate(1_000_000, ["JKK", "JKM"])).toEqual({
      ok: true,
      value: {
        category: "BPU",
        income: 1_000_000,
        incomeRange: { from: 1, to: 1_099_999, base: 1_000_000 },
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

  it("3 months in advance: Rp 50,400", () => {
    expect(calculate(1_000_000, ["JKK", "JKM"], 3)).toMatchObject({ ok: true, value: { monthlyTotal: 16_800, total: 50_400 } });
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

  it("ignores a program listed twice", () => {
    expect(calculate(1_000_000, ["JKK", "JKM", "JKM"])).toMatchObject({ ok: true, value: { monthlyTotal: 16_800 } });
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
          const result = calculateBpuContribution({ income, programs, months });
          if (!result.ok) throw new Error(result.error);
          const { lines, monthlyTotal, total } = result.value;
          expect(lines.map((line) => line.program)).toEqual(programs);
          expect(monthlyTotal).toBe(lines.reduce((sum, line) => sum + line.amount, 0));
          expect(total).toBe(monthlyTotal * months);
          expect([...lines.map((line) => line.amount), monthlyTotal, total].every(Number.isSafeInteger)).toBe(true);
        },
      ),
    );
  });
});
