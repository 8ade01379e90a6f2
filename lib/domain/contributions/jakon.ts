/**
 * Jasa Konstruksi (JAKON) JKK + JKM when the workers' wages are not known:
 * computed once for the whole project from the contract value, in MARGINAL
 * tiers: each tier adds its rate on the slice of the value inside it
 * (PP 44/2015: "ditambah … dari selisih nilai", quoted for JKK by secondary
 * sources; for JKM the same wording is in PP 49/2020 Pasal 12 ayat (2), the
 * temporary 2020 COVID relief that charged 1% of these very rates).
 * Permenaker 44/2015: the contractor registers the project within 14 working days
 * of the work order. Where wages are known, PU rates apply instead (JKK 1.74%,
 * JKM 0.30% of wages), which this module does not compute.
 *
 * Rounding: per program, the exact sum over slices of slice × basis points is
 * divided by 10,000 once and rounded half-up to whole rupiah, so a line is never
 * more than half a rupiah from the exact figure. Integer (BigInt) arithmetic
 * keeps contract values up to Number.MAX_SAFE_INTEGER exact.
 */
import type { Period } from "../billing-period";
import { inForce, type Validity } from "../dated";
import { rupiahOfBasisPointSum, type Rupiah } from "../money";

/**
 * Slice upper bounds (inclusive, "sampai dengan") and rates in basis points.
 * JKK: 0.21 / 0.17 / 0.13 / 0.11 / 0.09% (not the pre-2015 Jamsostek
 * 0.24 / 0.19 / 0.15 / 0.12 / 0.10%). JKM: 0.03 / 0.02 / 0.02 / 0.01 / 0.01%.
 */
export const JAKON_TIERS: readonly { upTo: Rupiah; jkkBp: number; jkmBp: number }[] = [
  { upTo: 100_000_000, jkkBp: 21, jkmBp: 3 },
  { upTo: 500_000_000, jkkBp: 17, jkmBp: 2 },
  { upTo: 1_000_000_000, jkkBp: 13, jkmBp: 2 },
  { upTo: 5_000_000_000, jkkBp: 11, jkmBp: 1 },
  { upTo: Number.POSITIVE_INFINITY, jkkBp: 9, jkmBp: 1 },
];

/** The tiers by contribution month (the month a project is registered and billed in). */
export const JAKON_RATES: readonly (Validity & { tiers: typeof JAKON_TIERS })[] = [
  { from: "2015-07", to: null, source: "PP 44/2015 Lampiran (as in PP 49/2020 Pasal 12)", tiers: JAKON_TIERS },
];

export type JakonContributionError = "contract_value_not_integer" | "contract_value_not_positive" | "period_before_rules";

export type JakonContribution = {
  category: "JAKON";
  contractValue: Rupiah;
  /** JKK then JKM, paid once for the project's duration. */
  lines: { program: "JKK" | "JKM"; amount: Rupiah }[];
  total: Rupiah;
};

export type JakonContributionResult = { ok: true; value: JakonContribution } | { ok: false; error: JakonContributionError };

/** Σ slice × rate, in rupiah × basis points, exact. */
function marginalSum(tiers: typeof JAKON_TIERS, contractValue: Rupiah, rateOf: (tier: (typeof JAKON_TIERS)[number]) => number): bigint {
  let sum = 0n;
  let lower = 0;
  for (const tier of tiers) {
    if (contractValue <= lower) break;
    const slice = Math.min(contractValue, tier.upTo) - lower;
    sum += BigInt(slice) * BigInt(rateOf(tier));
    lower = tier.upTo;
  }
  return sum;
}

/** The project's contribution under the tiers in force in `period` (the month it is registered or billed). */
export function calculateJakonContribution(input: { contractValue: number; period: Period }): JakonContributionResult {
  const { contractValue } = input;
  if (!Number.isSafeInteger(contractValue)) return { ok: false, error: "contract_value_not_integer" };
  if (contractValue <= 0) return { ok: false, error: "contract_value_not_positive" };
  const rates = inForce(JAKON_RATES, input.period);
  if (!rates) return { ok: false, error: "period_before_rules" };
  const jkk = rupiahOfBasisPointSum(marginalSum(rates.tiers, contractValue, (tier) => tier.jkkBp));
  const jkm = rupiahOfBasisPointSum(marginalSum(rates.tiers, contractValue, (tier) => tier.jkmBp));
  return {
    ok: true,
    value: {
      category: "JAKON",
      contractValue,
      lines: [
        { program: "JKK", amount: jkk },
        { program: "JKM", amount: jkm },
      ],
      total: jkk + jkm,
    },
  };
}
