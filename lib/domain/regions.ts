/**
 * Indonesian administrative regions (Kemendagri codes) from a snapshot of the
 * `idn-area-data` package; regenerate with `npx tsx scripts/generate-regions.ts`.
 * Codes carry no dots: province 2 digits, regency/city 4, district (kecamatan) 6.
 */
import bantenDistrictData from "./data/banten-districts.json";
import regionData from "./data/regions.json";

export const BANTEN_PROVINCE_CODE = "36";

const provinces: Record<string, string> = regionData.provinces;
const regencies: Record<string, string> = regionData.regencies;
const bantenDistrictsByCode: Record<string, { name: string; regencyCode: string }> = bantenDistrictData;

export type Region = { code: string; name: string };

/** The 4 kabupaten and 4 kota of Banten: 3601–3604, 3671–3674. */
export const BANTEN_REGENCIES: readonly Region[] = Object.entries(regencies)
  .filter(([code]) => code.startsWith(BANTEN_PROVINCE_CODE))
  .map(([code, name]) => ({ code, name }));

/** The 8 codes, as a non-empty tuple (what z.enum() takes). */
export const BANTEN_REGENCY_CODES = BANTEN_REGENCIES.map((regency) => regency.code) as [string, ...string[]];

const own = (record: Record<string, unknown>, key: string) => Object.hasOwn(record, key);

export function provinceName(code2: string): string | undefined {
  return own(provinces, code2) ? provinces[code2] : undefined;
}

export function regencyName(code4: string): string | undefined {
  return own(regencies, code4) ? regencies[code4] : undefined;
}

export function isBantenRegency(code4: string): boolean {
  return code4.startsWith(BANTEN_PROVINCE_CODE) && own(regencies, code4);
}

/** Districts of one Banten regency, by code, for address dropdowns. */
export function bantenDistricts(regencyCode4: string): Region[] {
  return Object.entries(bantenDistrictsByCode)
    .filter(([, district]) => district.regencyCode === regencyCode4)
    .map(([code, district]) => ({ code, name: district.name }));
}

export function isBantenDistrict(code6: string, regencyCode4?: string): boolean {
  if (!own(bantenDistrictsByCode, code6)) return false;
  return regencyCode4 === undefined || bantenDistrictsByCode[code6].regencyCode === regencyCode4;
}
