import { inBranch, type BranchScope } from "../auth/scope";
import type { Db } from "../db/prisma";
import { currentPeriod, periodStartDate } from "../domain/billing-period";

/** Start of this month in Jakarta, as an instant (00:00 WIB = 17:00 UTC the day before). */
function startOfJakartaMonth(now: Date = new Date()): Date {
  return new Date(`${periodStartDate(currentPeriod(now))}T00:00:00+07:00`);
}

/** The officer's home figures: enrollments this month by them and by their branch. */
export async function officerFigures(database: Db, officerId: string, scope: BranchScope, now: Date = new Date()) {
  const since = { gte: startOfJakartaMonth(now) };
  const [mine, mineCompanies, branch, branchCompanies] = await Promise.all([
    database.participant.count({ where: { enrolledById: officerId, createdAt: since } }),
    database.company.count({ where: { enrolledById: officerId, createdAt: since } }),
    database.participant.count({ where: { ...inBranch(scope), channel: { in: ["BANK_OFFICER", "API"] }, createdAt: since } }),
    database.company.count({ where: { ...inBranch(scope), createdAt: since } }),
  ]);
  return { mine: { participants: mine, companies: mineCompanies }, branch: { participants: branch, companies: branchCompanies } };
}
