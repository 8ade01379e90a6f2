import { describe, expect, it } from "vitest";
import { BANTEN_MINIMUM_WAGES, checkMinimumWage, checkMinimumWageSen, minimumWageFor } from "../../lib/domain/minimum-wage";
import { formatRupiahSen } from "../../lib/domain/money";
import { BANTEN_REGENCY_CODES } from "../../lib/domain/regions";
import { wageProblem } from "../../lib/pu-enrollment/minimum-wage";

describe("minimum wages in Banten (Kepgub Banten 471/2024 and 703/2025)", () => {
  it("has a UMK for each of the eight regencies and cities in 2025 and 2026, in sen", () => {
    for (const table of BANTEN_MINIMUM_WAGES) expect(Object.keys(table.umkSen).sort()).toEqual([...BANTEN_REGENCY_CODES].sort());
    expect(minimumWageFor("3672", "2026-01")).toEqual({ kind: "UMK", year: 2026, regencyCode: "3672", amountSen: 546_992_259 });
    expect(minimumWageFor("3672", "2025-12")).toMatchObject({ year: 2025, amountSen: 512_808_448 });
    expect(formatRupiahSen(546_992_259)).toBe("Rp 5.469.922,59");
  });

  it("uses the UMP where a regency has no UMK, keeps 2026 in force until the 2027 decree, and has nothing before 2025", () => {
    expect(minimumWageFor("3201", "2026-06")).toEqual({ kind: "UMP", year: 2026, regencyCode: null, amountSen: 310_088_140 });
    expect(minimumWageFor("3673", "2027-06")).toMatchObject({ year: 2026 });
    expect(minimumWageFor("3673", "2024-12")).toBeUndefined();
  });

  it("refuses a wage 1 sen below the UMK for medium and large businesses, accepts one at it", () => {
    const cilegon = { regencyCode: "3672", period: "2026-03" } as const;
    for (const scale of ["MEDIUM", "LARGE"] as const) {
      expect(checkMinimumWageSen({ ...cilegon, scale, wageSen: 546_992_258 })).toMatchObject({
        status: "refused",
        minimum: { amountSen: 546_992_259 },
      });
      expect(checkMinimumWageSen({ ...cilegon, scale, wageSen: 546_992_259 })).toEqual({ status: "ok" });
    }
    // Whole rupiah wages: Rp 5,469,922 is 59 sen below, Rp 5,469,923 above.
    expect(checkMinimumWage({ ...cilegon, scale: "MEDIUM", wage: 5_469_922 })).toMatchObject({ status: "refused" });
    expect(checkMinimumWage({ ...cilegon, scale: "MEDIUM", wage: 5_469_923 })).toEqual({ status: "ok" });
  });

  it("only warns micro and small businesses, which may agree wages (PP 36/2021 Pasal 36)", () => {
    for (const scale of ["MICRO", "SMALL"] as const) {
      expect(checkMinimumWageSen({ regencyCode: "3603", period: "2026-03", scale, wageSen: 521_037_699 })).toMatchObject({
        status: "warned",
      });
      expect(checkMinimumWageSen({ regencyCode: "3603", period: "2026-03", scale, wageSen: 521_037_700 })).toEqual({ status: "ok" });
    }
  });

  it("checks a worker starting later against the UMK of the start month, one who started earlier against this month's", () => {
    const company = { regencyCode: "3673", scale: "MEDIUM" as const };
    const inDecember2025 = new Date("2025-12-10T03:00:00Z");
    // 4,500,000 meets the 2025 UMK of Kota Serang (4,418,261.13) but not the 2026 one (4,665,927.94).
    expect(wageProblem({ wage: 4_500_000, startDate: "2025-06-01" }, company, inDecember2025)).toBeNull();
    expect(wageProblem({ wage: 4_500_000, startDate: "2026-01-05" }, company, inDecember2025)).toEqual({
      kind: "error",
      message: "errors.wage.belowMinimum?kind=UMK&place=Kota+Serang&year=2026&minimum=Rp+4.665.927%2C94",
    });
    expect(wageProblem({ wage: 4_500_000 }, { ...company, scale: "SMALL" }, new Date("2026-02-01T03:00:00Z"))).toMatchObject({
      kind: "warning",
    });
  });
});
