import { PU_PROGRAMS_BY_SCALE } from "./contributions/pu";
import type { Program } from "./programs";
import type { UmkmScale } from "./umkm";

/** The programs a company's PU workers are enrolled in: its scale's staging, JP where chosen or required. */
export function companyPrograms(company: { scale: UmkmScale; jpIncluded: boolean }): Program[] {
  const rules = PU_PROGRAMS_BY_SCALE[company.scale];
  return (Object.keys(rules) as (keyof typeof rules)[]).filter(
    (program) => rules[program] === "mandatory" || (program === "JP" && company.jpIncluded),
  );
}

/** Whether a company's workers join JP: required by its scale (Perpres 109/2013), or chosen where it is optional. */
export function jpIncludedFor(scale: UmkmScale, chosen: boolean): boolean {
  return PU_PROGRAMS_BY_SCALE[scale].JP === "mandatory" || chosen;
}
