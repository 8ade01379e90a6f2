import { describe, expect, it } from "vitest";
import { changeTakesEffect, nextCycleStart, termsInForce } from "../../lib/domain/bpu-terms";

const registered = { registeredPeriod: "2026-11" as const, declaredIncome: 1_000_000, paymentPeriodMonths: 3 };

describe("BPU terms over time", () => {
  it("hold the registration's terms until a scheduled change begins, then the change's", () => {
    const scheduled = [{ fromPeriod: "2027-02", declaredIncome: 3_000_000, paymentPeriodMonths: 1 }];
    expect(termsInForce(registered, scheduled, "2027-01")).toEqual({ anchor: "2026-11", income: 1_000_000, months: 3 });
    expect(termsInForce(registered, scheduled, "2027-02")).toEqual({ anchor: "2027-02", income: 3_000_000, months: 1 });
    expect(termsInForce(registered, scheduled, "2028-06")).toMatchObject({ income: 3_000_000 });
  });

  it("are none before a PU worker's first BPU month", () => {
    const continuing = { ...registered, declaredIncome: null, paymentPeriodMonths: null };
    const scheduled = [{ fromPeriod: "2027-01", declaredIncome: 2_000_000, paymentPeriodMonths: 1 }];
    expect(termsInForce(continuing, scheduled, "2026-12")).toBeNull();
    expect(termsInForce(continuing, scheduled, "2027-01")).toMatchObject({ income: 2_000_000 });
    // A change asked before then replaces those first terms, from the same month.
    expect(changeTakesEffect(continuing, scheduled, "2026-12")).toBe("2027-01");
  });

  it("change at the next cycle: next month for a monthly payer, after the months paid for the others", () => {
    expect(nextCycleStart({ anchor: "2026-11", months: 1 }, "2026-12")).toBe("2027-01");
    // 3 months from November: Nov–Jan paid, the next cycle begins in February.
    expect(nextCycleStart({ anchor: "2026-11", months: 3 }, "2026-11")).toBe("2027-02");
    expect(nextCycleStart({ anchor: "2026-11", months: 3 }, "2027-01")).toBe("2027-02");
    expect(nextCycleStart({ anchor: "2026-11", months: 3 }, "2027-02")).toBe("2027-05");
    expect(nextCycleStart({ anchor: "2026-01", months: 12 }, "2026-12")).toBe("2027-01");
    // Terms that begin later: their first month.
    expect(nextCycleStart({ anchor: "2027-03", months: 6 }, "2026-12")).toBe("2027-03");
    expect(changeTakesEffect(registered, [], "2026-12")).toBe("2027-02");
  });
});
