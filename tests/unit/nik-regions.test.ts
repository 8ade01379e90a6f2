// Issue 11.6: a NIK keeps the district of its first registration even after
// the district moved to another regency, or its regency code was retired.
import { describe, expect, it } from "vitest";
import { parseNik } from "../../lib/domain/nik";
import { firstRegistrationOf, isPossibleRegency } from "../../lib/domain/nik-regions";

const today = new Date("2026-12-02T05:00:00Z");

describe("NIKs of districts that moved", () => {
  it("takes 3604012512850123 (Kab. Serang 36.04.01, now Kota Serang; born 25-12-1985, male)", () => {
    expect(parseNik("3604012512850123", today)).toMatchObject({
      ok: true,
      value: { birthDate: "1985-12-25", gender: "M", regencyCode: "3604" },
    });
    expect(firstRegistrationOf("3604012512850123")).toEqual({ regency: "Kabupaten Serang", now: "Kota Serang" });
  });

  it.each(["360401", "360402", "360403", "360404", "360410", "360421"])("%s: Kabupaten Serang, now Kota Serang", (district) => {
    expect(parseNik(`${district}0101900001`, today).ok).toBe(true);
    expect(firstRegistrationOf(`${district}0101900001`)).toEqual({ regency: "Kabupaten Serang", now: "Kota Serang" });
  });

  it.each(["360321", "360324", "360325", "360326"])("%s: Kabupaten Tangerang, now Kota Tangerang Selatan", (district) => {
    expect(parseNik(`${district}0101900001`, today).ok).toBe(true);
    expect(firstRegistrationOf(`${district}0101900001`)).toEqual({ regency: "Kabupaten Tangerang", now: "Kota Tangerang Selatan" });
  });

  it("names a current Banten district, and leaves an unknown district unnamed but accepted", () => {
    expect(firstRegistrationOf("3673011508900001")).toEqual({ district: "Serang", regency: "Kota Serang" });
    expect(parseNik("3673991508900001", today).ok).toBe(true);
    expect(firstRegistrationOf("3673991508900001")).toEqual({ district: undefined, regency: "Kota Serang" });
  });
});

describe("NIKs of retired regency codes", () => {
  it.each([
    ["6404", "Kabupaten Bulungan"],
    ["6405", "Kabupaten Malinau"],
    ["6406", "Kabupaten Nunukan"],
    ["6410", "Kabupaten Tana Tidung"],
    ["6473", "Kota Tarakan"],
  ])("%s (Kalimantan Timur until 2012) is now %s, Kalimantan Utara", (code, now) => {
    expect(parseNik(`${code}011508900001`, today).ok).toBe(true);
    expect(firstRegistrationOf(`${code}011508900001`)).toEqual({ regency: "Kalimantan Timur", now });
  });

  it.each(["7319", "7320", "7321", "7323", "7325"])("%s (Sulawesi Selatan until 2004) is now in Sulawesi Barat", (code) => {
    expect(isPossibleRegency(code)).toBe(true);
    expect(firstRegistrationOf(`${code}011508900001`)).toEqual({ regency: "Sulawesi Selatan", now: "Sulawesi Barat" });
  });

  it("takes the codes of Papua and Papua Barat before the 2022 split, and no kota code above 79", () => {
    expect(isPossibleRegency("9101")).toBe(true);
    expect(isPossibleRegency("9271")).toBe(true);
    expect(isPossibleRegency("9130")).toBe(false);
    expect(isPossibleRegency("9180")).toBe(false);
  });

  it("still refuses codes that never existed, and keeps the date and serial checks", () => {
    expect(parseNik("6499011508900001", today)).toEqual({ ok: false, error: "region" });
    expect(parseNik("3604013212850123", today)).toEqual({ ok: false, error: "date" });
    expect(parseNik("3604012512850000", today)).toEqual({ ok: false, error: "serial" });
  });
});
