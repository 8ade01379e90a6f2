import { describe, expect, it } from "vitest";
import { contributionFunding, endNotice, ineligibility, monthlyCost, overlap, sponsoredMonths } from "../../lib/domain/sponsorship";

const fishers = { regencyCodes: ["3601", "3602"], occupations: ["FISHER" as const], minAge: 18, maxAge: 60 };

describe("sponsored cover (issue 16)", () => {
  it("says why someone does not qualify: BPU only, the sponsor's area, the occupation, the age on the first day", () => {
    const nelayan = { category: "BPU" as const, regencyCode: "3601", occupation: "FISHER" as const, birthDate: "1980-05-01" };
    expect(ineligibility(fishers, nelayan, "2026-07-01")).toEqual([]);
    // Someone not yet a participant qualifies like a BPU worker (enrolled as BPU).
    expect(ineligibility(fishers, { ...nelayan, category: null }, "2026-07-01")).toEqual([]);
    expect(ineligibility(fishers, { ...nelayan, category: "PU", regencyCode: "3673", occupation: "TRADER" }, "2026-07-01")).toEqual([
      "notBpu",
      "outsideArea",
      "occupation",
    ]);
    // 18 on the day itself qualifies; the day before does not. 61 is too old.
    expect(ineligibility(fishers, { ...nelayan, birthDate: "2008-07-01" }, "2026-07-01")).toEqual([]);
    expect(ineligibility(fishers, { ...nelayan, birthDate: "2008-07-02" }, "2026-07-01")).toEqual(["tooYoung"]);
    expect(ineligibility(fishers, { ...nelayan, birthDate: "1965-06-30" }, "2026-07-01")).toEqual(["tooOld"]);
    // No bounds: anyone who is BPU.
    const open = { regencyCodes: [], occupations: [], minAge: null, maxAge: null };
    expect(ineligibility(open, { ...nelayan, occupation: null, regencyCode: "3674" }, "2026-07-01")).toEqual([]);
  });

  it("pays no relief for APBD or APBN money (PP 50/2025), and the relief for CSR money like for anyone", () => {
    const programme = { insuredIncome: 1_000_000, withJht: false };
    expect(contributionFunding("CSR")).toBe("OTHER");
    // June 2026: PP 50/2025 halves JKK and JKM for BPU workers of any sector (Rp 16,800 → Rp 8,400).
    expect(monthlyCost({ ...programme, funding: "APBD" }, "FISHER", "2026-06")).toBe(16_800);
    expect(monthlyCost({ ...programme, funding: "APBN" }, "FISHER", "2026-06")).toBe(16_800);
    expect(monthlyCost({ ...programme, funding: "CSR" }, "FISHER", "2026-06")).toBe(8_400);
    // January 2027: only transport workers still have it.
    expect(monthlyCost({ ...programme, funding: "CSR" }, "FISHER", "2027-01")).toBe(16_800);
    expect(monthlyCost({ ...programme, funding: "CSR" }, "DRIVER", "2027-01")).toBe(8_400);
    // With JHT (2% of the base), never relieved.
    expect(monthlyCost({ ...programme, withJht: true, funding: "APBD" }, "FISHER", "2026-06")).toBe(36_800);
  });

  it("runs a sponsorship from its first month to the programme's last, and tells the participant a month before", () => {
    const programme = { fromPeriod: "2026-01" as const, toPeriod: "2026-12" as const };
    expect(sponsoredMonths(programme, "2026-10")).toEqual(["2026-10", "2026-11", "2026-12"]);
    expect(sponsoredMonths(programme, "2025-11")).toHaveLength(12);
    expect(sponsoredMonths(programme, "2027-01")).toEqual([]);
    expect(overlap(["2026-10", "2026-11"], ["2026-11", "2026-12"])).toEqual(["2026-11"]);
    expect(endNotice("2026-12")).toEqual({ lastMonth: "2026-12", noticeMonth: "2026-11" });
  });
});
