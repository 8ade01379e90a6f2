import type { getFormatter } from "next-intl/server";

/** "2026-01" → "Jan 26": short enough for twelve bars side by side on a phone. */
export function monthLabels(format: Awaited<ReturnType<typeof getFormatter>>, months: readonly string[]): string[] {
  return months.map((m) => format.dateTime(new Date(`${m}-01T00:00:00Z`), { month: "short", year: "2-digit", timeZone: "UTC" }));
}
