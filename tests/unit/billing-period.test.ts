import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addMonths,
  addMonthsToDate,
  currentPeriod,
  DUE_DATE_RULES,
  dueDateFor,
  isoDate,
  dateColumn,
  lastDayToPay,
  lateBefore,
  monthsBetween,
  monthsLate,
  periodEndDate,
  periodsFrom,
  startsCycle,
  type Period,
} from "../../lib/domain/billing-period";

const period = fc
  .record({ year: fc.integer({ min: 2015, max: 2100 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => `${year}-${String(month).padStart(2, "0")}` as Period);

describe("periods", () => {
  it("advance across the year boundary both ways", () => {
    expect(addMonths("2026-12", 1)).toBe("2027-01");
    expect(addMonths("2026-11", 3)).toBe("2027-02");
    expect(addMonths("2027-01", -1)).toBe("2026-12");
    expect(addMonths("2026-12", 12)).toBe("2027-12");
    expect(addMonths("2026-12", 25)).toBe("2029-01");
    expect(addMonths("2026-01", -13)).toBe("2024-12");
  });

  it("are the calendar month in Jakarta (UTC+7)", () => {
    expect(currentPeriod(new Date("2026-11-30T16:59:59Z"))).toBe("2026-11");
    expect(currentPeriod(new Date("2026-11-30T17:00:00Z"))).toBe("2026-12");
    expect(currentPeriod(new Date("2026-12-31T17:00:00Z"))).toBe("2027-01");
  });

  it("round-trip and count months", () => {
    fc.assert(
      fc.property(period, fc.integer({ min: -200, max: 200 }), (p, n) => {
        expect(addMonths(addMonths(p, n), -n)).toBe(p);
        expect(monthsBetween(p, addMonths(p, n))).toBe(n);
      }),
    );
  });

  it("list a range oldest first, over a year end", () => {
    expect(periodsFrom("2026-11", "2027-02")).toEqual(["2026-11", "2026-12", "2027-01", "2027-02"]);
    expect(periodsFrom("2026-11", "2026-11")).toEqual(["2026-11"]);
    expect(periodsFrom("2026-11", "2026-10")).toEqual([]);
  });

  it("end on the month's last day, leap years included", () => {
    expect(periodEndDate("2026-12")).toBe("2026-12-31");
    expect(periodEndDate("2026-11")).toBe("2026-11-30");
    expect(periodEndDate("2027-02")).toBe("2027-02-28");
    expect(periodEndDate("2028-02")).toBe("2028-02-29");
  });
});

describe("due dates", () => {
  it("are the 15th of the contribution month for BPU, of the following month for PU and Jakon, whatever the months paid", () => {
    expect(dueDateFor("BPU", "2026-12")).toBe("2026-12-15"); // Tuesday
    expect(dueDateFor("PU", "2026-12")).toBe("2027-01-15"); // Friday
    expect(dueDateFor("JAKON", "2026-12")).toBe("2027-01-15");
    expect(DUE_DATE_RULES.at(-1)).toMatchObject({ day: 15, monthsAfter: { BPU: 0, PU: 1, JAKON: 1 }, to: null });
  });

  it("move off a Sunday to the Monday; a Saturday is a working day", () => {
    expect(dueDateFor("BPU", "2026-11")).toBe("2026-11-16"); // the 15th is a Sunday
    expect(dueDateFor("PU", "2026-07")).toBe("2026-08-15"); // a Saturday stays
    expect(lastDayToPay("2027-08-15")).toBe("2027-08-16"); // Sunday
    expect(lastDayToPay("2026-12-15")).toBe("2026-12-15"); // Tuesday
  });

  it("move off a holiday or cuti bersama to the next working day (SKB 3 Menteri data)", () => {
    expect(dueDateFor("BPU", "2026-05")).toBe("2026-05-16"); // 15 May 2026: cuti bersama (Ascension), then Saturday
    expect(dueDateFor("PU", "2026-04")).toBe("2026-05-16");
    expect(lastDayToPay("2026-05-14")).toBe("2026-05-16"); // Ascension, cuti bersama, Saturday
    // Idulfitri 2026: 19 Nyepi, 20 cuti, 21–22 libur, 23–24 cuti: all move to Wednesday 25 March.
    for (const day of ["2026-03-18", "2026-03-19", "2026-03-20", "2026-03-21", "2026-03-22", "2026-03-23", "2026-03-24"]) {
      expect(lastDayToPay(day)).toBe("2026-03-25");
    }
    expect(lastDayToPay("2026-03-17")).toBe("2026-03-17");
    expect(lastDayToPay("2025-08-18")).toBe("2025-08-19"); // cuti bersama added by the 2025 amendment
    expect(lastDayToPay("2026-12-24")).toBe("2026-12-26"); // cuti bersama, Christmas, then Saturday
  });

  it("are the day a bill is issued when it is issued after its rule's due date, again on a working day", () => {
    expect(dueDateFor("BPU", "2026-12", "2026-12-02")).toBe("2026-12-15");
    expect(dueDateFor("BPU", "2026-12", "2026-12-15")).toBe("2026-12-15");
    expect(dueDateFor("BPU", "2026-12", "2026-12-16")).toBe("2026-12-16");
    expect(dueDateFor("BPU", "2026-12", "2026-12-20")).toBe("2026-12-21"); // a Sunday
  });

  it("give the query cutoff that agrees with lastDayToPay for every due date and day", () => {
    expect(lateBefore("2027-05-17")).toBe("2027-05-16"); // Monday: Sunday's due dates still on time, not Saturday's
    expect(lateBefore("2027-05-18")).toBe("2027-05-18"); // Tuesday: only today's and later
    expect(lateBefore("2026-03-25")).toBe("2026-03-18"); // after the Idulfitri days off, all of them still on time
    const day = fc.integer({ min: 0, max: 3_650 }).map((n) => isoDate(new Date(Date.UTC(2025, 0, 1) + n * 86_400_000)));
    fc.assert(
      fc.property(day, fc.integer({ min: -12, max: 12 }), (today, offset) => {
        const due = isoDate(new Date(dateColumn(today).getTime() + offset * 86_400_000));
        return due < lateBefore(today) === lastDayToPay(due) < today;
      }),
      { numRuns: 2_000 },
    );
  });

  it("read a @db.Date value as its UTC day", () => {
    expect(isoDate(new Date("2027-01-15T00:00:00Z"))).toBe("2027-01-15");
  });
});

describe("contribution cycles", () => {
  it("start every N months from the anchor and never before it", () => {
    const starts = (months: number) => periodsFrom("2026-09", "2028-01").filter((p) => startsCycle("2026-11", months, p));
    expect(starts(1)).toEqual(periodsFrom("2026-11", "2028-01"));
    expect(starts(3)).toEqual(["2026-11", "2027-02", "2027-05", "2027-08", "2027-11"]);
    expect(starts(6)).toEqual(["2026-11", "2027-05", "2027-11"]);
    expect(starts(12)).toEqual(["2026-11", "2027-11"]);
  });

  it("refuse a cycle that is not a whole number of months", () => {
    expect(() => startsCycle("2026-11", 0, "2026-11")).toThrow(RangeError);
    expect(() => startsCycle("2026-11", 1.5, "2026-11")).toThrow(RangeError);
  });
});

describe("months late", () => {
  it("counts every started month after the due date", () => {
    const due = "2026-12-15";
    expect(monthsLate(due, "2026-12-01")).toBe(0);
    expect(monthsLate(due, "2026-12-15")).toBe(0);
    expect(monthsLate(due, "2026-12-16")).toBe(1);
    expect(monthsLate(due, "2027-01-15")).toBe(1);
    expect(monthsLate(due, "2027-01-16")).toBe(2);
    expect(monthsLate(due, "2027-02-15")).toBe(2);
    expect(monthsLate(due, "2027-02-16")).toBe(3);
    expect(monthsLate(due, "2027-12-15")).toBe(12);
    expect(monthsLate(due, "2027-12-16")).toBe(13);
  });

  it("clamps a due day the month lacks to its last day", () => {
    expect(addMonthsToDate("2027-01-31", 1)).toBe("2027-02-28");
    expect(addMonthsToDate("2028-01-31", 1)).toBe("2028-02-29");
    expect(monthsLate("2027-01-31", "2027-02-28")).toBe(1);
    expect(monthsLate("2027-01-31", "2027-03-01")).toBe(2);
    expect(monthsLate("2027-01-31", "2027-03-31")).toBe(2);
    expect(monthsLate("2027-01-31", "2027-04-01")).toBe(3);
  });

  it("is the smallest k with due + k months on or after the day", () => {
    const day = fc.record({ p: period, d: fc.integer({ min: 1, max: 28 }) }).map(({ p, d }) => `${p}-${String(d).padStart(2, "0")}`);
    fc.assert(
      fc.property(day, day, (due, asOf) => {
        const k = monthsLate(due, asOf);
        if (asOf <= due) {
          expect(k).toBe(0);
        } else {
          expect(addMonthsToDate(due, k) >= asOf).toBe(true);
          expect(addMonthsToDate(due, k - 1) < asOf).toBe(true);
        }
      }),
    );
  });
});
