// Issue 17: arrears by how long they are overdue, from each month's remainder and its category's due date.
import { describe, expect, it } from "vitest";
import { ageingBucket, arrearsAgeing } from "../../lib/domain/arrears-ageing";

describe("arrears ageing", () => {
  it("puts the boundaries where the dashboard says: 30, 60 and 90 days in the lower bucket", () => {
    expect([0, 1, 30, 31, 60, 61, 90, 91].map(ageingBucket)).toEqual([null, "0-30", "0-30", "31-60", "31-60", "61-90", "61-90", "90+"]);
  });

  it("counts from the due date of the month's category, moved off a Sunday, and leaves out what is not yet due", () => {
    const rows = [
      // BPU September 2026: due Tuesday 15 September. On 15 October, 30 days; on 15 December, 91.
      { period: "2026-09", category: "BPU", arrears: 16_800n },
      // PU October 2026: due 15 November, a Sunday, so the 16th. On 15 December, 29 days.
      { period: "2026-10", category: "PU", arrears: 1_000_000n },
      // PU August 2026: due 15 September as well (the month after). On 15 October, 30 days; on 15 December, 91.
      { period: "2026-08", category: "PU", arrears: 500_000n },
      // BPU December 2026: due 15 December. On 15 December itself, not yet late.
      { period: "2026-12", category: "BPU", arrears: 16_800n },
      // Before the first due-date rule we hold (2015-07): long overdue.
      { period: "2015-03", category: "PU", arrears: 7n },
      // Nothing owed is no row in any bucket.
      { period: "2026-11", category: "JAKON", arrears: 0n },
    ] as const;
    // On 15 October PU October is not billed yet as overdue (due 16 November), nor BPU December.
    expect(arrearsAgeing(rows, "2026-10-15")).toEqual({ "0-30": 516_800n, "31-60": 0n, "61-90": 0n, "90+": 7n });
    expect(arrearsAgeing(rows, "2026-12-15")).toEqual({ "0-30": 1_000_000n, "31-60": 0n, "61-90": 0n, "90+": 516_807n });
    expect(arrearsAgeing(rows, "2026-11-16")).toMatchObject({ "0-30": 0n, "61-90": 516_800n });
  });
});
