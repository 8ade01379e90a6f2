// A sponsor's beneficiary row as sheets write it (issue 16): regencies by code
// or name, occupations by their Indonesian word, and never a throw or a raw
// message whatever a cell holds.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseBeneficiaryRow } from "../../lib/sponsorship/beneficiary-row";

const base = { nik: "3601024403920004", name: "Nurhayati", birthDate: "04/03/1992", gender: "P" };

describe("a beneficiary row", () => {
  it("reads a regency by code or name, and asks which one when a name is both a kabupaten and a kota", () => {
    const regency = (value: string) => {
      const parsed = parseBeneficiaryRow({ ...base, regency: value });
      return parsed.ok ? parsed.row.regencyCode : parsed.errors.regency;
    };
    expect(["3601", "36.01", "Kabupaten Pandeglang", "kab. pandeglang", "KAB PANDEGLANG", "Pandeglang"].map(regency)).toEqual(
      Array(6).fill("3601"),
    );
    expect(regency("Kota Serang")).toBe("3673");
    expect(regency("Kab Serang")).toBe("3604");
    expect(regency("Serang")).toBe("errors.sponsor.regencyAmbiguous");
    expect(regency("Bandung")).toBe("errors.sponsor.regency");
    expect(regency("3201")).toBe("errors.sponsor.regency");
  });

  it("reads an occupation by its word or code; an unknown one is said at its column", () => {
    const occupation = (value: string) => {
      const parsed = parseBeneficiaryRow({ ...base, occupation: value });
      return parsed.ok ? parsed.row.occupation : parsed.errors.occupation;
    };
    expect(["Nelayan", "nelayan ", "FISHER"].map(occupation)).toEqual(["FISHER", "FISHER", "FISHER"]);
    expect(occupation("ojek online")).toBe("DRIVER");
    expect(occupation("Pemilik UMKM")).toBe("UMKM_OWNER");
    expect(occupation("astronaut")).toBe("errors.sponsor.occupation");
    expect(occupation("")).toBeUndefined();
  });

  it("never throws, and answers only message keys, whatever the cells hold", () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom("\u0000", "Kota", "36", "x".repeat(500), " ", "Kab."));
    fc.assert(
      fc.property(
        fc.record({ nik: cell, name: cell, birthDate: cell, gender: cell, occupation: cell, regency: cell, address: cell }),
        (values) => {
          const parsed = parseBeneficiaryRow(values);
          if (!parsed.ok) for (const message of Object.values(parsed.errors)) expect(message).toMatch(/^errors\.[\w.]+(\?.*)?$/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
