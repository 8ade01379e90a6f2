// The minimum-wage rule (lib/domain/minimum-wage.ts) as the officer's form, the
// spreadsheet check and the enrollments API apply it to a PU worker row.
import { currentPeriod, periodOf, type Period } from "../domain/billing-period";
import { checkMinimumWage, type MinimumWage } from "../domain/minimum-wage";
import { formatRupiahSen } from "../domain/money";
import { regencyName } from "../domain/regions";
import type { UmkmScale } from "../domain/umkm";
import { messageWithParams } from "../validation/field-errors";

export type WageProblem = { kind: "error" | "warning"; message: string };

function message(key: string, minimum: MinimumWage): string {
  return messageWithParams(key, {
    kind: minimum.kind,
    place: minimum.regencyCode ? (regencyName(minimum.regencyCode) ?? minimum.regencyCode) : "Banten",
    year: minimum.year,
    minimum: formatRupiahSen(minimum.amountSen),
  });
}

/**
 * The wage against the minimum wage of the company's regency in the first month
 * the worker is billed: the start month, or this month for a start in the past
 * (the wage given is today's). Null when the wage meets it or no table applies.
 */
export function wageProblem(
  row: { wage: number; startDate?: string },
  company: { regencyCode: string; scale: UmkmScale },
  today: Date = new Date(),
): WageProblem | null {
  const now = currentPeriod(today);
  const start = row.startDate ? periodOf(row.startDate) : now;
  const period: Period = start > now ? start : now;
  const check = checkMinimumWage({ wage: row.wage, regencyCode: company.regencyCode, scale: company.scale, period });
  if (check.status === "refused") return { kind: "error", message: message("errors.wage.belowMinimum", check.minimum) };
  if (check.status === "warned") return { kind: "warning", message: message("errors.wage.belowMinimumAgreed", check.minimum) };
  return null;
}
