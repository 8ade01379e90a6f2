import { describe, expect, it } from "vitest";
import { isJudged, pooledShare, retentionBy, type CohortCount } from "../../lib/domain/bpu-retention";

const cohort = (c: string, participants: number, paid: Record<number, number>, channel = "SELF"): CohortCount => ({
  cohort: c as CohortCount["cohort"],
  regencyCode: "3673",
  channel,
  participants,
  paid,
});

describe("BPU retention rules", () => {
  it("judges a month once it has ended, not while it runs", () => {
    // January's cohort, one month after: February, judged from March.
    expect(isJudged("2026-01", 1, "2026-02")).toBe(false);
    expect(isJudged("2026-01", 1, "2026-03")).toBe(true);
    // Across a year: December's 12-month mark is the next December, judged from January after it.
    expect(isJudged("2025-12", 12, "2026-12")).toBe(false);
    expect(isJudged("2025-12", 12, "2027-01")).toBe(true);
  });

  it("pools the cohorts judged at a mark and leaves the young ones out", () => {
    const counts = [cohort("2026-01", 10, { 1: 8, 3: 5 }), cohort("2026-05", 4, { 1: 4 }), cohort("2026-06", 6, { 1: 6 })];
    // As of July: January and May are judged at one month (June is still running), only January at three.
    expect(pooledShare(counts, 1, "2026-07")).toEqual({ paid: 12, of: 14 });
    expect(pooledShare(counts, 3, "2026-07")).toEqual({ paid: 5, of: 10 });
    expect(pooledShare(counts, 12, "2026-07")).toBeNull();
  });

  it("groups by any key with a share at each mark", () => {
    const rows = retentionBy(
      [cohort("2026-01", 10, { 0: 9, 1: 8 }), cohort("2026-01", 5, { 0: 5, 1: 1 }, "BANK_OFFICER"), cohort("2026-02", 2, { 0: 2 })],
      (c) => c.channel,
      "2026-03",
    );
    expect(rows).toEqual([
      { key: "SELF", participants: 12, shares: { 0: { paid: 11, of: 12 }, 1: { paid: 8, of: 10 }, 3: null, 6: null, 12: null } },
      { key: "BANK_OFFICER", participants: 5, shares: { 0: { paid: 5, of: 5 }, 1: { paid: 1, of: 5 }, 3: null, 6: null, 12: null } },
    ]);
  });
});
