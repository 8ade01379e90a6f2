import { describe, expect, it } from "vitest";
import { LATE_FINE_RATE_BP, lateFine } from "../../lib/domain/fines";

const pu = (outstanding: number | bigint, asOf: string | Date, dueDate: string | Date = "2026-12-15") =>
  lateFine({ category: "PU", outstanding, dueDate, asOf });

describe("lateFine", () => {
  it("is 2% a month, written once", () => {
    expect(LATE_FINE_RATE_BP).toBe(200);
  });

  it("charges 2% for every started month, from the day after the due date", () => {
    const owed = 1_000_000; // 2% = 20,000
    expect(pu(owed, "2026-12-14")).toBe(0);
    expect(pu(owed, "2026-12-15")).toBe(0); // paying on the due date is on time
    expect(pu(owed, "2026-12-16")).toBe(20_000);
    expect(pu(owed, "2027-01-15")).toBe(20_000);
    expect(pu(owed, "2027-01-16")).toBe(40_000);
    expect(pu(owed, "2027-02-15")).toBe(40_000);
    expect(pu(owed, "2027-02-16")).toBe(60_000);
    expect(pu(owed, "2027-03-16")).toBe(80_000);
    // No cap on the months: a year and a day late is 13 months.
    expect(pu(owed, "2027-12-16")).toBe(260_000);
  });

  it("waits for the next working day when the due date is on a Sunday or holiday, not on a Saturday", () => {
    const sunday = "2027-08-15"; // payable until Monday 16 August
    expect(pu(1_000_000, "2027-08-16", sunday)).toBe(0);
    expect(pu(1_000_000, "2027-08-17", sunday)).toBe(20_000);
    // Once late, months still count from the stored due date.
    expect(pu(1_000_000, "2027-09-15", sunday)).toBe(20_000);
    expect(pu(1_000_000, "2027-09-16", sunday)).toBe(40_000);
    const saturday = "2027-05-15";
    expect(pu(1_000_000, "2027-05-15", saturday)).toBe(0);
    expect(pu(1_000_000, "2027-05-16", saturday)).toBe(20_000);
    const cutiBersama = "2026-05-15"; // then Saturday 16 May is a working day
    expect(pu(1_000_000, "2026-05-16", cutiBersama)).toBe(0);
    expect(pu(1_000_000, "2026-05-17", cutiBersama)).toBe(20_000);
  });

  it("is zero when nothing is owed", () => {
    expect(pu(0, "2027-06-01")).toBe(0);
    expect(pu(0n, "2027-06-01")).toBe(0);
    expect(pu(-5_000, "2027-06-01")).toBe(0); // overpaid
  });

  it("fines employers (PU, Jakon contractors) but not BPU participants", () => {
    const late = { outstanding: 1_000_000, dueDate: "2026-12-15", asOf: "2027-02-01" };
    expect(lateFine({ category: "PU", ...late })).toBe(40_000);
    expect(lateFine({ category: "JAKON", ...late })).toBe(40_000);
    expect(lateFine({ category: "BPU", ...late })).toBe(0);
  });

  it("rounds the monthly 2% half-up to whole rupiah, then multiplies by the months", () => {
    expect(pu(24, "2026-12-16")).toBe(0); // 0.48
    expect(pu(25, "2026-12-16")).toBe(1); // 0.5
    expect(pu(75, "2026-12-16")).toBe(2); // 1.5
    expect(pu(74, "2026-12-16")).toBe(1); // 1.48
    expect(pu(25, "2027-02-16")).toBe(3); // 1 a month for 3 months, not round(1.5) = 2
    expect(pu(1_234_567, "2026-12-16")).toBe(24_691); // 24,691.34
  });

  it("computes in integers, exact for a bigint total", () => {
    // 2% of 123,456,789,012,345 = 2,469,135,780,246.9 → …247; floating point would be off here.
    expect(pu(123_456_789_012_345n, "2026-12-16")).toBe(2_469_135_780_247);
  });

  it("reads a @db.Date due date as its day and an instant as the Jakarta day", () => {
    const due = new Date("2026-12-15T00:00:00Z");
    expect(pu(1_000_000, new Date("2026-12-15T16:59:59Z"), due)).toBe(0); // 23:59 WIB on the 15th
    expect(pu(1_000_000, new Date("2026-12-15T17:00:00Z"), due)).toBe(20_000); // 00:00 WIB on the 16th
  });
});
