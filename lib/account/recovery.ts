// "Lupa kata sandi" (issue 14): a worker names their account (NIK, phone or
// e-mail) and gets a one-time code by text (and e-mail); the code and a new
// password set it, and every session the account had ends.
import { z } from "zod";
import { defineAction } from "../actions/define";
import { recordAudit } from "../audit/record";
import { findAccount } from "../auth/credentials";
import { hashPassword } from "../auth/password";
import { FieldConflict, Refusal } from "../failures";
import { messageWithParams } from "../validation/field-errors";
import { newPasswordField } from "../validation/password";
import { text, wrongType } from "../validation/person";
import { CODE_DIGITS } from "./code-rules";
import { hashCode, issueCode, newCode, spendCode } from "./one-time-codes";

/** Codes per account in an hour: a few lost texts, not a way to flood someone's phone. */
export const CODES_PER_ACCOUNT_PER_HOUR = 3;

export const recoveryRequestSchema = z.object({ identifier: text(120) });

export const recoveryRequest = defineAction({
  permission: "account.recover",
  input: recoveryRequestSchema,
  limit: "codeRequest",
  // argon2 takes a while: the code is made and hashed before the transaction takes a connection.
  prepare: async () => {
    const code = newCode();
    return { code, codeHash: await hashCode(code) };
  },
  handler: async ({ identifier }, { tx, prepared, now, actor }) => {
    const user = await findAccount(tx, identifier);
    // Helpful, like registration's "already registered", and under the same per-address limit.
    if (!user?.participantId || !user.active) throw new FieldConflict("identifier", "errors.recovery.unknown");
    const participant = await tx.participant.findUniqueOrThrow({ where: { id: user.participantId }, select: { phone: true } });
    if (!participant.phone) throw new Refusal("errors.recovery.noPhone");
    const recent = await tx.oneTimeCode.count({ where: { userId: user.id, createdAt: { gte: new Date(now.getTime() - 3_600_000) } } });
    if (recent >= CODES_PER_ACCOUNT_PER_HOUR)
      throw new Refusal(messageWithParams("errors.recovery.tooMany", { max: CODES_PER_ACCOUNT_PER_HOUR }));
    const codeId = await issueCode(
      tx,
      { id: user.id, participantId: user.participantId },
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

export const passwordResetSchema = z
  .object({
    codeId: z.uuid("errors.code.expired"),
    code: z
      .string(wrongType)
      .trim()
      .regex(new RegExp(`^\\d{${CODE_DIGITS}}$`), messageWithParams("errors.code.format", { digits: CODE_DIGITS })),
    password: newPasswordField,
    passwordConfirm: z.string(wrongType),
  })
  .refine((form) => form.password === form.passwordConfirm, { path: ["passwordConfirm"], message: "errors.password.mismatch" });

export const passwordReset = defineAction({
  permission: "account.recover",
  input: passwordResetSchema,
  prepare: async (form) => hashPassword(form.password),
  // The code's check commits its try even when the form is refused: one transaction of its own (spendCode).
  transaction: false,
  handler: async (form, { db, prepared, now, actor }) => {
    const used = await spendCode(db, form.codeId, "RECOVERY", form.code, now, async (tx, userId) => {
      await tx.user.update({ where: { id: userId }, data: { passwordHash: prepared, sessionsValidFrom: now } });
      await recordAudit(
        tx,
        { ...actor, userId },
        { action: "account.password_reset", entity: "User", entityId: userId, after: { sessionsEnded: true } },
      );
      return userId;
    });
    if (!used.ok) {
      if (used.reason === "wrong") throw new FieldConflict("code", messageWithParams("errors.code.wrong", { tries: used.triesLeft }));
      throw new Refusal("errors.code.expired");
    }
    return { reset: true };
  },
  redirect: () => "/masuk?dipulihkan=1",
});
