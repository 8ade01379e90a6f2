// The Banten figures `npm run seed:scale` must reproduce exactly (issue 5,
// docs/decisions/0009-scale-seed.md), scaled, and how they are spread over
// Banten's 8 regencies. One place: the generator, its test and the dashboard
// benchmark all read these.
import type { Category } from "../db/generated/enums";

/** BPJS Ketenagakerjaan Banten, participants as of 2016-12-31 (docs/domain.md). */
export const BANTEN_2016 = {
  participants: 1_176_743,
  PU: 967_391,
  BPU: 59_050,
  JAKON: 150_302,
  activeCompanies: 13_922,
} as const;

/** The day the figures hold for (Asia/Jakarta); the generator writes nothing later. */
export const AS_OF = "2016-12-31";

/**
 * Regency weights, roughly Banten's formal economy and workforce: the
 * Tangerang agglomeration and Cilegon's industry carry most employment, the
 * rural south (Lebak, Pandeglang) little. Synthetic: not BPJS's real split.
 */
export const REGENCY_WEIGHTS: Readonly<Record<string, number>> = {
  "3601": 4, // Kab. Pandeglang
  "3602": 5, // Kab. Lebak
  "3603": 24, // Kab. Tangerang
  "3604": 11, // Kab. Serang
  "3671": 22, // Kota Tangerang
  "3672": 12, // Kota Cilegon
  "3673": 8, // Kota Serang
  "3674": 14, // Kota Tangerang Selatan
};

/** Informal workers are spread more evenly than wage earners. */
export const BPU_REGENCY_WEIGHTS: Readonly<Record<string, number>> = {
  "3601": 9,
  "3602": 9,
  "3603": 20,
  "3604": 13,
  "3671": 16,
  "3672": 8,
  "3673": 10,
  "3674": 15,
};

/**
 * Splits `total` in proportion to `weights` into whole numbers that sum to
 * `total` exactly (largest remainder, Hamilton's method; ties go to the
 * earlier key, so the result is deterministic).
 */
export function largestRemainder<K extends string>(total: number, weights: Readonly<Record<K, number>>): Record<K, number> {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`total must be a whole number ≥ 0: ${total}`);
  const keys = Object.keys(weights) as K[];
  const sum = keys.reduce((s, k) => s + weights[k], 0);
  if (!(sum > 0)) throw new RangeError("weights must sum to more than 0");
  const shares = keys.map((key, index) => {
    const exact = (total * weights[key]) / sum;
    return { key, index, floor: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = total - shares.reduce((s, share) => s + share.floor, 0);
  const result = Object.fromEntries(shares.map((s) => [s.key, s.floor])) as Record<K, number>;
  for (const share of [...shares].sort((a, b) => b.remainder - a.remainder || a.index - b.index)) {
    if (left <= 0) break;
    result[share.key] += 1;
    left -= 1;
  }
  return result;
}

export type ScaleTargets = {
  scale: number;
  participants: number;
  PU: number;
  BPU: number;
  JAKON: number;
  activeCompanies: number;
};

/**
 * The exact figures at `scale`. Whole scales multiply every figure. A
 * fractional scale (tests: 0.01) rounds the participant total and the company
 * count half up, and splits the rounded total over the categories by largest
 * remainder, so categories always sum to the total: 0.01 gives 11,767 =
 * 9,674 PU + 590 BPU + 1,503 Jakon, and 139 companies.
 */
export function scaleTargets(scale: number): ScaleTargets {
  if (!Number.isFinite(scale) || scale <= 0 || scale > 100) throw new RangeError(`scale must be in (0, 100]: ${scale}`);
  const participants = Math.round(BANTEN_2016.participants * scale);
  const split = largestRemainder(participants, { PU: BANTEN_2016.PU, BPU: BANTEN_2016.BPU, JAKON: BANTEN_2016.JAKON });
  const activeCompanies = Math.max(split.PU > 0 ? 1 : 0, Math.round(BANTEN_2016.activeCompanies * scale));
  return { scale, participants, ...split, activeCompanies };
}

/** Per category, how many participants each regency gets (sums to the category's target). */
export function regencySplit(targets: ScaleTargets): Record<Category, Record<string, number>> & { companies: Record<string, number> } {
  return {
    PU: largestRemainder(targets.PU, REGENCY_WEIGHTS),
    BPU: largestRemainder(targets.BPU, BPU_REGENCY_WEIGHTS),
    JAKON: largestRemainder(targets.JAKON, REGENCY_WEIGHTS),
    companies: largestRemainder(targets.activeCompanies, REGENCY_WEIGHTS),
  };
}
