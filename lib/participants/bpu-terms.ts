// A BPU worker changes their declared income or payment period (issue 14): it
// takes effect at the next contribution cycle (lib/domain/bpu-terms.ts), the
// form shows what that cycle will cost, and a later change before then
// replaces the one still waiting.
import { z } from "zod";
import { defineAction } from "../actions/define";
import { recordAudit } from "../audit/record";
import { ownParticipantId } from "../auth/scope";
import { currentPeriod, type Period } from "../domain/billing-period";
import { changeTakesEffect, registeredTerms, termsInForce } from "../domain/bpu-terms";
import { calculateBpuContribution } from "../domain/contributions/bpu";
import { sectorOf } from "../domain/occupations";
import { BPU_TERMS_COLUMNS } from "../db/bpu-terms-columns";
import type { Db, Tx } from "../db/prisma";
import { NotFound, Refusal } from "../failures";
import { bpuIncomeField, paymentMonthsField } from "../validation/person";

export const bpuTermsSchema = z.object({
  income: bpuIncomeField,
  months: paymentMonthsField,
});

const TERMS_COLUMNS = { category: true, status: true, ...BPU_TERMS_COLUMNS } as const;

/** A BPU participant's terms now, a change waiting for its month (if any), and where a new change would begin. */
export async function bpuTermsView(db: Db | Tx, participantId: string, now: Date) {
  const row = await db.participant.findUnique({ where: { id: participantId }, select: TERMS_COLUMNS });
  if (!row || row.category !== "BPU") return null;
  const current = currentPeriod(now);
  const registered = registeredTerms(row);
  return {
    programs: row.programs,
    occupation: row.occupation,
    inForce: termsInForce(registered, row.bpuTerms, current),
    pending: row.bpuTerms.find((terms) => terms.fromPeriod > current) ?? null,
    changeFrom: changeTakesEffect(registered, row.bpuTerms, current),
  };
}

export const bpuTermsChange = defineAction({
  permission: "participant.update.own",
  input: bpuTermsSchema,
  handler: async (input, { tx, access, actor, now }) => {
    const participantId = ownParticipantId(access);
    if (!participantId) throw new NotFound();
    // One change at a time per participant: the row lock orders two tabs saving at once.
    await tx.$executeRaw`SELECT 1 FROM "Participant" WHERE "id" = ${participantId}::uuid FOR UPDATE`;
    const view = await bpuTermsView(tx, participantId, now);
    if (!view) throw new Refusal("errors.terms.notBpu");
    const from = view.changeFrom as Period | null;
    if (!from) throw new Refusal("errors.terms.notBpu");
    const quote = calculateBpuContribution({
      income: input.income,
      programs: view.programs,
      months: input.months,
      period: from,
      sector: sectorOf(view.occupation),
    });
    if (!quote.ok) throw new Refusal("errors.terms.noQuote");
    // What has not begun yet is replaced; what is in force stays history.
    await tx.bpuTerms.deleteMany({ where: { participantId, fromPeriod: { gt: currentPeriod(now) } } });
    await tx.bpuTerms.create({
      data: { participantId, fromPeriod: from, declaredIncome: input.income, paymentPeriodMonths: input.months },
    });
    const after = { fromPeriod: from, declaredIncome: input.income, paymentPeriodMonths: input.months, total: quote.value.total };
    await recordAudit(tx, actor, {
      action: "participant.bpuTerms",
      entity: "Participant",
      entityId: participantId,
      before: { inForce: view.inForce, pending: view.pending },
      after,
    });
    return after;
  },
  revalidate: () => ["/akun"],
});
