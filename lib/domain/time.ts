export const JAKARTA_TZ = 'Asia/Jakarta';

// WIB is a fixed UTC+7 with no daylight saving, so plain offset arithmetic is exact
// and avoids depending on the runtime's time-zone database (old phone browsers).
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Calendar date ('YYYY-MM-DD') of an instant in Asia/Jakarta. */
export function jakartaDate(d: Date = new Date()): string {
  return new Date(d.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

export function jakartaYear(d: Date = new Date()): number {
  return Number(jakartaDate(d).slice(0, 4));
}
