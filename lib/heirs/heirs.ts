// Heirs (ahli waris, issue 14): a worker names who receives their benefits,
// on /akun; the officer of their employer's branch sees them; every change is
// in the audit log. Reporting a death (cover ends, heirs kept) is to come.
import { z } from "zod";
import { defineAction } from "../actions/define";
import { recordAudit } from "../audit/record";
import { ownParticipantId } from "../auth/scope";
import { NotFound, Refusal } from "../failures";
import { messageWithParams } from "../validation/field-errors";
import { mobileField, nikField, personNameField } from "../validation/person";
import { HEIR_RELATIONSHIPS } from "./relationships";

/** Heirs per participant: a family, not a list anyone could fill. Ours: the issue names no number. */
export const HEIRS_MAX = 10;

/** An empty field is no value; anything typed must be valid, with the field's own message. */
const optional = <T extends z.ZodType>(field: T) => z.preprocess((value) => (value === "" ? undefined : value), field.optional());

export const heirSchema = z.object({
  name: personNameField,
  relationship: z.enum(HEIR_RELATIONSHIPS, "errors.required"),
  nik: optional(nikField),
  phone: optional(mobileField),
});

export const heirAddition = defineAction({
  permission: "participant.heirs.own",
  input: heirSchema,
  handler: async (input, { tx, access, actor }) => {
    const participantId = ownParticipantId(access);
    if (!participantId) throw new NotFound();
    if ((await tx.heir.count({ where: { participantId } })) >= HEIRS_MAX) {
      throw new Refusal(messageWithParams("errors.heirs.tooMany", { max: HEIRS_MAX }));
    }
    const heir = await tx.heir.create({
      data: { participantId, name: input.name, relationship: input.relationship, nik: input.nik ?? null, phone: input.phone ?? null },
    });
    await recordAudit(tx, actor, {
      action: "heir.add",
      entity: "Participant",
      entityId: participantId,
      after: { heirId: heir.id, name: heir.name, relationship: heir.relationship, nik: heir.nik, phone: heir.phone },
    });
    return { heirId: heir.id };
  },
  revalidate: () => ["/akun"],
});

export const heirRemoval = defineAction({
  permission: "participant.heirs.own",
  input: z.object({ heirId: z.uuid("errors.invalid") }),
  handler: async ({ heirId }, { tx, access, actor }) => {
    const participantId = ownParticipantId(access);
    const heir = await tx.heir.findUnique({ where: { id: heirId } });
    // Already gone (a double tap, a replayed request): nothing more to do, and no error page.
    if (!heir && participantId) return { heirId };
    if (!heir || heir.participantId !== participantId) throw new NotFound();
    await tx.heir.delete({ where: { id: heir.id } });
    await recordAudit(tx, actor, {
      action: "heir.remove",
      entity: "Participant",
      entityId: heir.participantId,
      before: { heirId: heir.id, name: heir.name, relationship: heir.relationship, nik: heir.nik, phone: heir.phone },
    });
    return { heirId };
  },
  revalidate: () => ["/akun"],
});
