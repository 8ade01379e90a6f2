/**
 * Business scale of a UMKM (PP 7/2021 Pasal 35, implementing UU 20/2008 as
 * amended by UU Cipta Kerja). Two criteria, each "paling banyak" = up to and
 * including the bound:
 * - business capital excluding land and buildings (modal usaha, Pasal 35 ayat (3)),
 *   used "untuk pendirian atau pendaftaran kegiatan usaha" (ayat (2)): new businesses;
 * - annual turnover (hasil penjualan tahunan, ayat (5)): businesses already trading.
 * Above the medium bounds a business is large.
 */
import type { Rupiah } from "./money";

export const UMKM_SCALES = ["MICRO", "SMALL", "MEDIUM", "LARGE"] as const;
export type UmkmScale = (typeof UMKM_SCALES)[number];

/** Micro, small and medium count as UMKM (UU 20/2008, PP 7/2021); a large business does not. */
export const isUmkm = (scale: UmkmScale): boolean => scale !== "LARGE";

/** Upper bounds, inclusive, per criterion; anything above the last is LARGE. */
export const UMKM_SCALE_BOUNDS: Readonly<Record<"capital" | "annualTurnover", readonly { scale: UmkmScale; upTo: Rupiah }[]>> = {
  capital: [
    { scale: "MICRO", upTo: 1_000_000_000 },
    { scale: "SMALL", upTo: 5_000_000_000 },
    { scale: "MEDIUM", upTo: 10_000_000_000 },
  ],
  annualTurnover: [
    { scale: "MICRO", upTo: 2_000_000_000 },
    { scale: "SMALL", upTo: 15_000_000_000 },
    { scale: "MEDIUM", upTo: 50_000_000_000 },
  ],
};

export type UmkmCriterion = keyof typeof UMKM_SCALE_BOUNDS;

export type UmkmScaleError = "criterion_missing" | "capital_invalid" | "turnover_invalid";

export type UmkmScaleResult = { ok: true; value: { scale: UmkmScale; criterion: UmkmCriterion } } | { ok: false; error: UmkmScaleError };

export function isUmkmScale(value: unknown): value is UmkmScale {
  return (UMKM_SCALES as readonly unknown[]).includes(value);
}

function scaleBy(criterion: UmkmCriterion, amount: Rupiah): UmkmScale {
  return UMKM_SCALE_BOUNDS[criterion].find((bound) => amount <= bound.upTo)?.scale ?? "LARGE";
}

const isWholeNonNegative = (amount: number) => Number.isSafeInteger(amount) && amount >= 0;

/**
 * Turnover first, capital as the fallback (ours): PP 7/2021 Pasal 35 ayat (2)
 * reserves capital for founding or registering a business, so a business that
 * already trades, which every UMKM a BJB officer enrols does, is sized by its
 * turnover. Capital alone sizes a business that has no turnover yet. Both are
 * validated even when turnover decides, so a typo in either is reported.
 */
export function umkmScale(input: { capital?: number; annualTurnover?: number }): UmkmScaleResult {
  const { capital, annualTurnover } = input;
  if (capital === undefined && annualTurnover === undefined) return { ok: false, error: "criterion_missing" };
  if (capital !== undefined && !isWholeNonNegative(capital)) return { ok: false, error: "capital_invalid" };
  if (annualTurnover !== undefined && !isWholeNonNegative(annualTurnover)) return { ok: false, error: "turnover_invalid" };
  if (annualTurnover !== undefined) {
    return { ok: true, value: { scale: scaleBy("annualTurnover", annualTurnover), criterion: "annualTurnover" } };
  }
  return { ok: true, value: { scale: scaleBy("capital", capital as number), criterion: "capital" } };
}
