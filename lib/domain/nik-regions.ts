/**
 * Where a NIK was first registered: its first six digits are the district
 * (kecamatan) of the first registration, and a NIK never changes when
 * districts move to another regency (UU 23/2006 Pasal 13). So a NIK is checked
 * against the regencies that exist now *and* those that existed before, and
 * never refused for its district (docs/domain.md, "NIK regions").
 */
import { provinceName, regencyName } from "./regions";
import bantenDistrictData from "./data/banten-districts.json";

const bantenDistricts: Record<string, { name: string; regencyCode: string }> = bantenDistrictData;

/**
 * Regency codes retired when a province was split, with the regency that
 * continues each one where the successor is one-to-one. Sources: UU 20/2012
 * (Kalimantan Utara from Kalimantan Timur), UU 26/2004 (Sulawesi Barat from
 * Sulawesi Selatan); the codes as checked for issue 11.
 */
const RETIRED_REGENCIES: Record<string, { formerProvince: string; now: string }> = {
  // Kalimantan Timur → Kalimantan Utara (2012): Bulungan, Malinau, Nunukan, Tana Tidung, Kota Tarakan.
  "6404": { formerProvince: "64", now: "6501" },
  "6405": { formerProvince: "64", now: "6502" },
  "6406": { formerProvince: "64", now: "6503" },
  "6410": { formerProvince: "64", now: "6504" },
  "6473": { formerProvince: "64", now: "6571" },
  // Sulawesi Selatan → Sulawesi Barat (2004): which old code became which regency is not recorded here.
  "7319": { formerProvince: "73", now: "76" },
  "7320": { formerProvince: "73", now: "76" },
  "7321": { formerProvince: "73", now: "76" },
  "7323": { formerProvince: "73", now: "76" },
  "7325": { formerProvince: "73", now: "76" },
};

/**
 * Papua and Papua Barat before the 2022 split (UU 14, 15 and 16/2022; UU 29/2022):
 * the regencies that moved to the four new provinces left their 91xx/92xx codes.
 * UNCERTAIN: the exact list of those codes is not in the repository, so any
 * kabupaten (01–29) or kota (71–79) code of the two old provinces is taken as
 * possible. One place to narrow when the pre-2022 list is checked.
 */
const PRE_2022_PAPUA = /^9[12](0[1-9]|1\d|2\d|7\d)$/;

/** Kecamatan of Kabupaten Serang and Kabupaten Tangerang that became Kota Serang (2007) and Kota Tangerang Selatan (2008). */
const MOVED_BANTEN_DISTRICTS: Record<string, string> = {
  // Kabupaten Serang → Kota Serang (UU 32/2007)
  "360401": "3673",
  "360402": "3673",
  "360403": "3673",
  "360404": "3673",
  "360410": "3673",
  "360421": "3673",
  // Kabupaten Tangerang → Kota Tangerang Selatan (UU 51/2008)
  "360321": "3674",
  "360324": "3674",
  "360325": "3674",
  "360326": "3674",
};

/** Whether a NIK's regency code (4 digits) exists, or existed when NIKs were issued. */
export function isPossibleRegency(code4: string): boolean {
  return regencyName(code4) !== undefined || Object.hasOwn(RETIRED_REGENCIES, code4) || PRE_2022_PAPUA.test(code4);
}

/** The place of first registration as far as the code tells; names are the current ones. */
export interface FirstRegistration {
  /** The district's name, when known (Banten's current districts). */
  district?: string;
  /** The regency (or, for a retired code, the former province) the code belonged to. */
  regency?: string;
  /** Where that place belongs now, when it moved. */
  now?: string;
}

const nameOf = (code: string) => (code.length === 2 ? provinceName(code) : regencyName(code));

export function firstRegistrationOf(nik: string): FirstRegistration {
  const district = nik.slice(0, 6);
  const regency = nik.slice(0, 4);
  const movedTo = MOVED_BANTEN_DISTRICTS[district];
  if (movedTo) return { regency: regencyName(regency), now: regencyName(movedTo) };
  const retired = RETIRED_REGENCIES[regency];
  if (retired) return { regency: provinceName(retired.formerProvince), now: nameOf(retired.now) };
  return { district: bantenDistricts[district]?.name, regency: regencyName(regency) };
}
