import { describe, expect, it } from "vitest";
import { coverageStatus, LAPSE_AFTER_MONTHS } from "../../lib/domain/coverage";

const status = (input: Partial<Parameters<typeof coverageStatus>[0]>) =>
  coverageStatus({ category: "BPU", oldestUnpaidDueDate: null, asOf: "2027-01-01", hasEverPaid: true, ...input });

describe("coverageStatus", () => {
  it("grants 3 months of arrears in every category", () => {
    expect(LAPSE_AFTER_MONTHS).toEqual({ BPU: 3, PU: 3, JAKON: 3 });
  });

  it("is PENDING until something was paid, however long the first bill waits", () => {
    expect(status({ hasEverPaid: false })).toBe("PENDING");
    expect(status({ hasEverPaid: false, oldestUnpaidDueDate: "2026-12-15", asOf: "2028-01-01" })).toBe("PENDING");
  });

  it("is ACTIVE when nothing is unpaid", () => {
    expect(status({ oldestUnpaidDueDate: null, asOf: "2030-01-01" })).toBe("ACTIVE");
  });

  for (const category of ["BPU", "PU", "JAKON"] as const) {
    it(`${category}: stays ACTIVE for 3 started months of arrears and LAPSES on the first day of the 4th`, () => {
      const at = (asOf: string) => status({ category, oldestUnpaidDueDate: "2026-12-15", asOf });
      expect(at("2026-12-15")).toBe("ACTIVE");
      expect(at("2026-12-16")).toBe("ACTIVE");
      expect(at("2027-03-15")).toBe("ACTIVE");
      expect(at("2027-03-16")).toBe("LAPSED");
      expect(at("2027-09-01")).toBe("LAPSED");
    });
  }

  it("reads dates from the database and instants in Jakarta", () => {
    const due = new Date("2026-12-15T00:00:00Z");
    expect(status({ oldestUnpaidDueDate: due, asOf: new Date("2027-03-15T16:59:59Z") })).toBe("ACTIVE");
    expect(status({ oldestUnpaidDueDate: due, asOf: new Date("2027-03-15T17:00:00Z") })).toBe("LAPSED");
  });
});
