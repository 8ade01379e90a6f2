import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { basisPointsOf, formatRupiah, rupiahOfBasisPointSum } from "../../lib/domain/money";

describe("formatRupiah", () => {
  it("groups thousands with dots and prefixes Rp", () => {
    expect(formatRupiah(16_800)).toBe("Rp 16.800");
    expect(formatRupiah(20_700_000)).toBe("Rp 20.700.000");
    expect(formatRupiah(0)).toBe("Rp 0");
    expect(formatRupiah(999)).toBe("Rp 999");
  });

  it("puts the minus sign before Rp", () => {
    expect(formatRupiah(-1_000)).toBe("-Rp 1.000");
  });

  it("rejects fractions and unsafe integers", () => {
    expect(() => formatRupiah(1.5)).toThrow(RangeError);
    expect(() => formatRupiah(Number.NaN)).toThrow(RangeError);
    expect(() => formatRupiah(2 ** 53)).toThrow(RangeError);
  });
});

describe("basisPointsOf", () => {
  it("rounds half-up to whole rupiah", () => {
    expect(basisPointsOf(5_000_000, 24)).toBe(12_000);
    expect(basisPointsOf(1_250, 200)).toBe(25);
    expect(basisPointsOf(25, 200)).toBe(1); // 0.5 → 1
    expect(basisPointsOf(24, 200)).toBe(0); // 0.48 → 0
    expect(basisPointsOf(1_234_567, 89)).toBe(10_988); // 10,987.6463
  });

  it("is exact for every safe integer, where a plain product would not be", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 0, max: 1_000 }), (amount, bp) => {
        const exact = BigInt(amount) * BigInt(bp);
        const expected = Number((exact + 5_000n) / 10_000n);
        expect(basisPointsOf(amount, bp)).toBe(expected);
        expect(rupiahOfBasisPointSum(exact)).toBe(expected);
      }),
    );
  });
});
