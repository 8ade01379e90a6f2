// A worker's say over what Lindung sends them (issue 13, UU PDP): texts by SMS
// or WhatsApp, and reminders (new bills, due dates, arrears) on or off.
// Payment receipts and one-time codes are sent whatever they choose.
import { z } from "zod";
import { defineAction } from "../actions/define";
import { ownParticipantId } from "../auth/scope";
import { recordAudit } from "../audit/record";
import { NotFound } from "../failures";

export const preferencesSchema = z.object({
  textChannel: z.enum(["SMS", "WHATSAPP"], "errors.invalid"),
  // A checkbox: sent as "true" when ticked, absent when not.
  reminders: z.literal("true").optional(),
});

export const updatePreferences = defineAction({
  permission: "participant.preferences.own",
  input: preferencesSchema,
  handler: async (input, { tx, access, actor }) => {
    const participantId = ownParticipantId(access);
    if (!participantId) throw new NotFound();
    const before = await tx.participant.findUnique({ where: { id: participantId }, select: { textChannel: true, remindersOptOut: true } });
    if (!before) throw new NotFound();
    const after = { textChannel: input.textChannel, remindersOptOut: input.reminders !== "true" };
    await tx.participant.update({ where: { id: participantId }, data: after });
    await recordAudit(tx, actor, { action: "participant.preferences", entity: "Participant", entityId: participantId, before, after });
    return after;
  },
  revalidate: () => ["/akun"],
});
