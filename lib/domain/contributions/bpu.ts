/**
 * BPU (Bukan Penerima Upah) contributions on a declared monthly income:
 * JKK 1% and JKM a flat Rp 6,800 (PP 44/2015 as amended), JHT 2% and optional
 * (PP 46/2015 as amended by PP 60/2015). Paid for 1, 3, 6 or 12 months at once;
 * each month is priced by the rates and relief in force in that month.
 */
import { addMonths, isPeriod, type Period, periodsFrom } from "../billing-period";
import { inForce, type Validity } from "../dated";
import { basisPointsOf, type Rupiah } from "../money";
import { RELIEF_SECTORS, type ReliefSector } from "../occupations";
import { isPaymentPeriod, type PaymentPeriod, type Program, PROGRAMS, PROGRAM_REQUIREMENTS, programsWith } from "../programs";
import { BPU_INCOME_RANGES, BPU_MIN_INCOME, bpuIncomeRange, type BpuIncomeRange } from "./bpu-income-ranges";
import { chargedUnder, type ContributionFunding, reliefById, reliefFor } from "./relief";

export { BPU_MIN_INCOME };

/** The BPU rates by contribution month: JKK and JHT in basis points of the range's base, JKM flat. */
export interface BpuRates extends Validity {
  incomeRanges: readonly BpuIncomeRange[];
  jkkBp: number;
  jhtBp: number;
  jkmFlat: Rupiah;
}

export const BPU_RATES: readonly BpuRates[] = [
  {
    from: "2015-07",
    to: null,
    source: "PP 44/2015 Lampiran II (JKK, JKM) and PP 46/2015 as amended by PP 60/2015 (JHT); BPJS TK tabel iuran BPU, Desember 2015",
    incomeRanges: BPU_INCOME_RANGES,
    jkkBp: 100,
    jhtBp: 200,
    jkmFlat: 6_800,
  },
];

// Every base of the table is a multiple of Rp 50,000, so every amount is exact;
// the rounding (basisPointsOf, half-up) would only matter for a base that is not.
const BPU_AMOUNTS: Partial<Record<Program, (base: Rupiah, rates: BpuRates) => Rupiah>> = {
  JKK: (base, rates) => basisPointsOf(base, rates.jkkBp),
  JKM: (_, rates) => rates.jkmFlat,
  JHT: (base, rates) => basisPointsOf(base, rates.jhtBp),
};

export type BpuContributionError =
  | "income_below_minimum"
  | "income_not_integer"
  | "program_not_available"
  | "program_mandatory_missing"
  | "months_invalid"
  | "period_invalid"
  | "period_before_rules";

/** A program's contribution: `amount` is what is charged, `relief` what a relief took off it. */
export type BpuLine = { program: Program; amount: Rupiah; relief: Rupiah };

export type BpuMonth = {
  period: Period;
  /** The base this month is priced on. */
  base: Rupiah;
  /** The relief that applies this month (contribution-relief id), or null. */
  reliefId: string | null;
  lines: BpuLine[];
  total: Rupiah;
};

/** A relief applied to some months of the quote. */
export type BpuReliefApplied = {
  id: string;
  regulation: string;
  /** Last contribution month of the relief. */
  until: Period;
  /** What the same contribution costs a month after the relief ends. */
  monthlyAfter: Rupiah;
  /** The months of this quote it applies to. */
  periods: Period[];
  /** Taken off over the whole quote. */
  amount: Rupiah;
};

export type BpuContribution = {
  category: "BPU";
  /** The first contribution month. */
  period: Period;
  sector: ReliefSector;
  /** The base the first month is computed on (the income range's), not the raw declared income. */
  income: Rupiah;
  /** The income range the declared income falls in (first month). */
  incomeRange: BpuIncomeRange;
  months: PaymentPeriod;
  /** In PROGRAMS order (JKK, JKM, JHT): what is charged for each program over the whole quote. */
  lines: BpuLine[];
  perMonth: BpuMonth[];
  /** Runs of consecutive months that cost the same. */
  schedule: { from: Period; to: Period; monthlyTotal: Rupiah }[];
  reliefs: BpuReliefApplied[];
  /** What the first month costs. */
  monthlyTotal: Rupiah;
  total: Rupiah;
};

export type BpuContributionResult = { ok: true; value: BpuContribution } | { ok: false; error: BpuContributionError };

export type BpuContributionInput = {
  income: number;
  programs: Program[];
  months: PaymentPeriod;
  /** First contribution month (YYYY-MM). */
  period: string;
  /** For relief; OTHER when not known. */
  sector?: ReliefSector;
  /** Who pays; SELF unless a sponsor does. */
  funding?: ContributionFunding;
};

type Subject = { programs: Program[]; income: Rupiah; sector: ReliefSector; funding: ContributionFunding };

function priceMonth(subject: Subject, period: Period): BpuMonth | undefined {
  const rates = inForce(BPU_RATES, period);
  if (!rates) return undefined;
  const { base } = bpuIncomeRange(subject.income, rates.incomeRanges);
  const relief = reliefFor({ category: "BPU", sector: subject.sector, funding: subject.funding }, period);
  const lines = subject.programs.map((program) => {
    const amountFor = BPU_AMOUNTS[program];
    if (!amountFor) throw new Error(`PROGRAM_REQUIREMENTS allows ${program} for BPU but it has no rate`);
    const full = amountFor(base, rates);
    const amount = chargedUnder(relief, program, full);
    return { program, amount, relief: full - amount };
  });
  return { period, base, reliefId: relief?.id ?? null, lines, total: lines.reduce((sum, line) => sum + line.amount, 0) };
}

function reliefsOf(subject: Subject, perMonth: BpuMonth[]): BpuReliefApplied[] {
  const ids = [...new Set(perMonth.flatMap((month) => month.reliefId ?? []))];
  return ids.map((id) => {
    const relief = reliefById(id);
    const months = perMonth.filter((month) => month.reliefId === id);
    // A relief always ends (to is set); the month after it is priced by the rules of that month.
    const until = relief.to ?? months.at(-1)!.period;
    return {
      id,
      regulation: relief.regulation,
      until,
      monthlyAfter: priceMonth(subject, addMonths(until, 1))?.total ?? 0,
      periods: months.map((month) => month.period),
      amount: months.reduce((sum, month) => sum + month.lines.reduce((s, line) => s + line.relief, 0), 0),
    };
  });
}

export function calculateBpuContribution(input: BpuContributionInput): BpuContributionResult {
  const { income, programs, months, period, sector = "OTHER", funding = "SELF" } = input;
  if (!Number.isSafeInteger(income)) return { ok: false, error: "income_not_integer" };
  if (income < BPU_MIN_INCOME) return { ok: false, error: "income_below_minimum" };
  if (!isPaymentPeriod(months)) return { ok: false, error: "months_invalid" };
  if (!isPeriod(period)) return { ok: false, error: "period_invalid" };

  const rules = PROGRAM_REQUIREMENTS.BPU;
  const chosen = new Set(programs);
  // Programs arrive from forms: anything that is not a known BPU program is "not available".
  if ([...chosen].some((program) => !Object.hasOwn(rules, program) || rules[program] === "unavailable")) {
    return { ok: false, error: "program_not_available" };
  }
  if (PROGRAMS.some((program) => rules[program] === "mandatory" && !chosen.has(program))) {
    return { ok: false, error: "program_mandatory_missing" };
  }

  const subject: Subject = { programs: PROGRAMS.filter((program) => chosen.has(program)), income, sector, funding };
  const perMonth: BpuMonth[] = [];
  for (const month of periodsFrom(period, addMonths(period, months - 1))) {
    const priced = priceMonth(subject, month);
    if (!priced) return { ok: false, error: "period_before_rules" };
    perMonth.push(priced);
  }
  const first = perMonth[0]!;
  const lines = subject.programs.map((program, i) => ({
    program,
    amount: perMonth.reduce((sum, month) => sum + month.lines[i]!.amount, 0),
    relief: perMonth.reduce((sum, month) => sum + month.lines[i]!.relief, 0),
  }));
  const schedule: BpuContribution["schedule"] = [];
  for (const month of perMonth) {
    const last = schedule.at(-1);
    if (last && last.monthlyTotal === month.total) last.to = month.period;
    else schedule.push({ from: month.period, to: month.period, monthlyTotal: month.total });
  }
  return {
    ok: true,
    value: {
      category: "BPU",
      period,
      sector,
      income: first.base,
      incomeRange: bpuIncomeRange(income, inForce(BPU_RATES, period)!.incomeRanges),
      months,
      lines,
      perMonth,
      schedule,
      reliefs: reliefsOf(subject, perMonth),
      monthlyTotal: first.total,
      total: perMonth.reduce((sum, month) => sum + month.total, 0),
    },
  };
}

/**
 * The least a BPU worker pays for a contribution month: the mandatory programs
 * on the lowest base, in the sector with the most relief that month (Rp 16,800
 * without relief, Rp 8,400 under PP 50/2025). The landing page's "from Rp …".
 */
export function bpuLowestMonthly(period: Period): Rupiah {
  const totals = RELIEF_SECTORS.map((sector) => {
    const lowest = calculateBpuContribution({
      income: BPU_MIN_INCOME,
      programs: programsWith("BPU", "mandatory"),
      months: 1,
      period,
      sector,
    });
    if (!lowest.ok) throw new Error(`the lowest BPU contribution for ${period} cannot be computed: ${lowest.error}`);
    return lowest.value.monthlyTotal;
  });
  return Math.min(...totals);
}
