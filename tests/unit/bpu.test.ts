import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BPU_MINIMUM_MONTHLY,
  BPU_INCOME_TIERS,
  BPU_MIN_INCOME,
  bpuTierFor,
  calculateBpuContribution,
} from "../../lib/domain/contributions/bpu";
import { PAYMENT_PERIODS, type PaymentPeriod, type Program } from "../../lib/domain/programs";

const calculate = (income: number, programs: Program[], months: PaymentPeriod = 1) =>
  calculateBpuContribution({ income, programs, months });

describe("BPU income tiers", () => {
  it("run from Rp 1,000,000 to Rp 20,700,000, ascending", () => {
    expect(BPU_INCOME_TIERS[0]).toBe(BPU_MIN_INCOME);
    expect(BPU_INCOME_TIERS.at(-1)).toBe(20_700_000);
    expect(BPU_INCOME_TIERS.every((tier, i) => i === 0 || tier > BPU_INCOME_TIERS[i - 1])).toBe(true);
  });

  it("map an income to the tier it falls in", () => {
    expect(bpuTierFor(1_000_000)).toBe(1_000_000);
    expect(bpuTierFor(1_099_999)).toBe(1_000_000);
    expect(bpuTierFor(1_100_000)).toBe(1_100_000);
    expect(bpuTierFor(2_345_678)).toBe(2_300_000);
  });

  it("cap incomes above the top tier", () => {
    expect(bpuTierFor(20_700_000)).toBe(20_700_000);
    expect(bpuTierFor(50_000_000)).toBe(20_700_000);
  });

  it("refuse incomes below the minimum or with fractions", () => {
    expect(() => bpuTierFor(999_999)).toThrow(RangeError);
    expect(() => bpuTierFor(1_000_000.5)).toThrow(RangeError);
  });

  it("always pick a tier not above the income, and the highest such tier", () => {
    fc.assert(
      fc.property(fc.integer({ min: BPU_MIN_INCOME, max: 100_000_000 }), (income) => {
        const tier = bpuTierFor(income);
        expect(BPU_INCOME_TIERS).toContain(tier);
        expect(tier).toBeLessThanOrEqual(income);
        expect(BPU_INCOME_TIERS.filter((t) => t > tier && t <= income)).toEqual([]);
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

  it("top tier: JKK Rp 207,000, and a higher income is capped to it", () => {
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

  it("computes on the tier, not the raw income", () => {
    expect(calculate(2_345_678, ["JKK", "JKM"])).toMatchObject({
      ok: true,
      value: {
        income: 2_300_000,
        lines: [
          { program: "JKK", amount: 23_000 },
          { program: "JKM", amount: 6_800 },
        ],
      },
    });
  });
});

describe("calculateBpuContribution: errors", () => {
  it.each([
    ["income_below_minimum", 999_999, ["JKK", "JKM"], 1],
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
