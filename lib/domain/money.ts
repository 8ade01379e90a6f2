/** Whole rupiah. Contributions and bills never carry sen, so amounts are safe integers. */
export type Rupiah = number;

const grouping = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

/** "Rp 16.800", "-Rp 1.000": Indonesian grouping with dots, no decimals. */
export function formatRupiah(amount: Rupiah): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Not a whole rupiah amount: ${amount}`);
  const formatted = `Rp ${grouping.format(Math.abs(amount))}`;
  return amount < 0 ? `-${formatted}` : formatted;
}
