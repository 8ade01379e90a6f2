import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatKpj, isValidKpj, luhnCheckDigit } from "../../lib/domain/kpj";

describe("luhnCheckDigit", () => {
  it("matches the textbook examples", () => {
    expect(luhnCheckDigit("7992739871")).toBe(3);
    // Visa test card 4111 1111 1111 1111 without its last digit.
    expect(luhnCheckDigit("411111111111111")).toBe(1);
    expect(luhnCheckDigit("0")).toBe(0);
  });

  it("rejects anything but digits", () => {
    expect(() => luhnCheckDigit("")).toThrow(RangeError);
    expect(() => luhnCheckDigit("12a")).toThrow(RangeError);
  });
});

describe("formatKpj", () => {
  it("zero-pads the sequence to 10 digits and appends the check digit", () => {
    expect(formatKpj(1)).toBe("00000000018");
    expect(formatKpj(1n)).toBe("00000000018");
    expect(formatKpj(7992739871)).toBe("79927398713");
    expect(formatKpj(9_999_999_999n)).toHaveLength(11);
  });

  it("refuses sequences outside 1 … 10^10 − 1", () => {
    expect(() => formatKpj(0)).toThrow(RangeError);
    expect(() => formatKpj(-1)).toThrow(RangeError);
    expect(() => formatKpj(10_000_000_000)).toThrow(RangeError);
    expect(() => formatKpj(10n ** 10n)).toThrow(RangeError);
    expect(() => formatKpj(1.5)).toThrow(RangeError);
  });
});

describe("isValidKpj", () => {
  it("accepts formatted numbers and rejects malformed ones", () => {
    expect(isValidKpj("79927398713")).toBe(true);
    expect(isValidKpj("79927398710")).toBe(false);
    expect(isValidKpj("7992739871")).toBe(false);
    expect(isValidKpj("7992739871 3")).toBe(false);
    // Luhn-valid, but sequence 0 is never issued.
    expect(isValidKpj("00000000000")).toBe(false);
  });

  const sequence = fc.bigInt({ min: 1n, max: 10n ** 10n - 1n });

  it("accepts every formatted number", () => {
    fc.assert(fc.property(sequence, (n) => isValidKpj(formatKpj(n))));
  });

  it("rejects any single-digit change", () => {
    fc.assert(
      fc.property(sequence, fc.nat(10), fc.integer({ min: 1, max: 9 }), (n, position, delta) => {
        const kpj = formatKpj(n);
        const changed = String((Number(kpj[position]) + delta) % 10);
        return !isValidKpj(kpj.slice(0, position) + changed + kpj.slice(position + 1));
      }),
    );
  });
});
