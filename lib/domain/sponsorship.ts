/**
 * Sponsored cover (issue 16): a sponsor (the province, a regency or city, a
 * bank's or company's CSR, BAZNAS) pays BPU contributions for people its
 * programme names. The rules here are ours unless a source is named: the
 * programme's own decree (Pergub/Perda, a CSR agreement) sets who qualifies and
 * for how long; Permenaker 1/2024 lets regional governments pay from the APBD.
 * What a sponsor pays a month is the BPU contribution of the programmes it pays,
 * priced by the same rule as everyone's (./contributions/bpu.ts), relief
 * included only where the relief's own rule allows it: PP 50/2025 excludes
 * participants paid from the APBN or APBD, so their sponsors pay in full.
 */
import { addMonths, type Period, periodsFrom } from "./billing-period";
import { calculateBpuContribution } from "./contributions/bpu";
import type { ContributionFunding } from "./contributions/relief";
import type { Rupiah } from "./money";
import type { Occupation } from "./occupations";
import { sectorOf } from "./occupations";
import type { Program } from "./programs";
import { ageOn } from "./time";

/** Where a programme's money comes from, as its decree says. */
export const PROGRAMME_FUNDINGS = ["APBD", "APBN", "CSR"] as const;
export type ProgrammeFunding = (typeof PROGRAMME_FUNDINGS)[number];

/** The funding the contribution rules know: CSR (and zakat) money is "another sponsor", not a government budget. */
export function contributionFunding(funding: ProgrammeFunding): ContributionFunding {
  return funding === "CSR" ? "OTHER" : funding;
}

/** The programmes a sponsor may pay: JKK and JKM always (BPU's mandatory pair), JHT where the programme says so. */
export function sponsoredPrograms(withJht: boolean): Program[] {
  return withJht ? ["JKK", "JKM", "JHT"] : ["JKK", "JKM"];
}

export interface Eligibility {
  /** Regencies/cities whose residents qualify (the sponsor's area); empty: anywhere in Banten. */
  regencyCodes: readonly string[];
  /** Occupations that qualify (nelayan, petani, pengemudi…); empty: any. */
  occupations: readonly Occupation[];
  /** Age on the first sponsored day, inclusive; null: no bound. */
  minAge: number | null;
  maxAge: number | null;
}

export type Candidate = {
  /** The person's category today; null for someone not yet a participant (enrolled as BPU). */
  category: "PU" | "BPU" | "JAKON" | null;
  regencyCode: string;
  occupation: Occupation | null;
  birthDate: string;
};

export const INELIGIBLE_REASONS = ["notBpu", "outsideArea", "occupation", "tooYoung", "tooOld"] as const;
export type IneligibleReason = (typeof INELIGIBLE_REASONS)[number];

/** Why `candidate` does not qualify on `day` (the first sponsored day), in a fixed order; none: eligible. */
export function ineligibility(rule: Eligibility, candidate: Candidate, day: string): IneligibleReason[] {
  const reasons: IneligibleReason[] = [];
  // Sponsored cover is for workers who pay their own: a wage earner's employer pays theirs (issue 16: "BPU only").
  if (candidate.category !== null && candidate.category !== "BPU") reasons.push("notBpu");
  if (rule.regencyCodes.length && !rule.regencyCodes.includes(candidate.regencyCode)) reasons.push("outsideArea");
  if (rule.occupations.length && (!candidate.occupation || !rule.occupations.includes(candidate.occupation))) reasons.push("occupation");
  const age = ageOn(candidate.birthDate, day);
  if (rule.minAge !== null && age < rule.minAge) reasons.push("tooYoung");
  if (rule.maxAge !== null && age > rule.maxAge) reasons.push("tooOld");
  return reasons;
}

/** The months a sponsorship from `from` pays: from then to the programme's last month, never before its first. */
export function sponsoredMonths(programme: { fromPeriod: Period; toPeriod: Period }, from: Period): Period[] {
  const start = from < programme.fromPeriod ? programme.fromPeriod : from;
  return start > programme.toPeriod ? [] : periodsFrom(start, programme.toPeriod);
}

/**
 * What the sponsor pays for one person in `period`: the programmes it pays, on the programme's insured income, with
 * the relief that month's rules give to this funding and this person's sector (none for APBD or APBN money).
 */
export function monthlyCost(
  programme: { insuredIncome: Rupiah; withJht: boolean; funding: ProgrammeFunding },
  occupation: Occupation | null,
  period: Period,
): Rupiah {
  const priced = calculateBpuContribution({
    income: programme.insuredIncome,
    programs: sponsoredPrograms(programme.withJht),
    months: 1,
    period,
    sector: sectorOf(occupation),
    funding: contributionFunding(programme.funding),
  });
  if (!priced.ok) throw new RangeError(`a sponsored month cannot be priced: ${priced.error}`);
  return priced.value.monthlyTotal;
}

/** The months a participant is sponsored in, as periods; overlapping another sponsorship is what the one-payer rule refuses. */
export function overlap(a: readonly Period[], b: readonly Period[]): Period[] {
  const other = new Set(b);
  return a.filter((period) => other.has(period));
}

/** The sponsorship's last month and the month a participant is told it ends (a month before: issue 16). */
export function endNotice(lastMonth: Period): { lastMonth: Period; noticeMonth: Period } {
  return { lastMonth, noticeMonth: addMonths(lastMonth, -1) };
}
