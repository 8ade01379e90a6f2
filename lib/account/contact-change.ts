// A worker changes their phone number or e-mail address (issue 14): a code goes
// to the new one, and only that code makes it the one on record (sign-in,
// codes, messages); the old one is told, so a taken-over account is noticed.
import { z } from "zod";
import { defineAction } from "../actions/define";
import { recordAudit, type AuditActor } from "../audit/record";
import { ownParticipantId } from "../auth/scope";
import { maskRecipient } from "../domain/contact-mask";
import { FieldConflict, NotFound } from "../failures";
import { CONTACT_COLUMNS, recipient } from "../messages/notify";
import { queueMessages } from "../messages/outbox";
import { mobileField } from "../validation/person";
import { codeSchema } from "./code-rules";
import { issueCode, prepareCode, refuseCode, spendCode, type NewContact } from "./one-time-codes";
import type { Tx } from "../db/prisma";

export const contactChangeSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("phone"), phone: mobileField }),
    z.object({ kind: z.literal("email"), email: z.email("errors.email").max(120).toLowerCase() }),
  ],
  "errors.invalid",
);

const contactOf = (input: z.output<typeof contactChangeSchema>): NewContact =>
  input.kind === "phone" ? { phone: input.phone } : { email: input.email };

/** The new contact is nobody else's sign-in and not the one already on record. */
export async function checkNewContact(tx: Tx, participantId: string, contact: NewContact) {
  const field = "phone" in contact ? "phone" : "email";
  const value = "phone" in contact ? contact.phone : contact.email;
  const current = await tx.participant.findUniqueOrThrow({ where: { id: participantId }, select: { phone: true, email: true } });
  if (current[field]?.toLowerCase() === value.toLowerCase()) throw new FieldConflict(field, "errors.contact.same");
  const taken = await tx.user.findFirst({
    where: { [field]: { equals: value, mode: "insensitive" }, OR: [{ participantId: null }, { participantId: { not: participantId } }] },
    select: { id: true },
  });
  if (taken) throw new FieldConflict(field, field === "phone" ? "errors.phone.registered" : "errors.emailRegistered");
}

export const contactChangeRequest = defineAction({
  permission: "participant.update.own",
  input: contactChangeSchema,
  limit: "codeRequest",
  prepare: prepareCode,
  handler: async (input, { tx, access, user, prepared, actor, now }) => {
    const participantId = ownParticipantId(access);
    if (!participantId) throw new NotFound();
    const contact = contactOf(input);
    await checkNewContact(tx, participantId, contact);
    const codeId = await issueCode(
      tx,
      { participantId, userId: user.id },
      "CONTACT_CHANGE",
      prepared.code,
      prepared.codeHash,
      now,
      contact,
    );
    await recordAudit(tx, actor, { action: "participant.contact_code", entity: "Participant", entityId: participantId, after: { codeId } });
    return { codeId, kind: input.kind, destination: maskRecipient("phone" in contact ? contact.phone : contact.email) };
  },
});

/**
 * Makes a proven phone number or e-mail the one on record (participant and sign-in), tells the old one, and
 * audits both masked; in the transaction of the code that proved it (`about`). Returns which it was.
 */
export async function replaceContact(tx: Tx, participantId: string, newContact: string, about: string, actor: AuditActor, now: Date) {
  const field = newContact.includes("@") ? "email" : "phone";
  const contact = { [field]: newContact } as NewContact;
  await checkNewContact(tx, participantId, contact);
  const before = await tx.participant.findUniqueOrThrow({ where: { id: participantId }, select: CONTACT_COLUMNS });
  await tx.participant.update({ where: { id: participantId }, data: contact });
  await tx.user.updateMany({ where: { participantId }, data: contact });
  // The old phone or e-mail hears of it, through the channel it is (no other message goes to it now).
  const old = before[field];
  if (old) {
    const to = field === "phone" ? { phone: old, textChannel: before.textChannel } : { email: old };
    await queueMessages(tx, [{ template: "contactChanged", about, ...recipient(before), to, params: { at: now } }], now);
  }
  await recordAudit(tx, actor, {
    action: `participant.${field}_change`,
    entity: "Participant",
    entityId: participantId,
    before: { [field]: old ? maskRecipient(old) : null },
    after: { [field]: maskRecipient(newContact) },
  });
  return field;
}

export const contactChangeConfirm = defineAction({
  permission: "participant.update.own",
  input: codeSchema,
  uniqueFields: {
    phone: { field: "code", messageKey: "errors.phone.registered" },
    email: { field: "code", messageKey: "errors.emailRegistered" },
  },
  // The code's check commits its try even when the form is refused: one transaction of its own (spendCode).
  transaction: false,
  handler: async (form, { db, access, actor, now }) => {
    const participantId = ownParticipantId(access);
    // Someone else's request id is not found, before a try is counted against their code.
    if (!participantId || !(await db.oneTimeCode.findFirst({ where: { id: form.codeId, participantId }, select: { id: true } }))) {
      throw new NotFound();
    }
    const used = await spendCode(db, form.codeId, "CONTACT_CHANGE", form.code, now, async (tx, holder) => {
      if (!holder.newContact) throw new NotFound();
      return replaceContact(tx, participantId, holder.newContact, form.codeId, actor, now);
    });
    if (!used.ok) refuseCode(used);
    return { changed: used.value };
  },
  revalidate: () => ["/akun"],
});
