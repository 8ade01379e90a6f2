/**
 * PU (Penerima Upah) contributions, percent of the monthly wage (basic wage +
 * fixed allowances): JKK by risk class and JKM 0.30%, employer (PP 44/2015
 * Pasal 16 ayat (1), Pasal 18 ayat (1)); JHT 3.7% employer + 2% worker (PP 46/2015
 * Pasal 16); JP 2% employer + 1% worker on the wage up to a yearly cap (PP 45/2015
 * Pasal 28–29); JKP shown, never billed (PP 37/2021 as amended by PP 6/2025).
 * Which programs a business must join follows its scale (Perpres 109/2013 Pasal 6;
 * PP 6/2025 Pasal 4). Sources and what is unverified: docs/domain.md.
 *
 * Rounding: each share (employer, worker, government, …) is computed on its own
 * from basis points of the whole-rupiah wage basis and rounded half-up to whole
 * rupiah; a line's amount is employer + worker, and totals add the rounded lines.
 */
import { addMonths, isPeriod, type Period } from "../billing-period";
import { inForce, type Validity } from "../dated";
import { ageOn } from "../time";
import { basisPointsOf, type Rupiah } from "../money";
import type { Program } from "../programs";
import { isUmkmScale, type UmkmScale } from "../umkm";

export const RISK_CLASSES = [1, 2, 3, 4, 5] as const;
export type RiskClass = (typeof RISK_CLASSES)[number];

/** JKK by workplace risk class, basis points (PP 44/2015 Pasal 16 ayat (1) a–e: very low … very high). */
export const JKK_RATE_BP: Readonly<Record<RiskClass, number>> = { 1: 24, 2: 54, 3: 89, 4: 127, 5: 174 };

/**
 * A SUGGESTED risk class for a KBLI code, for the officer to confirm or override.
 * BPJS TK sets each company's class itself (PP 44/2015 Pasal 16 ayat (2))
 * from Lampiran I, which lists kinds of business by
 * name, not by KBLI. This default by KBLI 2020 division (first two digits) is
 * OURS and UNVERIFIED: the very-low and low rows follow Lampiran I's examples
 * (trade, shops and food sales, banks, insurance, professions, creative
 * industry, salons, health: class 1; smallholder farming, plantations, tea,
 * coffee and cigarette factories: class 2); the rest is a judgement call.
 * Ranges are inclusive; a division KBLI does not have (04, 34, 67 …) gives undefined.
 */
const KBLI_DIVISION_RISK: readonly { from: number; to: number; riskClass: RiskClass }[] = [
  { from: 1, to: 1, riskClass: 2 }, // agriculture, plantations, livestock
  { from: 2, to: 2, riskClass: 4 }, // forestry and logging
  { from: 3, to: 3, riskClass: 4 }, // fishing
  { from: 5, to: 9, riskClass: 5 }, // mining and quarrying
  { from: 10, to: 12, riskClass: 2 }, // food, beverages, tobacco
  { from: 13, to: 13, riskClass: 3 }, // textiles
  { from: 14, to: 14, riskClass: 1 }, // apparel, tailoring (konveksi)
  { from: 15, to: 33, riskClass: 3 }, // other manufacturing
  { from: 35, to: 35, riskClass: 4 }, // electricity and gas
  { from: 36, to: 39, riskClass: 3 }, // water, waste
  { from: 41, to: 43, riskClass: 5 }, // construction
  { from: 45, to: 47, riskClass: 1 }, // trade and repair of vehicles, wholesale, retail
  { from: 49, to: 53, riskClass: 3 }, // transport, storage, couriers
  { from: 55, to: 56, riskClass: 1 }, // accommodation, food and drink
  { from: 58, to: 63, riskClass: 1 }, // publishing, media, telecoms, IT
  { from: 64, to: 66, riskClass: 1 }, // finance, insurance
  { from: 68, to: 68, riskClass: 1 }, // real estate
  { from: 69, to: 75, riskClass: 1 }, // professional, scientific, technical
  { from: 77, to: 82, riskClass: 1 }, // rental, agencies, security, office support
  { from: 84, to: 88, riskClass: 1 }, // public administration, education, health, social work
  { from: 90, to: 99, riskClass: 1 }, // arts, recreation, organisations, personal services, households
];

export function riskClassForKbli(kbli: string): RiskClass | undefined {
  if (!/^\d{5}$/.test(kbli)) return undefined;
  const division = Number(kbli.slice(0, 2));
  return KBLI_DIVISION_RISK.find((row) => division >= row.from && division <= row.to)?.riskClass;
}

type Shares = { employer: number; worker: number };

/** The PU rates by contribution month: JKK by risk class, and who pays what of JKM, JHT and JP, basis points of the wage basis. */
export interface PuRates extends Validity {
  jkkBp: Readonly<Record<RiskClass, number>>;
  shares: Readonly<Record<"JKM" | "JHT" | "JP", Shares>>;
}

export const PU_RATES: readonly PuRates[] = [
  {
    // JP began with PP 45/2015 in July 2015; JKK, JKM and JHT rates are those of PP 44/2015 and PP 46/2015 from the same month.
    from: "2015-07",
    to: null,
    source: "PP 44/2015 Pasal 16 and 18 (JKK, JKM); PP 46/2015 Pasal 16 (JHT); PP 45/2015 Pasal 28 (JP)",
    jkkBp: JKK_RATE_BP,
    shares: {
      JKM: { employer: 30, worker: 0 },
      JHT: { employer: 370, worker: 200 },
      JP: { employer: 200, worker: 100 },
    },
  },
];

/**
 * JP wage caps (Rp). PP 45/2015 Pasal 29: Rp 7,000,000 in 2015, then yearly ×
 * (1 + last year's GDP growth), announced by BPJS TK within a month of the BPS
 * GDP release (early February), so each cap takes effect with the March
 * contribution. Status: "regulation" read in the regulation text, "secondary"
 * from articles or BPJS letters quoted by others, "unverified" otherwise
 * (docs/domain.md lists the sources). Add next year's row each March.
 */
export interface JpWageCap extends Validity {
  year: number;
  cap: Rupiah;
  status: "regulation" | "secondary" | "unverified";
}

// Only the first month of each cap is data; each runs until the month before the next (JP_WAGE_CAPS).
const JP_CAP_STARTS: readonly Omit<JpWageCap, "to" | "source">[] = [
  { year: 2015, from: "2015-07", cap: 7_000_000, status: "regulation" },
  { year: 2016, from: "2016-03", cap: 7_335_300, status: "unverified" },
  { year: 2017, from: "2017-03", cap: 7_703_500, status: "unverified" },
  { year: 2018, from: "2018-03", cap: 8_094_000, status: "unverified" },
  { year: 2019, from: "2019-03", cap: 8_512_400, status: "secondary" },
  { year: 2020, from: "2020-03", cap: 8_939_700, status: "secondary" },
  // Lower than 2020: GDP shrank 2.07% in 2020.
  { year: 2021, from: "2021-03", cap: 8_754_600, status: "secondary" },
  { year: 2022, from: "2022-03", cap: 9_077_600, status: "secondary" },
  { year: 2023, from: "2023-03", cap: 9_559_600, status: "secondary" },
  { year: 2024, from: "2024-03", cap: 10_042_300, status: "secondary" },
  { year: 2025, from: "2025-03", cap: 10_547_400, status: "secondary" },
  { year: 2026, from: "2026-03", cap: 11_086_300, status: "secondary" },
];

export const JP_WAGE_CAPS: readonly JpWageCap[] = JP_CAP_STARTS.map((row, i) => {
  const next = JP_CAP_STARTS[i + 1];
  return {
    ...row,
    to: next ? addMonths(next.from, -1) : null,
    source: `PP 45/2015 Pasal 29; BPJS TK announcement ${row.year} (${row.status})`,
  };
});

/**
 * The JP cap in force for a contribution period: the latest row whose
 * effectiveFrom is not after it, so January and February still use the previous
 * year's cap. After the last row it stays in force until the table gets a new
 * row; before JP began (July 2015), or for a malformed period, undefined.
 */
export function jpCapFor(period: string): JpWageCap | undefined {
  if (!isPeriod(period)) return undefined;
  return inForce(JP_WAGE_CAPS, period);
}

/**
 * JKP (Jaminan Kehilangan Pekerjaan), basis points of the wage up to Rp 5,000,000.
 * Not paid by employer or worker: the government pays its part and the rest is
 * moved ("recomposed") out of the JKK and JKM the employer already pays, so the
 * bill does not change. PP 37/2021 Pasal 11: 0.46% = 0.22 government + 0.14 from
 * JKK + 0.10 from JKM. PP 6/2025 (in force 7 Feb 2025) Pasal 11: 0.36% =
 * 0.22 government + 0.14 from JKK; JKM is no longer recomposed.
 */
export const JKP_WAGE_CAP: Rupiah = 5_000_000;

export const JKP_RATES: readonly (Validity & { governmentBp: number; fromJkkBp: number; fromJkmBp: number })[] = [
  { from: "2021-02", to: "2025-01", source: "PP 37/2021", governmentBp: 22, fromJkkBp: 14, fromJkmBp: 10 },
  { from: "2025-02", to: null, source: "PP 6/2025", governmentBp: 22, fromJkkBp: 14, fromJkmBp: 0 },
];

/**
 * JKP is for participants younger than 54 when they join (PP 37/2021 Pasal 4):
 * a worker who joined at 54 or older is in JKK, JKM, JHT (and JP) but not JKP.
 */
export const JKP_MAX_JOIN_AGE = 54;

/** Whether a worker born on `birthDate` who joined on `joinedOn` is a JKP participant. */
export function jkpApplies(birthDate: string, joinedOn: string): boolean {
  return ageOn(birthDate, joinedOn) < JKP_MAX_JOIN_AGE;
}

/**
 * Programs by business scale. Perpres 109/2013 Pasal 6 ayat (3): large and
 * medium businesses JKK, JHT, JP, JKM; small JKK, JHT, JKM; micro JKK, JKM.
 * PP 37/2021 Pasal 4 (as amended by PP 6/2025) gives JKP only to workers of
 * micro and small businesses in at least JKK, JHT and JKM, so we keep JHT
 * mandatory for every scale (ours) and JP optional for micro and small.
 */
export const PU_PROGRAMS_BY_SCALE: Readonly<Record<UmkmScale, Readonly<Record<"JKK" | "JKM" | "JHT" | "JP", "mandatory" | "optional">>>> = {
  MICRO: { JKK: "mandatory", JKM: "mandatory", JHT: "mandatory", JP: "optional" },
  SMALL: { JKK: "mandatory", JKM: "mandatory", JHT: "mandatory", JP: "optional" },
  MEDIUM: { JKK: "mandatory", JKM: "mandatory", JHT: "mandatory", JP: "mandatory" },
  LARGE: { JKK: "mandatory", JKM: "mandatory", JHT: "mandatory", JP: "mandatory" },
};

export type PuLine = { program: Exclude<Program, "JKP">; employer: Rupiah; worker: Rupiah; amount: Rupiah };

/** Shown for information; none of it is on the employer's bill. */
export type PuNotBilledLine = {
  program: "JKP";
  /** The wage up to JKP_WAGE_CAP. */
  wageBasis: Rupiah;
  government: Rupiah;
  /** Already inside the JKK line, moved to JKP by BPJS TK. */
  fromJkk: Rupiah;
  /** Already inside the JKM line (PP 37/2021 only; 0 from February 2025). */
  fromJkm: Rupiah;
  amount: Rupiah;
};

export type PuContribution = {
  category: "PU";
  wage: Rupiah;
  period: Period;
  riskClass: RiskClass;
  scale: UmkmScale;
  /** The JP cap in force for the period (the JP basis is min(wage, cap)). */
  jpWageCap: Rupiah;
  /** Billed programs, in the order JKK, JKM, JHT, JP. */
  lines: PuLine[];
  notBilled: PuNotBilledLine[];
  employerTotal: Rupiah;
  workerTotal: Rupiah;
  /** employerTotal + workerTotal: what the employer pays BPJS TK for this worker, per month. */
  monthlyTotal: Rupiah;
};

export type PuContributionError =
  | "wage_not_integer"
  | "wage_not_positive"
  | "risk_class_invalid"
  | "scale_invalid"
  | "period_invalid"
  | "period_before_jp"
  | "jp_required_for_scale";

export type PuContributionResult = { ok: true; value: PuContribution } | { ok: false; error: PuContributionError };

function isRiskClass(value: unknown): value is RiskClass {
  return (RISK_CLASSES as readonly unknown[]).includes(value);
}

function line(program: PuLine["program"], basis: Rupiah, shares: Shares): PuLine {
  const employer = basisPointsOf(basis, shares.employer);
  const worker = basisPointsOf(basis, shares.worker);
  return { program, employer, worker, amount: employer + worker };
}

function jkpFor(wage: Rupiah, period: Period): PuNotBilledLine[] {
  const rates = inForce(JKP_RATES, period);
  if (!rates) return [];
  const wageBasis = Math.min(wage, JKP_WAGE_CAP);
  const government = basisPointsOf(wageBasis, rates.governmentBp);
  const fromJkk = basisPointsOf(wageBasis, rates.fromJkkBp);
  const fromJkm = basisPointsOf(wageBasis, rates.fromJkmBp);
  return [{ program: "JKP", wageBasis, government, fromJkk, fromJkm, amount: government + fromJkk + fromJkm }];
}

/**
 * One worker's monthly PU contribution. `includeJp` defaults to true; only micro and small businesses may leave
 * JP out. `jkp` (jkpApplies) says whether the JKP part is shown; a quote for a worker of unknown age assumes it is.
 */
export function calculatePuContribution(input: {
  wage: number;
  riskClass: number;
  scale: string;
  period: string;
  includeJp?: boolean;
  jkp?: boolean;
}): PuContributionResult {
  const { wage, riskClass, scale, period, includeJp = true, jkp = true } = input;
  if (!Number.isSafeInteger(wage)) return { ok: false, error: "wage_not_integer" };
  if (wage <= 0) return { ok: false, error: "wage_not_positive" };
  if (!isRiskClass(riskClass)) return { ok: false, error: "risk_class_invalid" };
  if (!isUmkmScale(scale)) return { ok: false, error: "scale_invalid" };
  if (!isPeriod(period)) return { ok: false, error: "period_invalid" };
  const jpCap = jpCapFor(period);
  if (!jpCap) return { ok: false, error: "period_before_jp" };
  if (!includeJp && PU_PROGRAMS_BY_SCALE[scale].JP === "mandatory") return { ok: false, error: "jp_required_for_scale" };

  // Every month from July 2015 has rates (the JP check above already refused earlier ones).
  const rates = inForce(PU_RATES, period)!;
  const lines: PuLine[] = [
    line("JKK", wage, { employer: rates.jkkBp[riskClass], worker: 0 }),
    line("JKM", wage, rates.shares.JKM),
    line("JHT", wage, rates.shares.JHT),
  ];
  if (includeJp) lines.push(line("JP", Math.min(wage, jpCap.cap), rates.shares.JP));

  const employerTotal = lines.reduce((sum, l) => sum + l.employer, 0);
  const workerTotal = lines.reduce((sum, l) => sum + l.worker, 0);
  return {
    ok: true,
    value: {
      category: "PU",
      wage,
      period,
      riskClass,
      scale,
      jpWageCap: jpCap.cap,
      lines,
      notBilled: jkp ? jkpFor(wage, period) : [],
      employerTotal,
      workerTotal,
      monthlyTotal: employerTotal + workerTotal,
    },
  };
}

export type PuBusinessTotal = {
  period: Period;
  workers: number;
  /** Per program over all workers, in the order JKK, JKM, JHT, JP; JP only if someone pays it. */
  lines: PuLine[];
  notBilled: PuNotBilledLine[];
  employerTotal: Rupiah;
  workerTotal: Rupiah;
  monthlyTotal: Rupiah;
};

export type PuBusinessTotalResult = { ok: true; value: PuBusinessTotal } | { ok: false; error: "no_workers" | "period_mismatch" };

/** A business's monthly bill: its workers' contributions added up, one period at a time. */
export function sumPuContributions(workers: readonly PuContribution[]): PuBusinessTotalResult {
  if (workers.length === 0) return { ok: false, error: "no_workers" };
  const { period } = workers[0];
  if (workers.some((worker) => worker.period !== period)) return { ok: false, error: "period_mismatch" };

  const byProgram = new Map<PuLine["program"], PuLine>();
  const jkp: PuNotBilledLine = { program: "JKP", wageBasis: 0, government: 0, fromJkk: 0, fromJkm: 0, amount: 0 };
  let anyJkp = false;
  for (const worker of workers) {
    for (const l of worker.lines) {
      const sum = byProgram.get(l.program) ?? { program: l.program, employer: 0, worker: 0, amount: 0 };
      byProgram.set(l.program, {
        program: l.program,
        employer: sum.employer + l.employer,
        worker: sum.worker + l.worker,
        amount: sum.amount + l.amount,
      });
    }
    for (const l of worker.notBilled) {
      anyJkp = true;
      jkp.wageBasis += l.wageBasis;
      jkp.government += l.government;
      jkp.fromJkk += l.fromJkk;
      jkp.fromJkm += l.fromJkm;
      jkp.amount += l.amount;
    }
  }
  const order: PuLine["program"][] = ["JKK", "JKM", "JHT", "JP"];
  const lines = order.flatMap((program) => byProgram.get(program) ?? []);
  const employerTotal = lines.reduce((sum, l) => sum + l.employer, 0);
  const workerTotal = lines.reduce((sum, l) => sum + l.worker, 0);
  return {
    ok: true,
    value: {
      period,
      workers: workers.length,
      lines,
      notBilled: anyJkp ? [jkp] : [],
      employerTotal,
      workerTotal,
      monthlyTotal: employerTotal + workerTotal,
    },
  };
}
