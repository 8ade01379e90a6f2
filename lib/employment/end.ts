// Ending an employment (issue 14): the client's officer records the last day
// worked and why. The company is billed for that month and not after
// (lib/billing/pu.ts reads endDate); the worker keeps their KPJ and record.
import { z } from "zod";
import { defineAction } from "../actions/define";
import { recordAudit } from "../audit/record";
import { branchScope, inBranch } from "../auth/scope";
import { dateColumn, isoDate } from "../domain/billing-period";
import { jakartaDate } from "../domain/time";
import { FieldConflict, NotFound, Refusal } from "../failures";
import { birthDateField } from "../validation/person";
import { END_REASONS } from "./reasons";

/** How far ahead a last day may be recorded (a notice period already agreed). Ours: the issue names none. */
export const END_DATE_MAX_DAYS_AHEAD = 31;

export const employmentEndSchema = z.object({
  employmentId: z.uuid("errors.invalid"),
  // A calendar date like a birth date: required, ISO.
  endDate: birthDateField,
  reason: z.enum(END_REASONS, "errors.required"),
});

export const employmentEnd = defineAction({
  permission: "client.enroll",
  input: employmentEndSchema,
  handler: async (input, { tx, access, actor, now }) => {
    const employment = await tx.employment.findFirst({
      where: { id: input.employmentId, company: inBranch(branchScope(access)) },
      select: { id: true, companyId: true, participantId: true, startDate: true, endDate: true },
    });
    if (!employment) throw new NotFound();
    if (employment.endDate) throw new Refusal("errors.employment.alreadyEnded");
    if (input.endDate < isoDate(employment.startDate)) throw new FieldConflict("endDate", "errors.employment.beforeStart");
    const latest = new Date(`${jakartaDate(now)}T00:00:00Z`);
    latest.setUTCDate(latest.getUTCDate() + END_DATE_MAX_DAYS_AHEAD);
    if (input.endDate > isoDate(latest)) throw new FieldConflict("endDate", "errors.employment.tooFarAhead");
    await tx.employment.update({ where: { id: employment.id }, data: { endDate: dateColumn(input.endDate), endReason: input.reason } });
    await recordAudit(tx, actor, {
      action: "employment.end",
      entity: "Employment",
      entityId: employment.id,
      before: { endDate: null },
      after: { endDate: input.endDate, reason: input.reason, participantId: employment.participantId },
    });
    return { companyId: employment.companyId };
  },
  revalidate: ({ companyId }) => [`/bank/klien/${companyId}`],
});
