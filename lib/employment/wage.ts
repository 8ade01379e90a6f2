// A worker's wage changes from a month on (issue 14): the company's bills from
// that month are priced on it (lib/billing/pu.ts reads WageChange). A month
// already billed keeps its bill: the change starts no earlier than the first
// month the company has no bill for yet, and the minimum wage of that month holds.
import { z } from "zod";
import { defineAction } from "../actions/define";
import { recordAudit, type AuditActor } from "../audit/record";
import { clientScope, ofClient } from "../auth/scope";
import { currentPeriod, isoDate, isPeriod, periodOf, type Period } from "../domain/billing-period";
import { FieldConflict, NotFound, Refusal } from "../failures";
import { puBillingKey } from "../billing/pu";
import { wageProblem } from "../pu-enrollment/minimum-wage";
import { wageField } from "../pu-enrollment/worker-row";
import { wageChangeIn, wageInForce } from "../billing/wage-in-force";
import type { Db, Tx } from "../db/prisma";
import type { UmkmScale } from "../domain/umkm";

export const wageChangeSchema = z.object({
  employmentId: z.uuid("errors.invalid"),
  // <input type="month">: 'YYYY-MM'.
  fromPeriod: z.string("errors.required").refine(isPeriod, "errors.period"),
  wage: wageField,
});

/** The wage of an employment in `period` (./wage-in-force.ts), in one query. */
async function wageIn(db: Db | Tx, employmentId: string, period: Period): Promise<number | null> {
  const employment = await db.employment.findUnique({
    where: { id: employmentId },
    select: { monthlyWage: true, wageChanges: wageChangeIn(period) },
  });
  return employment ? wageInForce(employment) : null;
}

type Employment = {
  id: string;
  participantId: string;
  companyId: string;
  startDate: Date;
  endDate: Date | null;
  company: { regencyCode: string; scale: UmkmScale };
};

/**
 * Sets `employment`'s wage from `change.fromPeriod` in `tx`, after the rules; audited as `actor` (with `via`: an API
 * key). Says whether anything changed (the same wage from the same month again changes nothing), and the
 * minimum-wage warning a micro or small business gets (a wage below it may be agreed: PP 36/2021 Pasal 36).
 */
export async function changeWage(
  tx: Tx,
  employment: Employment,
  change: { fromPeriod: string; wage: number },
  actor: AuditActor,
  now: Date,
  via: Record<string, string> = {},
): Promise<{ changed: boolean; warning: string | null }> {
  const from = change.fromPeriod as Period;
  if (employment.endDate && from > periodOf(isoDate(employment.endDate))) throw new Refusal("errors.employment.alreadyEnded", 409);
  if (from < currentPeriod(now) || from < periodOf(isoDate(employment.startDate)))
    throw new FieldConflict("fromPeriod", "errors.wageChange.past");
  if (await tx.bill.findUnique({ where: { billingKey: puBillingKey(employment.companyId, from) }, select: { id: true } })) {
    throw new FieldConflict("fromPeriod", "errors.wageChange.billed");
  }
  const problem = wageProblem({ wage: change.wage, startDate: `${from}-01` }, employment.company, now);
  if (problem?.kind === "error") throw new FieldConflict("wage", problem.message);
  const warning = problem?.message ?? null;
  const existing = await tx.wageChange.findUnique({
    where: { employmentId_fromPeriod: { employmentId: employment.id, fromPeriod: from } },
  });
  if (existing?.monthlyWage === change.wage) return { changed: false, warning };
  const before = await wageIn(tx, employment.id, from);
  await tx.wageChange.upsert({
    where: { employmentId_fromPeriod: { employmentId: employment.id, fromPeriod: from } },
    create: { employmentId: employment.id, fromPeriod: from, monthlyWage: change.wage },
    update: { monthlyWage: change.wage },
  });
  await recordAudit(tx, actor, {
    action: "employment.wage",
    entity: "Employment",
    entityId: employment.id,
    before: { fromPeriod: from, monthlyWage: before },
    after: { fromPeriod: from, monthlyWage: change.wage, participantId: employment.participantId, ...via },
  });
  return { changed: true, warning };
}

/** What the rules of an employment's changes read. */
export const EMPLOYMENT_COLUMNS = {
  id: true,
  companyId: true,
  participantId: true,
  startDate: true,
  endDate: true,
  endReason: true,
  company: { select: { regencyCode: true, scale: true } },
} as const;

export const wageChange = defineAction({
  permission: "client.enroll",
  input: wageChangeSchema,
  handler: async (input, { tx, access, actor, now }) => {
    const employment = await tx.employment.findFirst({
      where: { id: input.employmentId, company: ofClient(clientScope(access)) },
      select: EMPLOYMENT_COLUMNS,
    });
    if (!employment) throw new NotFound();
    const { warning } = await changeWage(tx, employment, input, actor, now);
    return { companyId: employment.companyId, warning };
  },
  revalidate: ({ companyId }) => [`/bank/klien/${companyId}`],
});
