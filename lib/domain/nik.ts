/**
 * NIK (Nomor Induk Kependudukan, the e-KTP number), 16 digits:
 * province (2) + regency/city (2) + district (2) of the first registration
 * + birth date DDMMYY + serial (4).
 * Women's NIKs add 40 to the day (so 41–71), and serials start at 0001
 * (UU 24/2013 Administrasi Kependudukan; Permendagri on NIK structure).
 */
import { isPossibleRegency } from "./nik-regions";
import { jakartaDate, jakartaYear } from "./time";

export const NIK_ERRORS = ["length", "digits", "region", "date", "serial"] as const;
export type NikError = (typeof NIK_ERRORS)[number];

export type Gender = "M" | "F";

export type ParsedNik = {
  nik: string;
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  /** 'YYYY-MM-DD'; the century is inferred (see inferBirthYear). */
  birthDate: string;
  gender: Gender;
  serial: string;
};

export type NikResult = { ok: true; value: ParsedNik } | { ok: false; error: NikError };

const FEMALE_DAY_OFFSET = 40;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * The NIK stores only YY. Take 20YY unless that date is still in the future
 * (Jakarta time), else 19YY: nobody can be born after today, and a century-old
 * holder is likelier than an unborn one.
 */
function inferBirthYear(yy: number, month: number, day: number, today: Date): number {
  const recent = 2000 + yy;
  if (recent > jakartaYear(today)) return 1900 + yy;
  return `${recent}-${pad(month)}-${pad(day)}` > jakartaDate(today) ? 1900 + yy : recent;
}

function failure(error: NikError): NikResult {
  return { ok: false, error };
}

export function parseNik(input: string, today: Date = new Date()): NikResult {
  const nik = input.replace(/\s+/g, "");
  if (nik.length !== 16) return failure("length");
  if (!/^\d{16}$/.test(nik)) return failure("digits");
  // The regency, never the district: districts move, a NIK does not (nik-regions.ts).
  if (!isPossibleRegency(nik.slice(0, 4))) return failure("region");

  const encodedDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const gender: Gender = encodedDay > FEMALE_DAY_OFFSET ? "F" : "M";
  const day = gender === "F" ? encodedDay - FEMALE_DAY_OFFSET : encodedDay;
  if (day < 1 || day > 31 || month < 1 || month > 12) return failure("date");
  const year = inferBirthYear(yy, month, day, today);
  if (day > daysInMonth(year, month)) return failure("date");

  const serial = nik.slice(12);
  if (serial === "0000") return failure("serial");

  return {
    ok: true,
    value: {
      nik,
      provinceCode: nik.slice(0, 2),
      regencyCode: nik.slice(0, 4),
      districtCode: nik.slice(0, 6),
      birthDate: `${year}-${pad(month)}-${pad(day)}`,
      gender,
      serial,
    },
  };
}

/**
 * Whether the birth date and gender typed on a form match the NIK. Birth dates
 * are compared on day, month and the last two digits of the year only: the NIK
 * does not carry the century, so a holder born in 1920 must not be rejected
 * because the parser guessed 2020.
 */
export function nikAgreesWith(parsed: ParsedNik, claimed: { birthDate: string; gender: Gender }): { birthDate: boolean; gender: boolean } {
  return {
    birthDate: parsed.birthDate.slice(2) === claimed.birthDate.slice(2),
    gender: parsed.gender === claimed.gender,
  };
}

/** '3673********0001': enough to recognise a record, not to reuse the number (UU 27/2022 PDP). */
export function maskNik(nik: string): string {
  const digits = nik.replace(/\s+/g, "");
  if (!/^\d{16}$/.test(digits)) throw new RangeError("maskNik expects a 16-digit NIK");
  return `${digits.slice(0, 4)}${"*".repeat(8)}${digits.slice(12)}`;
}

/** The 4-digit regency/city code of a valid NIK, or null when the NIK does not parse. */
export function regencyOfNik(nik: string, today: Date = new Date()): string | null {
  const result = parseNik(nik, today);
  return result.ok ? result.value.regencyCode : null;
}
