/**
 * BPU (Bukan Penerima Upah) contributions on a declared monthly income:
 * JKK 1% and JKM a flat Rp 6,800 (PP 44/2015 as amended), JHT 2% and optional
 * (PP 46/2015 as amended by PP 60/2015). Paid for 1, 3, 6 or 12 months at once.
 */
import { basisPointsOf, type Rupiah } from "../money";
import { BPU_MIN_INCOME, bpuIncomeRange, type BpuIncomeRange } from "./bpu-income-ranges";
import { isPaymentPeriod, type PaymentPeriod, type Program, PROGRAMS, PROGRAM_REQUIREMENTS, programsWith } from "../programs";

export { BPU_MIN_INCOME };

/** Rates in basis points of the range's base (bpu-income-ranges.ts); JKM is flat. */
const JKK_RATE_BP = 100;
const JHT_RATE_BP = 200;
const JKM_FLAT: Rupiah = 6_800;

// Every base of the table is a multiple of Rp 50,000, so every amount is exact;
// the rounding (basisPointsOf, half-up) would only matter for a base that is not.
const BPU_AMOUNTS: Partial<Record<Program, (base: Rupiah) => Rupiah>> = {
  JKK: (base) => basisPointsOf(base, JKK_RATE_BP),
  JKM: () => JKM_FLAT,
  JHT: (base) => basisPointsOf(base, JHT_RATE_BP),
};

export type BpuContributionError =
  "income_below_minimum" | "income_not_integer" | "program_not_available" | "program_mandatory_missing" | "months_invalid";

export type BpuContribution = {
  category: "BPU";
  /** The base the contribution is computed on (the income range's), not the raw declared income. */
  income: Rupiah;
  /** The income range the declared income falls in. */
  incomeRange: BpuIncomeRange;
  months: PaymentPeriod;
  /** In PROGRAMS order: JKK, JKM, JHT. */
  lines: { program: Program; amount: Rupiah }[];
  monthlyTotal: Rupiah;
  total: Rupiah;
};

export type BpuContributionResult = { ok: true; value: BpuContribution } | { ok: false; error: BpuContributionError };

export function calculateBpuContribution(input: { income: number; programs: Program[]; months: PaymentPeriod }): BpuContributionResult {
  const { income, programs, months } = input;
  if (!Number.isSafeInteger(income)) return { ok: false, error: "income_not_integer" };
  if (income < BPU_MIN_INCOME) return { ok: false, error: "income_below_minimum" };
  if (!isPaymentPeriod(months)) return { ok: false, error: "months_invalid" };

  const rules = PROGRAM_REQUIREMENTS.BPU;
  const chosen = new Set(programs);
  // Programs arrive from forms: anything that is not a known BPU program is "not available".
  if ([...chosen].some((program) => !Object.hasOwn(rules, program) || rules[program] === "unavailable")) {
    return { ok: false, error: "program_not_available" };
  }
  if (PROGRAMS.some((program) => rules[program] === "mandatory" && !chosen.has(program))) {
    return { ok: false, error: "program_mandatory_missing" };
  }

  const range = bpuIncomeRange(income);
  const lines = PROGRAMS.filter((program) => chosen.has(program)).map((program) => {
    const amountFor = BPU_AMOUNTS[program];
    if (!amountFor) throw new Error(`PROGRAM_REQUIREMENTS allows ${program} for BPU but it has no rate`);
    return { program, amount: amountFor(range.base) };
  });
  const monthlyTotal = lines.reduce((sum, line) => sum + line.amount, 0);
  return {
    ok: true,
    value: { category: "BPU", income: range.base, incomeRange: range, months, lines, monthlyTotal, total: monthlyTotal * months },
  };
}

/** The least a BPU worker pays a month: the mandatory programs on the lowest base (Rp 16,800 with today's rates). */
export const BPU_MINIMUM_MONTHLY: Rupiah = (() => {
  const lowest = calculateBpuContribution({ income: BPU_MIN_INCOME, programs: programsWith("BPU", "mandatory"), months: 1 });
  if (!lowest.ok) throw new Error(`the lowest BPU contribution cannot be computed: ${lowest.error}`);
  return lowest.value.monthlyTotal;
})();
