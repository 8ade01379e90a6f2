/**
 * Contribution periods are calendar months in Asia/Jakarta, written 'YYYY-MM'.
 * Due dates follow DUE_DATE_RULES (dated, per category); a due date on a Sunday
 * or a national holiday moves to the next working day (holidays.ts).
 * Calendar dates are 'YYYY-MM-DD' strings; a `@db.Date` column read by Prisma
 * is a Date at UTC midnight, which `isoDate` turns back into its day.
 */
import { requireInForce, type Validity } from "./dated";
import { isWorkingDay } from "./holidays";
import type { ParticipantCategory } from "./programs";
import { jakartaDate } from "./time";

export type Period = `${number}-${string}`;

const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isPeriod(value: string): value is Period {
  return PERIOD_PATTERN.test(value);
}

export function currentPeriod(now: Date = new Date()): Period {
  return jakartaDate(now).slice(0, 7) as Period;
}

export function addMonths(period: Period, months: number): Period {
  const [y, m] = period.split("-").map(Number);
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}` as Period;
}

/** First day of the period as a 'YYYY-MM-DD' date. */
export function periodStartDate(period: Period): string {
  return `${period}-01`;
}

function monthIndex(period: string): number {
  const [y, m] = period.split("-").map(Number);
  return y * 12 + (m - 1);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Last day of the period as a 'YYYY-MM-DD' date. */
export function periodEndDate(period: Period): string {
  const [y, m] = period.split("-").map(Number);
  return `${period}-${String(daysInMonth(y, m)).padStart(2, "0")}`;
}

/** The period a 'YYYY-MM-DD' date falls in. */
export function periodOf(date: string): Period {
  return date.slice(0, 7) as Period;
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: Period, to: Period): number {
  return monthIndex(to) - monthIndex(from);
}

/**
 * The periods `from` … `to`, both included, oldest first; empty when `to` is
 * before `from`.
 */
export function periodsFrom(from: Period, to: Period): Period[] {
  return Array.from({ length: Math.max(0, monthsBetween(from, to) + 1) }, (_, i) => addMonths(from, i));
}

/**
 * Whether a contribution cycle of `months` months anchored at `anchor` (the
 * first period ever billed) starts in `period`: a 3-month cycle from 2026-11
 * starts again in 2027-02, 2027-05, …, never in between.
 */
export function startsCycle(anchor: Period, months: number, period: Period): boolean {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`cycle length must be a whole number of months: ${months}`);
  const offset = monthsBetween(anchor, period);
  return offset >= 0 && offset % months === 0;
}

/** 'YYYY-MM-DD' of a Date holding a calendar day (a `@db.Date` value: UTC midnight). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A 'YYYY-MM-DD' day as the Date Prisma stores in a `@db.Date` column. */
export function dateColumn(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** `date` plus `months` calendar months; a day the target month lacks becomes its last day (31 Jan + 1 → 28/29 Feb). */
export function addMonthsToDate(date: string, months: number): string {
  const target = addMonths(periodOf(date), months);
  const [y, m] = target.split("-").map(Number);
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(y, m));
  return `${target}-${String(day).padStart(2, "0")}`;
}

/**
 * Months of arrears on `asOf` for a payment due on `dueDate`, counting every
 * month that has STARTED: paying on the due date is on time (0), the day after
 * is the first month (1), and each further month begins on the same day number
 * (due 15 Jan: 16 Jan … 15 Feb → 1, 16 Feb … 15 Mar → 2). BPJS TK counts a
 * started month as a whole one (docs/domain.md, "Late fines").
 */
export function monthsLate(dueDate: string, asOf: string): number {
  if (asOf <= dueDate) return 0;
  let months = Math.max(1, monthsBetween(periodOf(dueDate), periodOf(asOf)) - 1);
  while (addMonthsToDate(dueDate, months) < asOf) months += 1;
  return months;
}

/**
 * When contributions for a month are due, by category: the day of the month
 * and how many months after the contribution month. PU and Jakon: the 15th of
 * the following month (PP 44/2015 Pasal 20; Jakon contractors are employers).
 * BPU: the 15th of the contribution month itself (BPJS TK Perdir
 * 22/PERDIR.02/072022). A version per period of validity (dated.ts); only one
 * so far. The due-date rule of the month a bill starts in applies to the bill.
 */
export interface DueDateRule extends Validity {
  day: number;
  monthsAfter: Readonly<Record<ParticipantCategory, number>>;
}

export const DUE_DATE_RULES: readonly DueDateRule[] = [
  {
    from: "2015-07",
    to: null,
    source: "PP 44/2015 Pasal 20 (PU, Jakon); BPJS TK Perdir 22/PERDIR.02/072022 (BPU)",
    day: 15,
    monthsAfter: { PU: 1, JAKON: 1, BPU: 0 },
  },
];

/** The calendar day `days` after `date` (before it when negative), both 'YYYY-MM-DD'. */
export const dayAfter = (date: string, days = 1) => isoDate(new Date(dateColumn(date).getTime() + days * 86_400_000));

/**
 * The first working day on or after `date`: "Apabila tanggal 15 jatuh pada
 * hari libur, Iuran dibayarkan pada hari kerja berikutnya" (PP 44/2015, as
 * quoted by kontan.co.id). Hari libur: Sundays and the national holidays and
 * cuti bersama of holidays.ts; Saturday is a working day.
 */
export function lastDayToPay(dueDate: string): string {
  let day = dueDate;
  while (!isWorkingDay(day)) day = dayAfter(day);
  return day;
}

/**
 * The due date of a bill whose first contribution month is `period`, already
 * moved off a Sunday or holiday. `issuedOn` (a bill issued after its rule's due
 * date, as at a registration on the 20th): the bill is then due on the day it
 * is issued (ours: no regulation speaks of it), again moved to a working day.
 */
export function dueDateFor(category: ParticipantCategory, period: Period, issuedOn?: string): string {
  const rule = requireInForce(DUE_DATE_RULES, period, "due-date");
  const nominal = `${addMonths(period, rule.monthsAfter[category])}-${String(rule.day).padStart(2, "0")}`;
  return lastDayToPay(issuedOn && issuedOn > nominal ? issuedOn : nominal);
}

/**
 * Bills due before this day are late on `today` (both 'YYYY-MM-DD', Jakarta):
 * the earliest due date whose last day to pay is not yet past. Usually `today`
 * itself; after a Sunday or a run of holidays, their due dates are still on time.
 * For queries, which cannot run lastDayToPay on every row.
 */
export function lateBefore(today: string): string {
  let due = today;
  while (lastDayToPay(dayAfter(due, -1)) >= today) due = dayAfter(due, -1);
  return due;
}
