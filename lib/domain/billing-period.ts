/**
 * Contribution periods are calendar months in Asia/Jakarta, written 'YYYY-MM'.
 * Contributions are due by the 15th of the following month (PP 44/2015 art. 20
 * for PU; we apply the same day to BPU: docs/domain.md, verify).
 * Calendar dates are 'YYYY-MM-DD' strings; a `@db.Date` column read by Prisma
 * is a Date at UTC midnight, which `isoDate` turns back into its day.
 */
import { jakartaDate } from "./time";

export const DUE_DAY = 15;

export type Period = `${number}-${string}`;

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

/** The day a bill starting in `period` for `months` months must be paid by. */
export function dueDateFor(period: Period, months = 1): string {
  return `${addMonths(period, months === 1 ? 1 : 0)}-${DUE_DAY}`;
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
 * The last day a payment due on `dueDate` is on time: when the 15th is a
 * Saturday or Sunday, the next Monday ("Apabila tanggal 15 jatuh pada hari
 * libur, Iuran dibayarkan pada hari kerja berikutnya", PP 44/2015 as quoted
 * by kontan.co.id; BPJS TK Probis Kepesertaan names
 * Saturday, Sunday and national holidays). National holidays are NOT applied:
 * that needs the government's yearly holiday list (docs/domain.md).
 */
export function lastDayToPay(dueDate: string): string {
  const date = dateColumn(dueDate);
  const weekday = date.getUTCDay(); // 0 Sunday … 6 Saturday
  const shift = weekday === 6 ? 2 : weekday === 0 ? 1 : 0;
  return isoDate(new Date(date.getTime() + shift * 86_400_000));
}

/**
 * Bills due before this day are late on `today` (both 'YYYY-MM-DD', Jakarta):
 * the first due date whose last day to pay is not yet past. Usually `today`
 * itself; on a Monday the weekend's due dates are still on time, as on a Sunday
 * Saturday's is. For queries, which cannot run lastDayToPay on every row.
 */
export function lateBefore(today: string): string {
  const day = (offset: number) => isoDate(new Date(dateColumn(today).getTime() + offset * 86_400_000));
  return [day(-2), day(-1), today].find((due) => lastDayToPay(due) >= today)!;
}
