import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNpp, formatNpwp, isValidNpp, parseKbli, parseNib, parseNpp, parseNpwp } from "../../lib/domain/identifiers";

describe("parseNib: 13 digits", () => {
  it("accepts 13 digits, with spaces around or inside", () => {
    expect(parseNib("9120001234567")).toEqual({ ok: true, value: "9120001234567" });
    expect(parseNib(" 9120 0012 34567 ")).toEqual({ ok: true, value: "9120001234567" });
  });

  it.each([
    ["912000123456", "length"],
    ["91200012345678", "length"],
    ["", "length"],
    ["912000123456A", "digits"],
    ["9120-001234567", "digits"],
  ])("%j → %s", (input, error) => {
    expect(parseNib(input)).toEqual({ ok: false, error });
  });
});

describe("parseNpwp: 15 digits (old) or 16 (since 2024)", () => {
  it("normalises the printed form 99.999.999.9-999.999 to digits", () => {
    expect(parseNpwp("01.234.567.8-901.234")).toEqual({ ok: true, value: "012345678901234" });
    expect(parseNpwp("012345678901234")).toEqual({ ok: true, value: "012345678901234" });
  });

  it("accepts 16 digits (for individuals, the NIK)", () => {
    expect(parseNpwp("3673014501900001")).toEqual({ ok: true, value: "3673014501900001" });
    expect(parseNpwp("3673 0145 0190 0001")).toEqual({ ok: true, value: "3673014501900001" });
  });

  it.each([
    ["01.234.567.8-901.23", "length"],
    ["36730145019000011", "length"],
    ["01.234.567.8/901.234", "digits"],
    ["O1.234.567.8-901.234", "digits"],
  ])("%j → %s", (input, error) => {
    expect(parseNpwp(input)).toEqual({ ok: false, error });
  });

  it("formats 15 digits back the printed way and leaves 16 alone", () => {
    expect(formatNpwp("012345678901234")).toBe("01.234.567.8-901.234");
    expect(formatNpwp("3673014501900001")).toBe("3673014501900001");
  });

  it("parse ∘ format is the identity on 15 digits", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{15}$/), (digits) => {
        expect(parseNpwp(formatNpwp(digits))).toEqual({ ok: true, value: digits });
      }),
    );
  });
});

describe("parseKbli: 5 digits", () => {
  it.each([
    ["47111", { ok: true, value: "47111" }],
    [" 47111 ", { ok: true, value: "47111" }],
    ["4711", { ok: false, error: "length" }],
    ["471111", { ok: false, error: "length" }],
    ["4711a", { ok: false, error: "digits" }],
  ])("%j", (input, result) => {
    expect(parseKbli(input)).toEqual(result);
  });
});

describe("NPP: our 7-digit sequence + Luhn check digit", () => {
  it("zero-pads the sequence and appends the check digit", () => {
    expect(formatNpp(1)).toBe("00000018");
    // Luhn by hand: 9·2→9, 3, 7·2→5, 2, 9·2→9, 9, 7·2→5; sum 42, check digit 8.
    expect(formatNpp(7_992_739)).toBe("79927398");
    expect(formatNpp(9_999_999)).toHaveLength(8);
  });

  it("refuses sequences outside 1 … 10^7 − 1", () => {
    for (const sequence of [0, -1, 10_000_000, 1.5, Number.NaN]) expect(() => formatNpp(sequence)).toThrow(RangeError);
  });

  it("validates what it formats, and rejects malformed numbers", () => {
    expect(isValidNpp("00000018")).toBe(true);
    expect(isValidNpp("00000017")).toBe(false);
    expect(isValidNpp("00000000")).toBe(false); // sequence 0 is never issued
    expect(isValidNpp("0000018")).toBe(false);
    expect(isValidNpp("000000180")).toBe(false);
    expect(isValidNpp("0000001a")).toBe(false);
  });

  it("catches every single-digit typo", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9_999_999 }),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 1, max: 9 }),
        (sequence, position, delta) => {
          const npp = formatNpp(sequence);
          expect(isValidNpp(npp)).toBe(true);
          const typo = npp.slice(0, position) + String((Number(npp[position]) + delta) % 10) + npp.slice(position + 1);
          expect(isValidNpp(typo)).toBe(false);
        },
      ),
    );
  });

  it("parseNpp says why a typed number is refused", () => {
    expect(parseNpp(" 0000 0018 ")).toEqual({ ok: true, value: "00000018" });
    expect(parseNpp("0000001")).toEqual({ ok: false, error: "length" });
    expect(parseNpp("0000001x")).toEqual({ ok: false, error: "digits" });
    expect(parseNpp("00000017")).toEqual({ ok: false, error: "check_digit" });
  });
});
