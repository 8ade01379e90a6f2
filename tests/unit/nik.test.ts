import fc from "fast-check";
import { describe, expect, it } from "vitest";
import regionData from "../../lib/domain/data/regions.json";
import { maskNik, NIK_ERRORS, nikAgreesWith, parseNik, regencyOfNik } from "../../lib/domain/nik";

const TODAY = new Date("2026-06-15T05:00:00Z");

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Builds a NIK the way Dukcapil does: women add 40 to the day. */
function buildNik(district: string, birthDate: string, gender: "M" | "F", serial: number): string {
  const [year, month, day] = birthDate.split("-").map(Number);
  const encodedDay = gender === "F" ? day + 40 : day;
  return `${district}${pad(encodedDay)}${pad(month)}${pad(year % 100)}${pad(serial, 4)}`;
}

const parse = (nik: string) => parseNik(nik, TODAY);
const errorOf = (nik: string) => {
  const result = parse(nik);
  return result.ok ? "ok" : result.error;
};

describe("parseNik: valid NIKs", () => {
  it("parses a man from Kota Serang", () => {
    expect(parse("3673011508900001")).toEqual({
      ok: true,
      value: {
        nik: "3673011508900001",
        provinceCode: "36",
        regencyCode: "3673",
        districtCode: "367301",
        birthDate: "1990-08-15",
        gender: "M",
        serial: "0001",
      },
    });
  });

  it("parses a woman from Tangerang Selatan (day + 40)", () => {
    const result = parse("3674035508900002");
    expect(result).toMatchObject({ ok: true, value: { birthDate: "1990-08-15", gender: "F", districtCode: "367403" } });
  });

  it("accepts days 41 and 71 as the 1st and 31st for women", () => {
    expect(parse("3673014101900003")).toMatchObject({ ok: true, value: { birthDate: "1990-01-01", gender: "F" } });
    expect(parse("3673017101900003")).toMatchObject({ ok: true, value: { birthDate: "1990-01-31", gender: "F" } });
  });

  it("strips spaces, as NIKs are often typed in groups", () => {
    expect(parse(" 3673 0115 0890 0001 ")).toMatchObject({ ok: true, value: { nik: "3673011508900001" } });
  });

  it("accepts NIKs from outside Banten", () => {
    expect(parse("3171011508900001")).toMatchObject({ ok: true, value: { provinceCode: "31" } });
  });
});

describe("parseNik: century", () => {
  it("uses 20YY up to today in Jakarta", () => {
    expect(parse("3673011508050001")).toMatchObject({ ok: true, value: { birthDate: "2005-08-15" } });
    expect(parse("3673011006260001")).toMatchObject({ ok: true, value: { birthDate: "2026-06-10" } });
    expect(parse("3673011506260001")).toMatchObject({ ok: true, value: { birthDate: "2026-06-15" } });
  });

  it("uses 19YY when 20YY would be in the future", () => {
    expect(parse("3673011508300001")).toMatchObject({ ok: true, value: { birthDate: "1930-08-15" } });
    // 16 June 2026 is still the future on 15 June in Jakarta...
    expect(parse("3673011606260001")).toMatchObject({ ok: true, value: { birthDate: "1926-06-16" } });
    // ...but is today once it is 16 June in Jakarta (17:00 UTC on the 15th).
    expect(parseNik("3673011606260001", new Date("2026-06-15T17:00:00Z"))).toMatchObject({
      ok: true,
      value: { birthDate: "2026-06-16" },
    });
  });
});

describe("parseNik: errors", () => {
  it("length: not 16 characters once spaces are removed", () => {
    expect(errorOf("")).toBe("length");
    expect(errorOf("367301150890001")).toBe("length");
    expect(errorOf("36730115089000011")).toBe("length");
  });

  it("digits: other characters than digits and spaces", () => {
    expect(errorOf("36730115089O0001")).toBe("digits");
    expect(errorOf("3673-01150890001")).toBe("digits");
    expect(errorOf("３６７３０１１５０８９００００１")).toBe("digits");
  });

  it("region: a province or regency that never existed", () => {
    expect(errorOf("0000001508900001")).toBe("region");
    expect(errorOf("9999011508900001")).toBe("region");
    expect(errorOf("3699011508900001")).toBe("region");
    // Kalimantan Timur's 64.07 still exists; 64.99 never did.
    expect(errorOf("6499011508900001")).toBe("region");
  });

  it.each([
    ["day 0", "3673010008900001"],
    ["day 32", "3673013208900001"],
    ["day 40", "3673014008900001"],
    ["day 72", "3673017208900001"],
    ["month 0", "3673011500900001"],
    ["month 13", "3673011513900001"],
    ["31 February", "3673013102900001"],
    ["31 April (woman)", "3673017104900001"],
  ])("date: %s", (_, nik) => {
    expect(errorOf(nik)).toBe("date");
  });

  it("serial: 0000", () => {
    expect(errorOf("3673011508900000")).toBe("serial");
  });

  it("lists every error code", () => {
    expect([...NIK_ERRORS].sort()).toEqual(["date", "digits", "length", "region", "serial"]);
  });
});

describe("parseNik: 29 February", () => {
  it.each([
    ["3673012902960001", "1996-02-29"],
    ["3673012902000001", "2000-02-29"],
    ["3673012902240001", "2024-02-29"],
    ["3673016902960001", "1996-02-29"],
  ])("%s is valid (leap year %s)", (nik, birthDate) => {
    expect(parse(nik)).toMatchObject({ ok: true, value: { birthDate } });
  });

  it.each(["3673012902970001", "3673012902250001", "3673016902970001"])("%s is not (no leap year)", (nik) => {
    expect(errorOf(nik)).toBe("date");
  });
});

describe("parseNik: properties", () => {
  // Every regency that exists, with any district number: the district of a NIK is never checked (nik-regions.ts).
  const district = fc
    .tuple(fc.constantFrom(...Object.keys(regionData.regencies)), fc.integer({ min: 1, max: 99 }))
    .map(([regency, number]) => `${regency}${pad(number)}`);
  // Every date from 100 years ago (exclusive) to today: the range the century rule can express.
  const firstDay = Date.UTC(1926, 5, 16);
  const lastDay = Date.UTC(2026, 5, 15);
  const DAY = 86_400_000;
  const birthDate = fc
    .integer({ min: 0, max: (lastDay - firstDay) / DAY })
    .map((offset) => new Date(firstDay + offset * DAY).toISOString().slice(0, 10));

  it("a NIK built from valid parts parses back to the same parts", () => {
    fc.assert(
      fc.property(
        district,
        birthDate,
        fc.constantFrom("M" as const, "F" as const),
        fc.integer({ min: 1, max: 9999 }),
        (district, date, gender, serial) => {
          const nik = buildNik(district, date, gender, serial);
          expect(parse(nik)).toEqual({
            ok: true,
            value: {
              nik,
              provinceCode: district.slice(0, 2),
              regencyCode: district.slice(0, 4),
              districtCode: district,
              birthDate: date,
              gender,
              serial: pad(serial, 4),
            },
          });
        },
      ),
    );
  });

  it("never throws and always returns ok or a known error code", () => {
    const anyInput = fc.oneof(fc.string(), fc.stringMatching(/^[0-9 ]{0,20}$/), fc.stringMatching(/^36\d{14}$/));
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = parse(input);
        expect(result.ok || NIK_ERRORS.includes(result.error)).toBe(true);
      }),
    );
  });
});

describe("nikAgreesWith", () => {
  const parsed = (nik: string) => {
    const result = parse(nik);
    if (!result.ok) throw new Error(`test NIK does not parse: ${result.error}`);
    return result.value;
  };

  it("agrees when birth date and gender match", () => {
    expect(nikAgreesWith(parsed("3673015508900002"), { birthDate: "1990-08-15", gender: "F" })).toEqual({
      birthDate: true,
      gender: true,
    });
  });

  it("flags each mismatch separately", () => {
    expect(nikAgreesWith(parsed("3673015508900002"), { birthDate: "1990-08-16", gender: "M" })).toEqual({
      birthDate: false,
      gender: false,
    });
    expect(nikAgreesWith(parsed("3673011508900001"), { birthDate: "1991-08-15", gender: "M" })).toEqual({
      birthDate: false,
      gender: true,
    });
  });

  it("does not blame the century the NIK cannot carry", () => {
    const bornIn1920 = parsed("3673010103200001");
    expect(bornIn1920.birthDate).toBe("2020-03-01");
    expect(nikAgreesWith(bornIn1920, { birthDate: "1920-03-01", gender: "M" }).birthDate).toBe(true);
  });
});

describe("maskNik and regencyOfNik", () => {
  it("masks all but the first and last four digits", () => {
    expect(maskNik("3673011508900001")).toBe("3673********0001");
    expect(maskNik("3673 0115 0890 0001")).toBe("3673********0001");
  });

  it("refuses to mask something that is not a NIK", () => {
    expect(() => maskNik("12345")).toThrow(RangeError);
  });

  it("gives the regency of a valid NIK only", () => {
    expect(regencyOfNik("3603011508900001", TODAY)).toBe("3603");
    expect(regencyOfNik("3673011508900000", TODAY)).toBeNull();
  });
});
