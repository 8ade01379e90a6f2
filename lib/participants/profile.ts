// What a worker keeps current themself (issue 14): address and occupation take
// effect at once (a later bill's relief follows the occupation of its month's
// billing run); before and after go to the audit log.
import { z } from "zod";
import { defineAction } from "../actions/define";
import { recordAudit } from "../audit/record";
import { ownParticipantId } from "../auth/scope";
import { addressAndWork } from "../bpu-registration/schema";
import { isBantenDistrict } from "../domain/regions";
import { NotFound } from "../failures";

export const profileSchema = z.object(addressAndWork).superRefine((form, ctx) => {
  if (!isBantenDistrict(form.districtCode, form.regencyCode))
    ctx.addIssue({ code: "custom", path: ["districtCode"], message: "errors.district" });
});

const PROFILE_COLUMNS = { address: true, regencyCode: true, districtCode: true, occupation: true } as const;

export const profileUpdate = defineAction({
  permission: "participant.update.own",
  input: profileSchema,
  handler: async (input, { tx, access, actor }) => {
    const participantId = ownParticipantId(access);
    const before = participantId && (await tx.participant.findUnique({ where: { id: participantId }, select: PROFILE_COLUMNS }));
    if (!participantId || !before) throw new NotFound();
    const after = {
      address: input.address,
      regencyCode: input.regencyCode,
      districtCode: input.districtCode,
      occupation: input.occupation,
    };
    await tx.participant.update({ where: { id: participantId }, data: after });
    await recordAudit(tx, actor, { action: "participant.profile", entity: "Participant", entityId: participantId, before, after });
    return after;
  },
  revalidate: () => ["/akun"],
});
