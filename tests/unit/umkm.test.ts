import { describe, expect, it } from "vitest";
import { umkmScale } from "../../lib/domain/umkm";

const scaleOf = (input: Parameters<typeof umkmScale>[0]) => {
  const result = umkmScale(input);
  return result.ok ? result.value.scale : result.error;
};

describe('umkmScale: PP 7/2021 Pasal 35, bounds inclusive ("paling banyak")', () => {
  it.each([
    [0, "MICRO"],
    [1_000_000_000, "MICRO"],
    [1_000_000_001, "SMALL"],
    [5_000_000_000, "SMALL"],
    [5_000_000_001, "MEDIUM"],
    [10_000_000_000, "MEDIUM"],
    [10_000_000_001, "LARGE"],
  ])("capital Rp %d → %s", (capital, scale) => {
    expect(umkmScale({ capital })).toEqual({ ok: true, value: { scale, criterion: "capital" } });
  });

  it.each([
    [0, "MICRO"],
    [2_000_000_000, "MICRO"],
    [2_000_000_001, "SMALL"],
    [15_000_000_000, "SMALL"],
    [15_000_000_001, "MEDIUM"],
    [50_000_000_000, "MEDIUM"],
    [50_000_000_001, "LARGE"],
  ])("annual turnover Rp %d → %s", (annualTurnover, scale) => {
    expect(umkmScale({ annualTurnover })).toEqual({ ok: true, value: { scale, criterion: "annualTurnover" } });
  });
});

describe("umkmScale: both given, turnover decides (ours: capital is for founding or registering, Pasal 35 ayat (2))", () => {
  it("a business with little capital and large turnover is sized by its turnover", () => {
    expect(umkmScale({ capital: 500_000_000, annualTurnover: 20_000_000_000 })).toEqual({
      ok: true,
      value: { scale: "MEDIUM", criterion: "annualTurnover" },
    });
  });

  it("and the other way round", () => {
    expect(scaleOf({ capital: 8_000_000_000, annualTurnover: 1_500_000_000 })).toBe("MICRO");
  });
});

describe("umkmScale: errors", () => {
  it.each<[string, Parameters<typeof umkmScale>[0]]>([
    ["criterion_missing", {}],
    ["capital_invalid", { capital: -1 }],
    ["capital_invalid", { capital: 1.5 }],
    ["capital_invalid", { capital: Number.NaN }],
    ["turnover_invalid", { annualTurnover: -1 }],
    ["turnover_invalid", { annualTurnover: 2 ** 53 }],
    // A bad capital is reported even though turnover would decide.
    ["capital_invalid", { capital: -5, annualTurnover: 1_000 }],
  ])("%s: %j", (error, input) => {
    expect(umkmScale(input)).toEqual({ ok: false, error });
  });
});
