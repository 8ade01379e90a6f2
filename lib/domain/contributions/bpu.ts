/**
 * BPU (Bukan Penerima Upah) contributions on a declared monthly income:
 * JKK 1% and JKM a flat Rp 6,800 (PP 44/2015 as amended), JHT 2% and optional
 * (PP 46/2015 as amended by PP 60/2015). Paid for 1, 3, 6 or 12 months at once.
 */
import { basisPointsOf, type Rupiah } from "../money";
import { isPaymentPeriod, type PaymentPeriod, type Program, PROGRAMS, PROGRAM_REQUIREMENTS, programsWith } from "../programs";

export const BPU_MIN_INCOME: Rupiah = 1_000_000;
const BPU_MAX_INCOME: Rupiah = 20_700_000;

/**
 * Declared-income tiers (Rp). UNVERIFIED: PP 44/2015 Lampiran II lists the
 * official tiers, but we could not read it. Confirmed by secondary sources:
 * the lowest tier is Rp 1,000,000 (JKK Rp 10,000) and the highest Rp 20,700,000
 * (JKK Rp 207,000). Until the Lampiran is checked we use every whole
 * Rp 100,000 between them: 19,700,000 / 100,000 = 197 is prime, so no coarser
 * uniform step can reach both ends, and this one never moves a worker more than
 * Rp 99,999 below what they declared. Replace this one table when verified.
 */
const BPU_TIER_STEP: Rupiah = 100_000;
export const BPU_INCOME_TIERS: readonly Rupiah[] = Array.from(
  { length: (BPU_MAX_INCOME - BPU_MIN_INCOME) / BPU_TIER_STEP + 1 },
  (_, i) => BPU_MIN_INCOME + i * BPU_TIER_STEP,
);

/** Rates in basis points of the tier income; JKM is flat. */
const JKK_RATE_BP = 100;
const JHT_RATE_BP = 200;
const JKM_FLAT: Rupiah = 6_800;

/** The tier an income falls in: the highest tier not above it; incomes above the top pay the top tier. */
export function bpuTierFor(income: Rupiah): Rupiah {
  if (!Number.isSafeInteger(income) || income < BPU_MIN_INCOME) {
    throw new RangeError(`BPU income must be a whole rupiah amount of at least ${BPU_MIN_INCOME}`);
  }
  let tier = BPU_INCOME_TIERS[0];
  for (const candidate of BPU_INCOME_TIERS) {
    if (candidate > income) break;
    tier = candidate;
  }
  return tier;
}

// With the tiers above every amount is exact (multiples of Rp 1,000); the
// rounding (basisPointsOf, half-up) only matters if the verified table has odd tiers.
const BPU_AMOUNTS: Partial<Record<Program, (tier: Rupiah) => Rupiah>> = {
  JKK: (tier) => basisPointsOf(tier, JKK_RATE_BP),
  JKM: () => JKM_FLAT,
  JHT: (tier) => basisPointsOf(tier, JHT_RATE_BP),
};

export type BpuContributionError =
  "income_below_minimum" | "income_not_integer" | "program_not_available" | "program_mandatory_missing" | "months_invalid";

export type BpuContribution = {
  category: "BPU";
  /** The tier the contribution is computed on, not the raw declared income. */
  income: Rupiah;
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

  const tier = bpuTierFor(income);
  const lines = PROGRAMS.filter((program) => chosen.has(program)).map((program) => {
    const amountFor = BPU_AMOUNTS[program];
    if (!amountFor) throw new Error(`PROGRAM_REQUIREMENTS allows ${program} for BPU but it has no rate`);
    return { program, amount: amountFor(tier) };
  });
  const monthlyTotal = lines.reduce((sum, line) => sum + line.amount, 0);
  return { ok: true, value: { category: "BPU", income: tier, months, lines, monthlyTotal, total: monthlyTotal * months } };
}

/** The least a BPU worker pays a month: the mandatory programs on the lowest tier (Rp 16,800 with today's rates). */
export const BPU_MINIMUM_MONTHLY: Rupiah = (() => {
  const lowest = calculateBpuContribution({ income: BPU_MIN_INCOME, programs: programsWith("BPU", "mandatory"), months: 1 });
  if (!lowest.ok) throw new Error(`the lowest BPU contribution cannot be computed: ${lowest.error}`);
  return lowest.value.monthlyTotal;
})();
