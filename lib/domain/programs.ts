/**
 * BPJS Ketenagakerjaan programs and who may join which (UU 40/2004 SJSN;
 * PP 44/2015 JKK & JKM, PP 46/2015 JHT, PP 45/2015 JP, PP 37/2021 JKP;
 * Permenaker 5/2021 for BPU).
 */

export const PROGRAMS = ["JKK", "JKM", "JHT", "JP", "JKP"] as const;
export type Program = (typeof PROGRAMS)[number];

/** PU: wage earners; BPU: self-employed/informal; JAKON: construction projects. */
export const PARTICIPANT_CATEGORIES = ["PU", "BPU", "JAKON"] as const;
export type ParticipantCategory = (typeof PARTICIPANT_CATEGORIES)[number];

/** BPU contributions may be paid monthly or 3, 6 or 12 months in advance. */
export const PAYMENT_PERIODS = [1, 3, 6, 12] as const;
export type PaymentPeriod = (typeof PAYMENT_PERIODS)[number];

export type ProgramRequirement = "mandatory" | "optional" | "unavailable";

/**
 * Category-level rules. For PU, JP is optional for micro businesses
 * (Perpres 109/2013 staging): that depends on business scale and belongs to the
 * PU rules, not here. JKP follows automatically for PU members of JKK, JKM and
 * JHT and is funded by government and recomposition, not billed (PP 37/2021).
 */
export const PROGRAM_REQUIREMENTS: Readonly<Record<ParticipantCategory, Readonly<Record<Program, ProgramRequirement>>>> = {
  PU: { JKK: "mandatory", JKM: "mandatory", JHT: "mandatory", JP: "mandatory", JKP: "mandatory" },
  BPU: { JKK: "mandatory", JKM: "mandatory", JHT: "optional", JP: "unavailable", JKP: "unavailable" },
  JAKON: { JKK: "mandatory", JKM: "mandatory", JHT: "unavailable", JP: "unavailable", JKP: "unavailable" },
};

export function programsWith(category: ParticipantCategory, requirement: ProgramRequirement): Program[] {
  return PROGRAMS.filter((program) => PROGRAM_REQUIREMENTS[category][program] === requirement);
}

export function isPaymentPeriod(months: number): months is PaymentPeriod {
  return (PAYMENT_PERIODS as readonly number[]).includes(months);
}
