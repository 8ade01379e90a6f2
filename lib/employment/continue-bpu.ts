// A worker whose employment ended continues as BPU in one step (issue 14): same
// participant and KPJ, their own declared income and payment period, from the
// month after the last one the employer was billed for (or this month, when
// that has passed). The BPU rules of that month apply, relief included
// (lib/domain/contributions/bpu.ts). Their first bill comes with the next billing run.
import { z } from "zod";
import { defineAction } from "../actions/define";
import { recordAudit } from "../audit/record";
import { branchScope, inBranch } from "../auth/scope";
import { addMonths, currentPeriod, isoDate, periodOf, type Period } from "../domain/billing-period";
import { calculateBpuContribution } from "../domain/contributions/bpu";
import { sectorOf } from "../domain/occupations";
import { NotFound, Refusal } from "../failures";
import { bpuIncomeField, paymentMonthsField, wrongType } from "../validation/person";
import { registrationPrograms } from "../bpu-registration/steps";

export const continueAsBpuSchema = z.object({
  employmentId: z.uuid("errors.invalid"),
  income: bpuIncomeField,
  months: paymentMonthsField,
  jht: z.stringbool(wrongType).default(false),
});

/** The first BPU month after an employment that ended on `endDate`. */
export function firstBpuMonth(endDate: string, now: Date): Period {
  const after = addMonths(periodOf(endDate), 1);
  const current = currentPeriod(now);
  return after > current ? after : current;
}

export const continueAsBpu = defineAction({
  permission: "client.lifecycle",
  input: continueAsBpuSchema,
  handler: async (input, { tx, access, actor, now }) => {
    const employment = await tx.employment.findFirst({
      where: { id: input.employmentId, company: inBranch(branchScope(access)) },
      select: {
        companyId: true,
        endDate: true,
        endReason: true,
        participant: { select: { id: true, category: true, status: true, occupation: true } },
      },
    });
    if (!employment) throw new NotFound();
    const { participant } = employment;
    if (!employment.endDate) throw new Refusal("errors.bpu.stillEmployed");
    if (participant.status === "DECEASED" || participant.status === "REJECTED") throw new Refusal("errors.bpu.notEligible");
    if (participant.category === "BPU") throw new Refusal("errors.bpu.already");
    const from = firstBpuMonth(isoDate(employment.endDate), now);
    // Employed elsewhere in that month: PU cover goes on there, BPU would be a second cover (docs/domain.md).
    const other = await tx.employment.findFirst({
      where: { participantId: participant.id, OR: [{ endDate: null }, { endDate: { gte: new Date(`${from}-01T00:00:00Z`) } }] },
      select: { id: true },
    });
    if (other) throw new Refusal("errors.bpu.stillEmployed");
    const programs = [...registrationPrograms(input)];
    const quote = calculateBpuContribution({
      income: input.income,
      programs,
      months: input.months,
      period: from,
      sector: sectorOf(participant.occupation),
    });
    if (!quote.ok) throw new Refusal("errors.terms.noQuote");
    await tx.participant.update({ where: { id: participant.id }, data: { category: "BPU", programs } });
    await tx.bpuTerms.create({
      data: { participantId: participant.id, fromPeriod: from, declaredIncome: input.income, paymentPeriodMonths: input.months },
    });
    await recordAudit(tx, actor, {
      action: "participant.continue_bpu",
      entity: "Participant",
      entityId: participant.id,
      before: { category: participant.category },
      after: {
        category: "BPU",
        fromPeriod: from,
        declaredIncome: input.income,
        paymentPeriodMonths: input.months,
        programs,
        total: quote.value.total,
      },
    });
    return { companyId: employment.companyId, fromPeriod: from, total: quote.value.total };
  },
  revalidate: ({ companyId }) => [`/bank/klien/${companyId}`],
});
