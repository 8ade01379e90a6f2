/**
 * Rules by contribution month. Every rate table, base table, wage cap, relief
 * and due-date rule is a list of versions, each valid from a first contribution
 * month to a last one (null: until a later version replaces it). A bill or
 * quote looks up the version in force for each month it covers, so a rule that
 * changes in the middle of a 3-month payment prices each month by its own rule.
 */
import type { Period } from "./billing-period";

export interface Validity {
  /** First contribution month (YYYY-MM) the version applies to. */
  from: Period;
  /** Last contribution month it applies to; null while it is the newest version. */
  to: Period | null;
  /** Where the rule comes from (regulation, table, announcement). */
  source: string;
}

export function isInForce(version: Validity, period: Period): boolean {
  return version.from <= period && (version.to === null || period <= version.to);
}

/** The version in force in `period`; undefined before the first one (or in a gap). */
export function inForce<T extends Validity>(versions: readonly T[], period: Period): T | undefined {
  return versions.findLast((version) => isInForce(version, period));
}

/** The version in force in `period`, or an error naming the rule: for tables that have no gaps after their start. */
export function requireInForce<T extends Validity>(versions: readonly T[], period: Period, rule: string): T {
  const version = inForce(versions, period);
  if (!version) throw new RangeError(`no ${rule} rule in force in ${period}`);
  return version;
}
