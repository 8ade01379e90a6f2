// BPU bills: one per participant and contribution cycle. The cycle is anchored
// at the registration month (the month of the first bill, lib/bpu-registration/register.ts)
// and lasts the participant's chosen 1, 3, 6 or 12 months.
import { BPU_TERMS_COLUMNS } from "../db/bpu-terms-columns";
import type { Db } from "../db/prisma";
import { addMonths, dueDateFor, periodStartDate, startsCycle, type Period } from "../domain/billing-period";
import { registeredTerms, termsInForce, type TermsRow } from "../domain/bpu-terms";
import { type BpuContribution, calculateBpuContribution } from "../domain/contributions/bpu";
import { sectorOf } from "../domain/occupations";
import { isPaymentPeriod, PROGRAM_REQUIREMENTS } from "../domain/programs";
import { billInBatches } from "./batches";
import type { CategoryCounts } from "./counts";
import type { BillDraft, BillLineDraft } from "./insert";

export const bpuBillingKey = (participantId: string, period: Period) => `BPU:${participantId}:${period}`;

/**
 * A BPU bill's lines: one per program for all the bill's months, each month
 * priced by its own rules (what the relief took off kept on the line); the
 * participant pays it all. The base is the first month's.
 */
export function bpuBillLines(quote: BpuContribution, participantId: string): BillLineDraft[] {
  return quote.lines.map((line) => ({
    program: line.program,
    participantId,
    base: quote.income,
    employerAmount: 0,
    workerAmount: line.amount,
    amount: line.amount,
    reliefAmount: line.relief,
    reliefId: line.relief > 0 ? (quote.reliefs[0]?.id ?? null) : null,
  }));
}

/** The declared income (ranged by the table in force each month; the stored tier only for rows without one) and period. */
const termsOf = (row: TermsRow, period: Period) => termsInForce(registeredTerms(row), row.bpuTerms, period);

/**
 * The terms the participant pays this month under, with the sponsor's months taken out (docs/domain.md, "Sponsored
 * cover"): none in a sponsored month; a cycle that would reach into one is billed for this month only, and their
 * cycles count again from the month after the sponsorship (a terms row written when it was added).
 */
function ownTerms(row: TermsRow & { sponsoredMonths: { period: string }[] }, period: Period) {
  const terms = termsOf(row, period);
  if (!terms || row.sponsoredMonths.length === 0) return terms;
  if (row.sponsoredMonths.some((m) => m.period === period)) return null;
  const cycleEnd = addMonths(period, terms.months - 1);
  return row.sponsoredMonths.some((m) => m.period <= cycleEnd) ? { anchor: period, income: terms.income, months: 1 } : terms;
}

/**
 * Who is billed: ACTIVE participants (INACTIVE ones lapsed and are billed again
 * once they pay their arrears and applyCoverage reactivates them), and PENDING
 * ones with no open bill: an officer-enrolled UMKM owner gets a first bill this
 * way, while a registrant who has not paid the first one is not sent a second.
 */
export function billBpu(db: Db, period: Period, now: Date, batchSize: number): Promise<CategoryCounts> {
  return billInBatches(db, now, batchSize, {
    read: (after, take) =>
      db.participant
        .findMany({
          where: {
            category: "BPU",
            OR: [{ status: "ACTIVE" }, { status: "PENDING", bills: { none: { status: { not: "PAID" } } } }],
            ...(after ? { id: { gt: after } } : {}),
          },
          select: {
            id: true,
            ...BPU_TERMS_COLUMNS,
            // A sponsor's months in the longest cycle from here (issue 16): never billed to the participant.
            sponsoredMonths: { where: { period: { gte: period, lte: addMonths(period, 11) } }, select: { period: true } },
          },
          orderBy: { id: "asc" },
          take,
        })
        .then((rows) => rows.map((row) => ({ ...row, terms: ownTerms(row, period) }))),
    // Billed when a cycle of the terms in force begins this month; not at all before their first terms, nor in a
    // month a sponsor pays.
    billingKey: (p) => (p.terms && startsCycle(p.terms.anchor, p.terms.months, period) ? bpuBillingKey(p.id, period) : null),
    draft(participants) {
      const drafts: BillDraft[] = [];
      let skipped = 0;
      for (const participant of participants) {
        // billingKey let through only candidates with terms in force.
        const { months, income } = participant.terms!;
        // Programs the category does not offer are dropped rather than failing the bill: the form never offers them.
        const programs = participant.programs.filter((program) => PROGRAM_REQUIREMENTS.BPU[program] !== "unavailable");
        const quote = isPaymentPeriod(months)
          ? calculateBpuContribution({ income, programs, months, period, sector: sectorOf(participant.occupation) })
          : undefined;
        if (!quote?.ok) {
          skipped += 1;
          continue;
        }
        drafts.push({
          billingKey: bpuBillingKey(participant.id, period),
          category: "BPU",
          participantId: participant.id,
          companyId: null,
          projectId: null,
          programmeId: null,
          periodStart: periodStartDate(period),
          periodMonths: months,
          dueDate: dueDateFor("BPU", period),
          lines: bpuBillLines(quote.value, participant.id),
        });
      }
      return { drafts, skipped };
    },
  });
}
