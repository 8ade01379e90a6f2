// People at work per regency/city of Banten (BPS, Sakernas, August): the denominator of the dashboard's coverage
// rate (issue 17). Only figures read in a source are here; a regency without one is null and the map says so —
// nothing is estimated. Found so far (docs/research/banten-map/NOTES.md): Pandeglang for August 2024, quoted from the
// head of BPS Kabupaten Pandeglang; Lebak for August 2023, a table citing BPS; Kota Tangerang Selatan for August 2023,
// Databoks citing BPS (to the nearest ten, as Databoks publishes it). The official per-regency table (BPS Provinsi
// Banten, "Keadaan Angkatan Kerja Provinsi Banten Agustus 2024") could not be reached from here: filling the other
// five from it is one edit to this table. Uncertain: the found figures are of different years.

export type EmployedPopulation = {
  /** Persons aged 15 and over who worked in the reference week. */
  employed: number;
  /** The Sakernas round, 'YYYY-MM'. */
  month: string;
  source: string;
};

export const EMPLOYED_POPULATION: Readonly<Record<string, EmployedPopulation | null>> = {
  "3601": {
    employed: 610_793,
    month: "2024-08",
    source: "BPS Kabupaten Pandeglang, Sakernas Agustus 2024 (dikutip Kontak Banten, 10 Desember 2024)",
  },
  "3602": {
    employed: 668_109,
    month: "2023-08",
    source: "BPS, Sakernas Agustus 2023 (Kajian Investasi Geopark Bayah Dome, Tabel 2.8; Databoks)",
  },
  "3603": null,
  "3604": null,
  "3671": null,
  "3672": null,
  "3673": null,
  "3674": {
    employed: 614_630,
    month: "2023-08",
    source: "BPS, Sakernas Agustus 2023 (dikutip Databoks/Katadata: Data 2023, pengangguran Kota Tangerang Selatan 5,81%)",
  },
};

/**
 * Active participants per person at work, 0..1 (can exceed 1: participants are counted where registered, workers
 * where they live).
 */
export function coverageRate(activeParticipants: number, code: string): { rate: number; population: EmployedPopulation } | null {
  const population = EMPLOYED_POPULATION[code];
  return population ? { rate: activeParticipants / population.employed, population } : null;
}
