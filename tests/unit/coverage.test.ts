import { describe, expect, it } from "vitest";
import { bpuCoveredUntil, coverageStatus, LAPSE_AFTER_MONTHS } from "../../lib/domain/coverage";

const status = (input: Partial<Parameters<typeof coverageStatus>[0]>) =>
  coverageStatus({ category: "BPU", oldestUnpaid: null, asOf: "2027-01-01", hasEverPaid: true, ...input });

const unpaid = (periodStart: string, dueDate: string) => ({ periodStart, dueDate });

describe("coverageStatus", () => {
  it("grants 3 months of arrears in every category", () => {
    expect(LAPSE_AFTER_MONTHS).toEqual({ BPU: 3, PU: 3, JAKON: 3 });
  });

  it("is PENDING until something was paid, however long the first bill waits", () => {
    expect(status({ hasEverPaid: false })).toBe("PENDING");
    expect(status({ hasEverPaid: false, oldestUnpaid: unpaid("2026-12-01", "2026-12-15"), asOf: "2028-01-01" })).toBe("PENDING");
  });

  it("is ACTIVE when nothing is unpaid", () => {
    expect(status({ oldestUnpaid: null, asOf: "2030-01-01" })).toBe("ACTIVE");
  });

  it("BPU: paid through November, cover holds through February and lapses on 1 March, counted from the end of the last paid month", () => {
    expect(bpuCoveredUntil("2026-12-01")).toBe("2027-02-28");
    const at = (asOf: string) => status({ category: "BPU", oldestUnpaid: unpaid("2026-12-01", "2026-12-15"), asOf });
    expect(at("2026-12-16")).toBe("ACTIVE");
    expect(at("2027-02-28")).toBe("ACTIVE");
    expect(at("2027-03-01")).toBe("LAPSED");
    // Not from a later due date: a bill due on the 21st (issued late) lapses on the same day.
    expect(status({ category: "BPU", oldestUnpaid: unpaid("2026-12-01", "2026-12-21"), asOf: "2027-03-01" })).toBe("LAPSED");
    expect(bpuCoveredUntil(new Date("2027-12-01T00:00:00Z"))).toBe("2028-02-29"); // leap year
  });

  for (const category of ["PU", "JAKON"] as const) {
    it(`${category}: stays ACTIVE for 3 started months of arrears from the due date and LAPSES on the first day of the 4th`, () => {
      const at = (asOf: string) => status({ category, oldestUnpaid: unpaid("2026-11-01", "2026-12-15"), asOf });
      expect(at("2026-12-15")).toBe("ACTIVE");
      expect(at("2026-12-16")).toBe("ACTIVE");
      expect(at("2027-03-15")).toBe("ACTIVE");
      expect(at("2027-03-16")).toBe("LAPSED");
      expect(at("2027-09-01")).toBe("LAPSED");
    });
  }

  it("reads dates from the database and instants in Jakarta", () => {
    const oldestUnpaid = { periodStart: new Date("2026-11-01T00:00:00Z"), dueDate: new Date("2026-12-15T00:00:00Z") };
    expect(status({ category: "PU", oldestUnpaid, asOf: new Date("2027-03-15T16:59:59Z") })).toBe("ACTIVE");
    expect(status({ category: "PU", oldestUnpaid, asOf: new Date("2027-03-15T17:00:00Z") })).toBe("LAPSED");
    expect(status({ oldestUnpaid, asOf: new Date("2027-01-31T16:59:59Z") })).toBe("ACTIVE");
    expect(status({ oldestUnpaid, asOf: new Date("2027-01-31T17:00:00Z") })).toBe("LAPSED");
  });
});
