// Ending an employment (issue 14): the client's officer, or a bank system with
// the branch's API key (./api.ts), records the last day worked and why. The
// company is billed for that month and not after (lib/billing/pu.ts reads
// endDate); the worker keeps their KPJ and record. Ended by death, the death is
// recorded too (./death.ts).
import { z } from "zod";
import { defineAction } from "../actions/define";
import { recordAudit, type AuditActor } from "../audit/record";
import { clientScope, ofClient } from "../auth/scope";
import { dateColumn, isoDate } from "../domain/billing-period";
import { jakartaDate } from "../domain/time";
import type { Tx } from "../db/prisma";
import { FieldConflict, NotFound, Refusal } from "../failures";
import { birthDateField } from "../validation/person";
import { recordDeath } from "./death";
import { END_REASONS, type EndReason } from "./reasons";

/** How far ahead a last day may be recorded (a notice period already agreed). Ours: the issue names none. */
export const END_DATE_MAX_DAYS_AHEAD = 31;

export const employmentEndSchema = z.object({
  employmentId: z.uuid("errors.invalid"),
  // A calendar date like a birth date: required, ISO.
  endDate: birthDateField,
  reason: z.enum(END_REASONS, "errors.required"),
});

type Employment = { id: string; participantId: string; startDate: Date; endDate: Date | null };

/** Ends `employment` on `endDate` for `reason` in `tx`, after the rules; audited as `actor` (with `via`: an API key). */
export async function endEmployment(
  tx: Tx,
  employment: Employment,
  end: { endDate: string; reason: EndReason },
  actor: AuditActor,
  now: Date,
  via: Record<string, string> = {},
) {
  if (employment.endDate) throw new Refusal("errors.employment.alreadyEnded", 409);
  if (end.endDate < isoDate(employment.startDate)) throw new FieldConflict("endDate", "errors.employment.beforeStart");
  const latest = new Date(`${jakartaDate(now)}T00:00:00Z`);
  latest.setUTCDate(latest.getUTCDate() + END_DATE_MAX_DAYS_AHEAD);
  if (end.endDate > isoDate(latest)) throw new FieldConflict("endDate", "errors.employment.tooFarAhead");
  await tx.employment.update({ where: { id: employment.id }, data: { endDate: dateColumn(end.endDate), endReason: end.reason } });
  await recordAudit(tx, actor, {
    action: "employment.end",
    entity: "Employment",
    entityId: employment.id,
    before: { endDate: null },
    after: { endDate: end.endDate, reason: end.reason, participantId: employment.participantId, ...via },
  });
  // Ended by death: the death is the participant's, not only this job's.
  if (end.reason === "DIED") await recordDeath(tx, employment.participantId, end.endDate, actor, now, "endDate");
}

export const employmentEnd = defineAction({
  permission: "client.enroll",
  input: employmentEndSchema,
  handler: async (input, { tx, access, actor, now }) => {
    const employment = await tx.employment.findFirst({
      where: { id: input.employmentId, company: ofClient(clientScope(access)) },
      select: { id: true, companyId: true, participantId: true, startDate: true, endDate: true },
    });
    if (!employment) throw new NotFound();
    await endEmployment(tx, employment, input, actor, now);
    return { companyId: employment.companyId };
  },
  revalidate: ({ companyId }) => [`/bank/klien/${companyId}`],
});
