/** Whole rupiah. Contributions and bills never carry sen, so amounts are safe integers. */
export type Rupiah = number;

const grouping = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

/** "Rp 16.800", "-Rp 1.000": Indonesian grouping with dots, no decimals. */
export function formatRupiah(amount: Rupiah): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Not a whole rupiah amount: ${amount}`);
  const formatted = `Rp ${grouping.format(Math.abs(amount))}`;
  return amount < 0 ? `-${formatted}` : formatted;
}

/**
 * Rupiah as people type it: "1500000", "1.500.000", "Rp 1.500.000". Dots are
 * thousands separators in Indonesian; a comma would start sen, which
 * contributions do not have, so it makes the input invalid (NaN).
 */
export function parseRupiahInput(text: string): number {
  const compact = text.replace(/^\s*rp\.?/i, '').replace(/[\s.]/g, '');
  return /^\d+$/.test(compact) ? Number(compact) : Number.NaN;
}
