// An officer reports a participant's death (issue 14): the participant becomes
// DECEASED from that day, every employment ends on it (reason DIED), no bill is
// issued for a later month (billing and coverage skip DECEASED), contribution
// terms waiting for a later month are dropped, and their heirs stay on record
// for the JKM claim. Reported once: a second report changes nothing.
import { z } from "zod";
import { defineAction } from "../actions/define";
import { recordAudit, type AuditActor } from "../audit/record";
import { branchScope, inBranch } from "../auth/scope";
import { dateColumn, isoDate, periodOf } from "../domain/billing-period";
import { jakartaDate } from "../domain/time";
import type { Tx } from "../db/prisma";
import { FieldConflict, NotFound, Refusal } from "../failures";
import { birthDateField } from "../validation/person";

export const deathReportSchema = z.object({
  participantId: z.uuid("errors.invalid"),
  diedOn: birthDateField,
});

/** Records a death in `tx`; `field` names the form field the day was typed in, for its errors. */
export async function recordDeath(tx: Tx, participantId: string, diedOn: string, actor: AuditActor, now: Date, field = "diedOn") {
  const [participant] = await tx.$queryRaw<{ status: string; birthDate: Date }[]>`
    SELECT "status"::text, "birthDate" FROM "Participant" WHERE "id" = ${participantId}::uuid FOR UPDATE`;
  if (!participant) throw new NotFound();
  if (participant.status === "DECEASED") throw new Refusal("errors.death.already");
  if (diedOn > jakartaDate(now)) throw new FieldConflict(field, "errors.death.future");
  if (diedOn < isoDate(participant.birthDate)) throw new FieldConflict(field, "errors.death.beforeBirth");
  const day = dateColumn(diedOn);
  await tx.participant.update({ where: { id: participantId }, data: { status: "DECEASED", diedOn: day } });
  const ended = await tx.employment.updateMany({
    where: { participantId, OR: [{ endDate: null }, { endDate: { gt: day } }] },
    data: { endDate: day, endReason: "DIED" },
  });
  await tx.bpuTerms.deleteMany({ where: { participantId, fromPeriod: { gt: periodOf(diedOn) } } });
  // No sponsor pays for a month after it either: the programme's later collective bills and the dashboard's count leave them out.
  await tx.sponsoredMonth.deleteMany({ where: { participantId, period: { gt: periodOf(diedOn) } } });
  await recordAudit(tx, actor, {
    action: "participant.death",
    entity: "Participant",
    entityId: participantId,
    before: { status: participant.status },
    after: { status: "DECEASED", diedOn, employmentsEnded: ended.count },
  });
}

/** For a worker of a client of the officer's branch, or a client's owner. */
export const deathReport = defineAction({
  permission: "client.lifecycle",
  input: deathReportSchema,
  handler: async (input, { tx, access, actor, now }) => {
    const branch = inBranch(branchScope(access));
    const participant = await tx.participant.findFirst({
      where: { id: input.participantId, OR: [{ employments: { some: { company: branch } } }, { ownedCompanies: { some: branch } }] },
      select: { id: true },
    });
    if (!participant) throw new NotFound();
    await recordDeath(tx, participant.id, input.diedOn, actor, now);
    return { participantId: participant.id };
  },
  revalidate: () => ["/bank/klien"],
});
