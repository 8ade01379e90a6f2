/**
 * National public holidays ("hari libur nasional") and joint leave days
 * ("cuti bersama") in Indonesia, from the yearly joint decree of the Ministers
 * of Religious Affairs, Manpower and State Apparatus (SKB 3 Menteri). A
 * contribution due date on a Sunday or on one of these days moves to the next
 * working day (billing-period.ts). Sources per year below; docs/domain.md,
 * "Due dates and holidays". Add the next year's rows when its SKB is signed.
 *
 * - 2025: SKB 1017/2024, 2/2024, 2/2024 (14 Oct 2024), amended by SKB
 *   933/2025, 1/2025, 3/2025 (7 Aug 2025: 18 Aug as cuti bersama). Dates from
 *   menpan.go.id and kontan.co.id citing Setkab (secondary for the list).
 * - 2026: SKB 1497/2025, 2/2025, 5/2025 (19 Sep 2025), as restated by
 *   disdiksmg.semarangkota.go.id and news (secondary).
 * - 2027: NO SKB found (December 2026). Only the holidays fixed by date or by
 *   the Christian calendar are listed; the Islamic, Imlek, Nyepi and Waisak
 *   holidays and every cuti bersama day are missing until the SKB is added
 *   (`HOLIDAYS_COMPLETE_THROUGH` says so).
 */

export type HolidayKind = "LIBUR" | "CUTI_BERSAMA";

export type Holiday = { date: string; kind: HolidayKind; name: string };

const libur = (date: string, name: string): Holiday => ({ date, kind: "LIBUR", name });
const cuti = (date: string, name: string): Holiday => ({ date, kind: "CUTI_BERSAMA", name });

export const HOLIDAYS: readonly Holiday[] = [
  libur("2025-01-01", "Tahun Baru Masehi"),
  libur("2025-01-27", "Isra Mikraj"),
  cuti("2025-01-28", "Tahun Baru Imlek"),
  libur("2025-01-29", "Tahun Baru Imlek 2576"),
  cuti("2025-03-28", "Hari Suci Nyepi"),
  libur("2025-03-29", "Hari Suci Nyepi (Tahun Baru Saka 1947)"),
  libur("2025-03-31", "Idulfitri 1446 H"),
  libur("2025-04-01", "Idulfitri 1446 H"),
  cuti("2025-04-02", "Idulfitri 1446 H"),
  cuti("2025-04-03", "Idulfitri 1446 H"),
  cuti("2025-04-04", "Idulfitri 1446 H"),
  cuti("2025-04-07", "Idulfitri 1446 H"),
  libur("2025-04-18", "Wafat Yesus Kristus"),
  libur("2025-04-20", "Kebangkitan Yesus Kristus (Paskah)"),
  libur("2025-05-01", "Hari Buruh Internasional"),
  libur("2025-05-12", "Hari Raya Waisak 2569 BE"),
  cuti("2025-05-13", "Hari Raya Waisak"),
  libur("2025-05-29", "Kenaikan Yesus Kristus"),
  cuti("2025-05-30", "Kenaikan Yesus Kristus"),
  libur("2025-06-01", "Hari Lahir Pancasila"),
  libur("2025-06-06", "Iduladha 1446 H"),
  cuti("2025-06-09", "Iduladha 1446 H"),
  libur("2025-06-27", "1 Muharam Tahun Baru Islam 1447 H"),
  libur("2025-08-17", "Hari Kemerdekaan RI"),
  cuti("2025-08-18", "Hari Kemerdekaan RI ke-80"),
  libur("2025-09-05", "Maulid Nabi Muhammad SAW"),
  libur("2025-12-25", "Hari Raya Natal"),
  cuti("2025-12-26", "Hari Raya Natal"),

  libur("2026-01-01", "Tahun Baru Masehi"),
  libur("2026-01-16", "Isra Mikraj"),
  cuti("2026-02-16", "Tahun Baru Imlek"),
  libur("2026-02-17", "Tahun Baru Imlek 2577"),
  cuti("2026-03-18", "Hari Suci Nyepi"),
  libur("2026-03-19", "Hari Suci Nyepi (Tahun Baru Saka 1948)"),
  cuti("2026-03-20", "Idulfitri 1447 H"),
  libur("2026-03-21", "Idulfitri 1447 H"),
  libur("2026-03-22", "Idulfitri 1447 H"),
  cuti("2026-03-23", "Idulfitri 1447 H"),
  cuti("2026-03-24", "Idulfitri 1447 H"),
  libur("2026-04-03", "Wafat Yesus Kristus"),
  libur("2026-04-05", "Kebangkitan Yesus Kristus (Paskah)"),
  libur("2026-05-01", "Hari Buruh Internasional"),
  libur("2026-05-14", "Kenaikan Yesus Kristus"),
  cuti("2026-05-15", "Kenaikan Yesus Kristus"),
  libur("2026-05-27", "Iduladha 1447 H"),
  cuti("2026-05-28", "Iduladha 1447 H"),
  libur("2026-05-31", "Hari Raya Waisak 2570 BE"),
  libur("2026-06-01", "Hari Lahir Pancasila"),
  libur("2026-06-16", "1 Muharam Tahun Baru Islam 1448 H"),
  libur("2026-08-17", "Hari Kemerdekaan RI"),
  libur("2026-08-25", "Maulid Nabi Muhammad SAW"),
  cuti("2026-12-24", "Hari Raya Natal"),
  libur("2026-12-25", "Hari Raya Natal"),

  // 2027 without its SKB: fixed dates, and Good Friday and Ascension from Easter (28 March 2027).
  libur("2027-01-01", "Tahun Baru Masehi"),
  libur("2027-03-26", "Wafat Yesus Kristus"),
  libur("2027-03-28", "Kebangkitan Yesus Kristus (Paskah)"),
  libur("2027-05-01", "Hari Buruh Internasional"),
  libur("2027-05-06", "Kenaikan Yesus Kristus"),
  libur("2027-06-01", "Hari Lahir Pancasila"),
  libur("2027-08-17", "Hari Kemerdekaan RI"),
  libur("2027-12-25", "Hari Raya Natal"),
];

/** The last day the table is complete for: after it, holidays the SKB has not yet set are missing. */
export const HOLIDAYS_COMPLETE_THROUGH = "2026-12-31";

/**
 * Whether cuti bersama days move a due date like holidays. Banks and
 * government offices close on them (ours: PP 44/2015 says "hari libur"; the
 * issue that set the rule lists cuti bersama with the holidays).
 */
export const CUTI_BERSAMA_IS_DAY_OFF = true;

const DAYS_OFF = new Set(HOLIDAYS.filter((h) => h.kind === "LIBUR" || CUTI_BERSAMA_IS_DAY_OFF).map((h) => h.date));

export function holidayOn(date: string): Holiday | undefined {
  return HOLIDAYS.find((h) => h.date === date);
}

/** Sundays and the days above are days off; Saturday is a working day ("hari kerja" in a six-day week). */
export function isWorkingDay(date: string): boolean {
  return new Date(`${date}T00:00:00Z`).getUTCDay() !== 0 && !DAYS_OFF.has(date);
}
