// Collective bills (issue 16): one bill per sponsor programme and month, with
// one BJB virtual account, a line per person and programme paid, priced by the
// BPU table with the relief the programme's funding allows (none for APBD or
// APBN money: lib/domain/sponsorship.ts). It goes through the same payment,
// inquiry and ledger paths as every bill; paying it starts the cover of the
// people on its lines (lib/payments/apply-payment.ts).
import type { Db } from "../db/prisma";
import { dueDateFor, periodStartDate, type Period } from "../domain/billing-period";
import { calculateBpuContribution } from "../domain/contributions/bpu";
import { sectorOf } from "../domain/occupations";
import { contributionFunding, sponsoredPrograms } from "../domain/sponsorship";
import { billInBatches } from "./batches";
import { bpuBillLines } from "./bpu";
import type { CategoryCounts } from "./counts";
import type { BillDraft } from "./insert";

export const sponsoredBillingKey = (programmeId: string, period: Period) => `SPONSOR:${programmeId}:${period}`;

export function billSponsored(db: Db, period: Period, now: Date, batchSize: number): Promise<CategoryCounts> {
  return billInBatches(db, now, batchSize, {
    // Programmes whose months include this one.
    read: (after, take) =>
      db.sponsorProgramme.findMany({
        where: { fromPeriod: { lte: period }, toPeriod: { gte: period }, ...(after ? { id: { gt: after } } : {}) },
        select: { id: true, insuredIncome: true, withJht: true, funding: true },
        orderBy: { id: "asc" },
        take,
      }),
    billingKey: (programme) => sponsoredBillingKey(programme.id, period),
    async draft(programmes) {
      const drafts: BillDraft[] = [];
      let skipped = 0;
      for (const programme of programmes) {
        // Everyone the programme pays for this month whose cover has not ended.
        const months = await db.sponsoredMonth.findMany({
          where: { period, sponsorship: { programmeId: programme.id }, participant: { status: { notIn: ["DECEASED", "REJECTED"] } } },
          select: { participantId: true, participant: { select: { occupation: true } } },
          orderBy: { participantId: "asc" },
        });
        const lines = months.flatMap(({ participantId, participant }) => {
          const quote = calculateBpuContribution({
            income: programme.insuredIncome,
            programs: sponsoredPrograms(programme.withJht),
            months: 1,
            period,
            sector: sectorOf(participant.occupation),
            funding: contributionFunding(programme.funding),
          });
          return quote.ok ? bpuBillLines(quote.value, participantId) : [];
        });
        // Nobody this month (yet): no bill, so one made later in the month is not an empty one in the way.
        if (lines.length === 0) {
          skipped += 1;
          continue;
        }
        drafts.push({
          billingKey: sponsoredBillingKey(programme.id, period),
          category: "BPU",
          participantId: null,
          companyId: null,
          projectId: null,
          programmeId: programme.id,
          periodStart: periodStartDate(period),
          periodMonths: 1,
          dueDate: dueDateFor("BPU", period),
          lines,
        });
      }
      return { drafts, skipped };
    },
  });
}
