/** Whole rupiah. Contributions and bills never carry sen, so amounts are safe integers. */
export type Rupiah = number;

/**
 * The one rounding rule of Lindung's money: a rate in basis points of a whole-rupiah
 * amount, rounded half-up to whole rupiah (PP 44/2015 and PP 46/2015 set rates in
 * percent and say nothing of sen; half-up is ours, stated in docs/domain.md).
 * Exact for every safe integer amount: split so no product leaves the safe-integer
 * range, and the remainder part is an integer below 10^8 divided once.
 */
export function basisPointsOf(amount: Rupiah, basisPoints: number): Rupiah {
  const whole = Math.floor(amount / 10_000);
  const rest = amount - whole * 10_000;
  return whole * basisPoints + Math.round((rest * basisPoints) / 10_000);
}

/** The same rounding for a sum of amount × basis points kept exact (slices added before rounding once). */
export function rupiahOfBasisPointSum(sum: bigint): Rupiah {
  return Number((sum + 5_000n) / 10_000n);
}

const grouping = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });

/** "Rp 16.800", "-Rp 1.000": Indonesian grouping with dots, no decimals. */
export function formatRupiah(amount: Rupiah): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Not a whole rupiah amount: ${amount}`);
  const formatted = `Rp ${grouping.format(Math.abs(amount))}`;
  return amount < 0 ? `-${formatted}` : formatted;
}

const withSen = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "Rp 5.469.922,59": an amount kept in sen (minimum wages carry sen; contributions never do). */
export function formatRupiahSen(sen: number): string {
  if (!Number.isSafeInteger(sen) || sen < 0) throw new RangeError(`Not a whole number of sen: ${sen}`);
  return `Rp ${withSen.format(sen / 100)}`;
}

/**
 * Rupiah as people type it: "1500000", "1.500.000", "Rp 1.500.000". Dots are
 * thousands separators in Indonesian; a comma would start sen, which
 * contributions do not have, so it makes the input invalid (NaN).
 */
export function parseRupiahInput(text: string): number {
  const compact = text.replace(/^\s*rp\.?/i, "").replace(/[\s.]/g, "");
  return /^\d+$/.test(compact) ? Number(compact) : Number.NaN;
}
