/**
 * Contribution periods are calendar months in Asia/Jakarta, written 'YYYY-MM'.
 * Contributions are due by the 15th of the following month (PP 44/2015 art. 20
 * for PU; we apply the same day to BPU: docs/domain.md, verify).
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
