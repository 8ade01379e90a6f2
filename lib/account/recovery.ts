// "Lupa kata sandi" (issue 14): a worker names their account (NIK, phone or
// e-mail) and gets a one-time code by text (and e-mail); the code and a new
// password set it, and every session the account had ends.
import { z } from "zod";
import { defineAction } from "../actions/define";
import { recordAudit } from "../audit/record";
import { findAccount } from "../auth/credentials";
import { hashPassword } from "../auth/password";
import { FieldConflict, Refusal } from "../failures";
import { text } from "../validation/person";
import { codeAndPasswordSchema } from "./code-rules";
import { endUserSessions } from "../auth/user-sessions";
import { PERSONAL_COLUMNS, refuseWeakPassword } from "../auth/password-strength";
import { replaceContact } from "./contact-change";
import { issueCode, prepareCode, refuseCode, spendCode } from "./one-time-codes";

export const recoveryRequestSchema = z.object({ identifier: text(120) });

export const recoveryRequest = defineAction({
  permission: "account.recover",
  input: recoveryRequestSchema,
  limit: "codeRequest",
  // argon2 takes a while: the code is made and hashed before the transaction takes a connection.
  prepare: prepareCode,
  handler: async ({ identifier }, { tx, prepared, now, actor }) => {
    const user = await findAccount(tx, identifier);
    // Helpful, like registration's "already registered", and under the same per-address limit.
    if (!user?.participantId || !user.active) throw new FieldConflict("identifier", "errors.recovery.unknown");
    const participant = await tx.participant.findUniqueOrThrow({ where: { id: user.participantId }, select: { phone: true } });
    if (!participant.phone) throw new Refusal("errors.recovery.noPhone");
    const codeId = await issueCode(
      tx,
      { userId: user.id, participantId: user.participantId },
      "RECOVERY",
      prepared.code,
      prepared.codeHash,
      now,
    );
    await recordAudit(
      tx,
      { ...actor, userId: user.id },
      { action: "account.recovery_code", entity: "User", entityId: user.id, after: { codeId } },
    );
    return { codeId };
  },
  redirect: ({ codeId }) => `/masuk/lupa/kode?permintaan=${codeId}`,
});

export const passwordResetSchema = codeAndPasswordSchema;

export const passwordReset = defineAction({
  permission: "account.recover",
  input: passwordResetSchema,
  prepare: async (form) => hashPassword(form.password),
  // The code's check commits its try even when the form is refused: one transaction of its own (spendCode).
  transaction: false,
  handler: async (form, { db, prepared, now, actor }) => {
    const used = await spendCode(db, form.codeId, "RECOVERY", form.code, now, async (tx, { userId, participantId, newContact }) => {
      if (!userId) throw new Error("a recovery code without its account");
      // A weak password undoes the step (the code stays usable) and says why.
      refuseWeakPassword(form.password, await tx.participant.findUniqueOrThrow({ where: { id: participantId }, select: PERSONAL_COLUMNS }));
      await tx.user.update({ where: { id: userId }, data: { passwordHash: prepared, sessionsValidFrom: now } });
      await endUserSessions(tx, userId, "PASSWORD_RESET", now);
      // Recovery at a branch sent the code to a new number: the code proved it, and it is the number from now on.
      if (newContact) await replaceContact(tx, participantId, newContact, form.codeId, { ...actor, userId }, now);
      await recordAudit(
        tx,
        { ...actor, userId },
        { action: "account.password_reset", entity: "User", entityId: userId, after: { sessionsEnded: true } },
      );
      return userId;
    });
    if (!used.ok) refuseCode(used);
    return { done: true };
  },
  redirect: () => "/masuk?dipulihkan=1",
});
