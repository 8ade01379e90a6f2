// The wage an employment is billed at in a month (issue 14): the latest
// WageChange from that month or before, else the wage it was enrolled with.
// One rule for billing (./pu.ts), the client page's contributions
// and the wage form's audit; framework-free, imports nothing that imports it.
import type { Period } from "../domain/billing-period";

/** The part of an employment query that reads the change in force in `period` (Prisma `select` of `wageChanges`). */
export const wageChangeIn = (period: Period) => ({
  where: { fromPeriod: { lte: period } },
  orderBy: { fromPeriod: "desc" as const },
  take: 1,
  select: { monthlyWage: true },
});

/** The wage of an employment read with `wageChanges: wageChangeIn(period)`. */
export const wageInForce = (employment: { monthlyWage: number; wageChanges: { monthlyWage: number }[] }) =>
  employment.wageChanges[0]?.monthlyWage ?? employment.monthlyWage;
