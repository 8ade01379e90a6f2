// PU bills: one per company and month, with a line per worker and program
// (employer and worker shares), for the employments active in that month.
import type { Db } from "../db/prisma";
import { dateColumn, dueDateFor, periodEndDate, periodStartDate, type Period } from "../domain/billing-period";
import { calculatePuContribution } from "../domain/contributions/pu";
import { companyPrograms } from "../domain/company-programs";
import { wageChangeIn, wageInForce } from "./wage-in-force";
import { billInBatches } from "./batches";
import type { CategoryCounts } from "./counts";
import type { BillDraft, BillLineDraft } from "./insert";

export const puBillingKey = (companyId: string, period: Period) => `PU:${companyId}:${period}`;

type CompanyRow = { id: string; scale: "MICRO" | "SMALL" | "MEDIUM" | "LARGE"; riskClass: number; jpIncluded: boolean };
type Worker = { participantId: string; wage: number };

/** The company's bill, or undefined when a worker's data gives no contribution (the whole bill waits: no partial bills). */
function companyBill(company: CompanyRow, workers: Worker[], period: Period): BillDraft | undefined {
  const programs = new Set(companyPrograms(company));
  const lines: BillLineDraft[] = [];
  for (const worker of workers) {
    const quote = calculatePuContribution({
      wage: worker.wage,
      riskClass: company.riskClass,
      scale: company.scale,
      period,
      includeJp: programs.has("JP"),
    });
    if (!quote.ok) return undefined;
    for (const line of quote.value.lines) {
      if (!programs.has(line.program)) continue;
      lines.push({
        program: line.program,
        participantId: worker.participantId,
        // JP is charged on the wage up to the cap in force in this period.
        base: line.program === "JP" ? Math.min(worker.wage, quote.value.jpWageCap) : worker.wage,
        employerAmount: line.employer,
        workerAmount: line.worker,
        amount: line.amount,
      });
    }
  }
  return {
    billingKey: puBillingKey(company.id, period),
    category: "PU",
    participantId: null,
    companyId: company.id,
    projectId: null,
    programmeId: null,
    periodStart: periodStartDate(period),
    periodMonths: 1,
    dueDate: dueDateFor("PU", period),
    lines,
  };
}

export function billPu(db: Db, period: Period, now: Date, batchSize: number): Promise<CategoryCounts> {
  const firstDay = dateColumn(periodStartDate(period));
  const lastDay = dateColumn(periodEndDate(period));
  return billInBatches(db, now, batchSize, {
    read: (after, take) =>
      db.company.findMany({
        where: { status: "ACTIVE", ...(after ? { id: { gt: after } } : {}) },
        select: { id: true, scale: true, riskClass: true, jpIncluded: true },
        orderBy: { id: "asc" },
        take,
      }),
    billingKey: (company) => puBillingKey(company.id, period),
    async draft(companies) {
      // Active at any time in the month: started by its last day, not ended before its first.
      const employments = companies.length
        ? await db.employment.findMany({
            where: {
              companyId: { in: companies.map((c) => c.id) },
              startDate: { lte: lastDay },
              OR: [{ endDate: null }, { endDate: { gte: firstDay } }],
              participant: { status: { notIn: ["REJECTED", "DECEASED"] } },
            },
            select: {
              companyId: true,
              participantId: true,
              monthlyWage: true,
              // The wage in force this month: the latest change from this month or before, else the one enrolled with.
              wageChanges: wageChangeIn(period),
            },
            // Oldest first, so a worker re-hired within the month is billed once, at the latest wage.
            orderBy: [{ companyId: "asc" }, { startDate: "asc" }],
          })
        : [];
      const workersOf = new Map<string, Map<string, Worker>>();
      for (const e of employments) {
        const workers = workersOf.get(e.companyId) ?? new Map<string, Worker>();
        workers.set(e.participantId, { participantId: e.participantId, wage: wageInForce(e) });
        workersOf.set(e.companyId, workers);
      }
      const drafts: BillDraft[] = [];
      let skipped = 0;
      for (const company of companies) {
        const workers = workersOf.get(company.id);
        if (!workers) continue; // no one employed this month: nothing to bill
        const draft = companyBill(company, [...workers.values()], period);
        if (draft) drafts.push(draft);
        else skipped += 1;
      }
      return { drafts, skipped };
    },
  });
}
