/** A contribution month ('YYYY-MM') as next-intl formats it: "Juli 2026". Periods are calendar months, not instants. */
export const MONTH_YEAR = { month: "long", year: "numeric", timeZone: "UTC" } as const;

/** The first day of a 'YYYY-MM' month, for formatting with MONTH_YEAR. */
export const monthDate = (period: string) => new Date(`${period}-01T00:00:00Z`);
