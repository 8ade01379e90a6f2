/**
 * Minimum wages in Banten, by contribution month: the UMK (upah minimum
 * kabupaten/kota) of each regency and city, and the province's UMP where a
 * regency has none. Decreed by the Governor each year for 1 January – 31
 * December; the amounts carry sen, so they are kept in sen (whole numbers).
 *
 * - 2025: Kepgub Banten 471/2024 (UMK), UMP Banten 2025 = Rp 2,905,119.90.
 * - 2026: Kepgub Banten 703/2025 (UMK), UMP Banten 2026 = Rp 3,100,881.40.
 * The 2026 rows stay in force until the 2027 decree is added (a lower bound:
 * minimum wages have only risen).
 *
 * The rule (PP 36/2021 Pasal 23 and 36, as amended by PP 51/2023): employers may
 * not pay below the minimum wage, but micro and small businesses may set wages
 * by agreement with their workers, so a wage below the UMK is refused for
 * medium and large businesses and only flagged for micro and small ones.
 * docs/domain.md, "Minimum wage".
 */
import type { Period } from "./billing-period";
import { inForce, type Validity } from "./dated";
import type { Rupiah } from "./money";
import type { UmkmScale } from "./umkm";

export interface MinimumWageTable extends Validity {
  year: number;
  /** UMK per Banten regency/city code, in sen. */
  umkSen: Readonly<Record<string, number>>;
  /** UMP Banten, in sen. */
  umpSen: number;
}

export const BANTEN_MINIMUM_WAGES: readonly MinimumWageTable[] = [
  {
    year: 2025,
    from: "2025-01",
    to: "2025-12",
    source: "Kepgub Banten 471/2024 (UMK 2025); UMP Banten 2025",
    umkSen: {
      "3601": 320_664_032, // Kab. Pandeglang 3,206,640.32
      "3602": 317_238_439, // Kab. Lebak 3,172,384.39
      "3603": 490_111_700, // Kab. Tangerang 4,901,117.00
      "3604": 485_735_301, // Kab. Serang 4,857,353.01
      "3671": 506_970_836, // Kota Tangerang 5,069,708.36
      "3672": 512_808_448, // Kota Cilegon 5,128,084.48
      "3673": 441_826_113, // Kota Serang 4,418,261.13
      "3674": 497_439_242, // Kota Tangerang Selatan 4,974,392.42
    },
    umpSen: 290_511_990,
  },
  {
    year: 2026,
    from: "2026-01",
    to: null,
    source: "Kepgub Banten 703/2025 (UMK 2026); UMP Banten 2026",
    umkSen: {
      "3601": 336_007_806, // Kab. Pandeglang 3,360,078.06
      "3602": 333_001_062, // Kab. Lebak 3,330,010.62
      "3603": 521_037_700, // Kab. Tangerang 5,210,377.00
      "3604": 517_852_119, // Kab. Serang 5,178,521.19
      "3671": 539_940_569, // Kota Tangerang 5,399,405.69
      "3672": 546_992_259, // Kota Cilegon 5,469,922.59
      "3673": 466_592_794, // Kota Serang 4,665,927.94
      "3674": 524_787_000, // Kota Tangerang Selatan 5,247,870.00
    },
    umpSen: 310_088_140,
  },
];

/** Who must pay at least the minimum: refused below it, or only warned (PP 36/2021 Pasal 36). */
export const BELOW_MINIMUM: Readonly<Record<UmkmScale, "refused" | "warned">> = {
  MICRO: "warned",
  SMALL: "warned",
  MEDIUM: "refused",
  LARGE: "refused",
};

export type MinimumWage = { kind: "UMK" | "UMP"; year: number; regencyCode: string | null; amountSen: number };

/** The minimum wage of a workplace in a regency for a month: its UMK, else the UMP; undefined before 2025. */
export function minimumWageFor(regencyCode: string, period: Period): MinimumWage | undefined {
  const table = inForce(BANTEN_MINIMUM_WAGES, period);
  if (!table) return undefined;
  const umk = table.umkSen[regencyCode];
  return umk === undefined
    ? { kind: "UMP", year: table.year, regencyCode: null, amountSen: table.umpSen }
    : { kind: "UMK", year: table.year, regencyCode, amountSen: umk };
}

export type MinimumWageCheck = { status: "ok" | "unknown" } | { status: "refused" | "warned"; minimum: MinimumWage };

/** Whether a whole-rupiah monthly wage meets the workplace's minimum wage (compared in sen). */
export function checkMinimumWage(input: { wage: Rupiah; regencyCode: string; scale: UmkmScale; period: Period }): MinimumWageCheck {
  return checkMinimumWageSen({ ...input, wageSen: input.wage * 100 });
}

/** The same on a wage in sen: what the boundary tests use, one sen either side of a UMK that has sen. */
export function checkMinimumWageSen(input: { wageSen: number; regencyCode: string; scale: UmkmScale; period: Period }): MinimumWageCheck {
  const minimum = minimumWageFor(input.regencyCode, input.period);
  if (!minimum) return { status: "unknown" };
  return input.wageSen >= minimum.amountSen ? { status: "ok" } : { status: BELOW_MINIMUM[input.scale], minimum };
}
