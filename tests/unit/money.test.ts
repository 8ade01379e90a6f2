import { describe, expect, it } from 'vitest';
import { formatRupiah } from '../../lib/domain/money';

describe('formatRupiah', () => {
  it('groups thousands with dots and prefixes Rp', () => {
    expect(formatRupiah(16_800)).toBe('Rp 16.800');
    expect(formatRupiah(20_700_000)).toBe('Rp 20.700.000');
    expect(formatRupiah(0)).toBe('Rp 0');
    expect(formatRupiah(999)).toBe('Rp 999');
  });

  it('puts the minus sign before Rp', () => {
    expect(formatRupiah(-1_000)).toBe('-Rp 1.000');
  });

  it('rejects fractions and unsafe integers', () => {
    expect(() => formatRupiah(1.5)).toThrow(RangeError);
    expect(() => formatRupiah(Number.NaN)).toThrow(RangeError);
    expect(() => formatRupiah(2 ** 53)).toThrow(RangeError);
  });
});
