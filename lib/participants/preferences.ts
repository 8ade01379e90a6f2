// A worker's say over what Lindung sends them (issue 13, UU PDP): texts by SMS
// or WhatsApp, reminders (new bills, due dates, arrears) on or off, and the
// language messages are written in.
// Payment receipts and one-time codes are sent whatever they choose.
import { z } from "zod";
import { defineAction } from "../actions/define";
import { ownParticipantId } from "../auth/scope";
import { recordAudit } from "../audit/record";
import { NotFound } from "../failures";
import { LOCALES } from "../i18n/locales";

export const preferencesSchema = z.object({
  textChannel: z.enum(["SMS", "WHATSAPP"], "errors.invalid"),
  // A checkbox: sent as "true" when ticked, absent when not.
  reminders: z.literal("true").optional(),
  locale: z.enum(LOCALES, "errors.invalid"),
});

export const updatePreferences = defineAction({
  permission: "participant.preferences.own",
  input: preferencesSchema,
  handler: async (input, { tx, access, actor }) => {
    const participantId = ownParticipantId(access);
    if (!participantId) throw new NotFound();
    const before = await tx.participant.findUnique({
      where: { id: participantId },
      select: { textChannel: true, remindersOptOut: true, locale: true },
    });
    if (!before) throw new NotFound();
    const after = { textChannel: input.textChannel, remindersOptOut: input.reminders !== "true", locale: input.locale };
    await tx.participant.update({ where: { id: participantId }, data: after });
    await recordAudit(tx, actor, { action: "participant.preferences", entity: "Participant", entityId: participantId, before, after });
    return after;
  },
  revalidate: () => ["/akun"],
});
