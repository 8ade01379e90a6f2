import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { luhnCheckDigit } from "../../lib/domain/kpj";
import { BJB_VA_PREFIX, formatVirtualAccount, isValidVirtualAccount } from "../../lib/domain/virtual-account";

const sequence = fc.bigInt({ min: 1n, max: 10n ** 11n - 1n });

describe("formatVirtualAccount", () => {
  it("is the BJB prefix, the 11-digit sequence and a Luhn digit", () => {
    const va = formatVirtualAccount(1n);
    expect(va).toBe(`${BJB_VA_PREFIX}00000000001${luhnCheckDigit(`${BJB_VA_PREFIX}00000000001`)}`);
    expect(va).toMatch(/^\d{16}$/);
    expect(formatVirtualAccount(10n ** 11n - 1n).slice(4, 15)).toBe("99999999999");
  });

  it("refuses sequences outside 1 … 10^11 − 1", () => {
    expect(() => formatVirtualAccount(0n)).toThrow(RangeError);
    expect(() => formatVirtualAccount(-1n)).toThrow(RangeError);
    expect(() => formatVirtualAccount(10n ** 11n)).toThrow(RangeError);
  });

  it("gives different numbers for different sequences", () => {
    fc.assert(fc.property(sequence, sequence, (a, b) => a === b || formatVirtualAccount(a) !== formatVirtualAccount(b)));
  });
});

describe("isValidVirtualAccount", () => {
  it("accepts every formatted number", () => {
    fc.assert(fc.property(sequence, (n) => isValidVirtualAccount(formatVirtualAccount(n))));
  });

  it("rejects every single-digit change, wherever it is", () => {
    fc.assert(
      fc.property(sequence, fc.integer({ min: 0, max: 15 }), fc.integer({ min: 1, max: 9 }), (n, position, shift) => {
        const va = formatVirtualAccount(n);
        const changed = (Number(va[position]) + shift) % 10;
        const typo = va.slice(0, position) + changed + va.slice(position + 1);
        return !isValidVirtualAccount(typo);
      }),
    );
  });

  it("rejects another prefix even with a correct check digit", () => {
    fc.assert(
      fc.property(sequence, fc.integer({ min: 0, max: 9999 }), (n, prefixNumber) => {
        const prefix = String(prefixNumber).padStart(4, "0");
        if (prefix === BJB_VA_PREFIX) return true;
        const payload = prefix + formatVirtualAccount(n).slice(4, 15);
        return !isValidVirtualAccount(payload + luhnCheckDigit(payload));
      }),
    );
  });

  it("rejects wrong lengths and non-digits", () => {
    const va = formatVirtualAccount(12_345n);
    expect(isValidVirtualAccount(va.slice(0, 15))).toBe(false);
    expect(isValidVirtualAccount(`${va}0`)).toBe(false);
    expect(isValidVirtualAccount(`${va.slice(0, 15)}x`)).toBe(false);
    expect(isValidVirtualAccount(` ${va.slice(1)}`)).toBe(false);
    expect(isValidVirtualAccount("")).toBe(false);
  });
});
