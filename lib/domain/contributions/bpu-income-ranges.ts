/**
 * The BPU income table: a declared monthly income falls in a range, and the
 * contribution is computed on that range's fixed base (its midpoint), not on
 * the income itself. Source: BPJS Ketenagakerjaan's BPU contribution table
 * ("tabel iuran" BPU, December 2015, published with PP 44/2015 Lampiran II).
 * docs/domain.md, "BPU income ranges", records it and its one uncertainty.
 */
import type { Rupiah } from "../money";

export interface BpuIncomeRange {
  /** The lowest income in the range. */
  from: Rupiah;
  /** The highest income in the range; null for the open top range. */
  to: Rupiah | null;
  /** What JKK and JHT are computed on. */
  base: Rupiah;
}

/** Ranges `width` wide whose first starts at `first` and last at `last`, each based on its midpoint. */
function steps(first: Rupiah, last: Rupiah, width: Rupiah): { from: Rupiah; base: Rupiah }[] {
  return Array.from({ length: (last - first) / width + 1 }, (_, i) => ({ from: first + i * width, base: first + i * width + width / 2 }));
}

const STARTS: readonly { from: Rupiah; base: Rupiah }[] = [
  // Up to Rp 1,099,999: the lowest base (the poorest workers are covered, not refused).
  { from: 1, base: 1_000_000 },
  ...steps(1_100_000, 2_500_000, 200_000), // 1,100,000–1,299,999 → 1,200,000 … 2,500,000–2,699,999 → 2,600,000
  ...steps(2_700_000, 7_700_000, 500_000), // 2,700,000–3,199,999 → 2,950,000 … 7,700,000–8,199,999 → 7,950,000
  ...steps(8_200_000, 19_200_000, 1_000_000), // 8,200,000–9,199,999 → 8,700,000 … 19,200,000–20,199,999 → 19,700,000
  { from: 20_200_000, base: 20_700_000 }, // 20,200,000 and above
];

/**
 * Each range ends one rupiah below the next one's start (the table prints ends
 * as "…99.999"; copies that print "…99.000" would leave gaps of whole rupiah
 * incomes between ranges, which cannot be meant). Only the starts are data.
 */
export const BPU_INCOME_RANGES: readonly BpuIncomeRange[] = STARTS.map((range, i) => ({
  ...range,
  to: i + 1 < STARTS.length ? STARTS[i + 1]!.from - 1 : null,
}));

/** The lowest income the table takes: any positive whole rupiah amount. */
export const BPU_MIN_INCOME: Rupiah = BPU_INCOME_RANGES[0]!.from;

/** The range a positive whole-rupiah income falls in (of the table in force: BPU_RATES in bpu.ts). */
export function bpuIncomeRange(income: Rupiah, ranges: readonly BpuIncomeRange[] = BPU_INCOME_RANGES): BpuIncomeRange {
  if (!Number.isSafeInteger(income) || income < BPU_MIN_INCOME) {
    throw new RangeError(`BPU income must be a positive whole rupiah amount, got ${income}`);
  }
  return ranges.findLast((range) => range.from <= income)!;
}
