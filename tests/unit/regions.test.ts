import { getDistricts, getProvinces, getRegencies } from "idn-area-data";
import { describe, expect, it } from "vitest";
import bantenDistrictData from "../../lib/domain/data/banten-districts.json";
import regionData from "../../lib/domain/data/regions.json";
import { BANTEN_REGENCIES, bantenDistricts, isBantenDistrict, isBantenRegency, provinceName, regencyName } from "../../lib/domain/regions";
import { buildRegionData } from "../../scripts/generate-regions";
import { isPossibleRegency } from "../../lib/domain/nik-regions";

const undot = (code: string) => code.replaceAll(".", "");

describe("region snapshot", () => {
  it("matches what idn-area-data produces now (run scripts/generate-regions.ts if not)", async () => {
    const { regions, banten } = await buildRegionData();
    expect(regionData).toEqual(regions);
    expect(bantenDistrictData).toEqual(banten);
  });

  it("knows every province and regency in idn-area-data by name, and Banten's districts", async () => {
    const [provinces, regencies, districts] = await Promise.all([getProvinces(), getRegencies(), getDistricts({ transform: true })]);
    for (const p of provinces) expect(provinceName(p.code)).toBe(p.name);
    for (const r of regencies) expect(regencyName(undot(r.code))).toBe(r.name);
    // A NIK's district is never checked (nik-regions.ts): only Banten's, for addresses, are kept.
    expect(districts.filter((d) => isPossibleRegency(undot(d.code).slice(0, 4)) === false)).toEqual([]);
    const bantenFromLibrary = districts.filter((d) => d.code.startsWith("36."));
    expect(bantenFromLibrary).toHaveLength(Object.keys(bantenDistrictData).length);
    for (const d of bantenFromLibrary) {
      expect(isBantenDistrict(undot(d.code), undot(d.regencyCode))).toBe(true);
    }
  });
});

describe("Banten", () => {
  it("has the 4 kabupaten and 4 kota", () => {
    expect(BANTEN_REGENCIES).toEqual([
      { code: "3601", name: "Kabupaten Pandeglang" },
      { code: "3602", name: "Kabupaten Lebak" },
      { code: "3603", name: "Kabupaten Tangerang" },
      { code: "3604", name: "Kabupaten Serang" },
      { code: "3671", name: "Kota Tangerang" },
      { code: "3672", name: "Kota Cilegon" },
      { code: "3673", name: "Kota Serang" },
      { code: "3674", name: "Kota Tangerang Selatan" },
    ]);
  });

  it("tells Banten regencies from others", () => {
    expect(isBantenRegency("3673")).toBe(true);
    expect(isBantenRegency("3675")).toBe(false);
    expect(isBantenRegency("3171")).toBe(false);
    expect(provinceName("36")).toBe("Banten");
  });

  it("lists the districts of one regency, sorted by code", () => {
    expect(bantenDistricts("3673")).toEqual([
      { code: "367301", name: "Serang" },
      { code: "367302", name: "Kasemen" },
      { code: "367303", name: "Walantaka" },
      { code: "367304", name: "Curug" },
      { code: "367305", name: "Cipocok Jaya" },
      { code: "367306", name: "Taktakan" },
    ]);
    expect(bantenDistricts("3171")).toEqual([]);
    const total = BANTEN_REGENCIES.reduce((n, r) => n + bantenDistricts(r.code).length, 0);
    expect(total).toBe(Object.keys(bantenDistrictData).length);
  });

  it("checks a district against its regency", () => {
    expect(isBantenDistrict("367401")).toBe(true);
    expect(isBantenDistrict("367401", "3674")).toBe(true);
    expect(isBantenDistrict("367401", "3673")).toBe(false);
    expect(isBantenDistrict("317101")).toBe(false);
  });
});

describe("names", () => {
  it("is unknown for names that only exist in regencies", () => {
    expect(regencyName("3699")).toBeUndefined();
    expect(provinceName("99")).toBeUndefined();
    expect(regencyName("toString")).toBeUndefined();
  });
});
