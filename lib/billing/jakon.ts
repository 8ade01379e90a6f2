// Jasa Konstruksi bills: one per project, for its whole duration, JKK + JKM
// from the contract value (lib/domain/contributions/jakon.ts).
import type { Db } from "../db/prisma";
import {
  dateColumn,
  dueDateFor,
  isoDate,
  monthsBetween,
  periodEndDate,
  periodOf,
  periodStartDate,
  type Period,
} from "../domain/billing-period";
import { calculateJakonContribution } from "../domain/contributions/jakon";
import { billInBatches } from "./batches";
import type { CategoryCounts } from "./counts";
import type { BillDraft } from "./insert";

export const jakonBillingKey = (projectId: string) => `JAKON:${projectId}`;

/**
 * A project is billed by the first run whose period it has started in, and is
 * due like a monthly bill of that period (the 15th of the next month), so a
 * project registered late still gets the same notice. Its lines carry no
 * participant (the cover is the project's) and base 0: BillLine.base is a
 * 32-bit Int and contract values pass Rp 2.1 billion; the value is on the project.
 */
export function billJakon(db: Db, period: Period, now: Date, batchSize: number): Promise<CategoryCounts> {
  const firstDay = dateColumn(periodStartDate(period));
  const lastDay = dateColumn(periodEndDate(period));
  return billInBatches(db, now, batchSize, {
    // Candidates: projects under way this month, and older ones never billed.
    read: (after, take) =>
      db.constructionProject.findMany({
        where: {
          startDate: { lte: lastDay },
          OR: [{ endDate: { gte: firstDay } }, { bills: { none: {} } }],
          ...(after ? { id: { gt: after } } : {}),
        },
        select: { id: true, contractValue: true, startDate: true, endDate: true },
        orderBy: { id: "asc" },
        take,
      }),
    billingKey: (project) => jakonBillingKey(project.id),
    draft(projects) {
      const drafts: BillDraft[] = [];
      let skipped = 0;
      for (const project of projects) {
        const startPeriod = periodOf(isoDate(project.startDate));
        const quote = calculateJakonContribution({ contractValue: Number(project.contractValue), period: startPeriod });
        if (!quote.ok) {
          skipped += 1;
          continue;
        }
        drafts.push({
          billingKey: jakonBillingKey(project.id),
          category: "JAKON",
          participantId: null,
          companyId: null,
          projectId: project.id,
          programmeId: null,
          periodStart: periodStartDate(startPeriod),
          periodMonths: Math.max(1, monthsBetween(startPeriod, periodOf(isoDate(project.endDate))) + 1),
          dueDate: dueDateFor("JAKON", period),
          lines: quote.value.lines.map((line) => ({
            program: line.program,
            participantId: null,
            base: 0,
            employerAmount: line.amount, // the contractor pays it all
            workerAmount: 0,
            amount: line.amount,
          })),
        });
      }
      return { drafts, skipped };
    },
  });
}
