export const JAKARTA_TZ = "Asia/Jakarta";

// WIB is a fixed UTC+7 with no daylight saving, so plain offset arithmetic is exact
// and avoids depending on the runtime's time-zone database (old phone browsers).
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Calendar date ('YYYY-MM-DD') of an instant in Asia/Jakarta. */
export function jakartaDate(d: Date = new Date()): string {
  return new Date(d.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instants a Jakarta calendar day ('YYYY-MM-DD') spans: [start, end), 00:00 to 24:00 WIB. */
export function jakartaDayRange(day: string): { start: Date; end: Date } {
  const start = new Date(Date.parse(`${day}T00:00:00Z`) - WIB_OFFSET_MS);
  return { start, end: new Date(start.getTime() + 24 * 60 * 60 * 1000) };
}

export function jakartaYear(d: Date = new Date()): number {
  return Number(jakartaDate(d).slice(0, 4));
}

/** Full years between a birth date and a later date ('YYYY-MM-DD' both): the age on that date. */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * The days the portal counts with (dashboards, exports, the stats API, the audit log's filters): a real calendar
 * day from 2000 to 2999. Out-of-range days ("0001-01-01") are refused or fall back where they are read: they
 * made the dashboards fail under HTTP 200 (issue 15).
 */
export function isSupportedDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && value >= "2000-01-01" && value <= "2999-12-31" && isCalendarDay(value);
}

/** A real calendar day: 2026-02-30 is refused, not rolled over to March. */
export function isCalendarDay(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}
