import { describe, expect, it } from "vitest";
import { isPaymentPeriod, PROGRAM_REQUIREMENTS, programsWith } from "../../lib/domain/programs";

describe("program requirements per category", () => {
  it("BPU: JKK and JKM mandatory, JHT optional, JP and JKP not available", () => {
    expect(programsWith("BPU", "mandatory")).toEqual(["JKK", "JKM"]);
    expect(programsWith("BPU", "optional")).toEqual(["JHT"]);
    expect(programsWith("BPU", "unavailable")).toEqual(["JP", "JKP"]);
  });

  it("Jasa Konstruksi: only JKK and JKM", () => {
    expect(programsWith("JAKON", "mandatory")).toEqual(["JKK", "JKM"]);
    expect(programsWith("JAKON", "optional")).toEqual([]);
  });

  it("PU: all five programs", () => {
    expect(programsWith("PU", "mandatory")).toEqual(["JKK", "JKM", "JHT", "JP", "JKP"]);
    expect(PROGRAM_REQUIREMENTS.PU.JP).toBe("mandatory");
  });
});

describe("isPaymentPeriod", () => {
  it("allows 1, 3, 6 and 12 months only", () => {
    expect([0, 1, 2, 3, 4, 6, 12, 24].filter(isPaymentPeriod)).toEqual([1, 3, 6, 12]);
  });
});
