// Two-factor sign-in (issue 15): after the password, officers, staff, finance,
// managers and admins give a code from an authenticator app (or a recovery
// code). The first time, they enrol: the page shows a QR code of a new secret,
// one correct code switches it on and hands out ten recovery codes, once.
// Wrong codes count against the account like wrong passwords (one lockout).
import { z } from "zod";
import { defineAction } from "../actions/define";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/credentials";
import { accountLockKey, SignInLocked } from "../auth/login-guard";
import { hashPassword, verifyPassword } from "../auth/password";
import { refuseWeakPassword } from "../auth/password-strength";
import { openTotpSecret, sealTotpSecret } from "../auth/totp-secret";
import { checkTotp, hashRecoveryCode, newRecoveryCodes, newTotpSecret, normalizeRecoveryCode } from "../auth/totp";
import { endUserSessions } from "../auth/user-sessions";
import type { Db, Tx } from "../db/prisma";
import { FieldConflict, Refusal } from "../failures";
import { safeLocalPath } from "../http/local-path";
import { consumeLimit, limitReached, resetLimit } from "../security/rate-limit";
import { wrongType } from "../validation/person";
import { newPasswordField } from "../validation/password";

/** The key every authenticator secret is sealed with: the server's own secret (docs/decisions/0019-two-factor.md). */
export function serverSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret || secret.length < 32) throw new Error("NEXTAUTH_SECRET is not set: authenticator secrets cannot be sealed");
  return secret;
}

const nextField = z.string(wrongType).max(500).optional();

/**
 * The secret a user enrols with: the one waiting (a reload shows the same QR code), or a new one. Throws when they
 * have enrolled already (the page shows the code form then).
 */
export async function enrolmentSecret(db: Db, userId: string): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { totpSecret: true, totpEnabledAt: true } });
  if (user.totpEnabledAt) throw new Error("already enrolled");
  const waiting = user.totpSecret && openTotpSecret(user.totpSecret, serverSecret());
  if (waiting) return waiting;
  const secret = newTotpSecret();
  // Two tabs at once: the first secret stored wins, and both show it.
  const stored = await db.user.updateMany({
    where: { id: userId, totpEnabledAt: null, totpSecret: user.totpSecret },
    data: { totpSecret: sealTotpSecret(secret, serverSecret()) },
  });
  return stored.count ? secret : enrolmentSecret(db, userId);
}

/** The session passed its second factor: from now on it reaches what the role holds, and the sign-in counts as one. */
async function passSecondFactor(tx: Tx | Db, user: SessionUser, now: Date) {
  if (!user.sessionId) throw new Error("a second factor without a session");
  await tx.userSession.updateMany({ where: { id: user.sessionId, userId: user.id, endedAt: null }, data: { secondFactorAt: now } });
  await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
}

export const enrolSchema = z.object({
  code: z
    .string(wrongType)
    .trim()
    .regex(/^\d{6}$/, "errors.twoFactor.format"),
  next: nextField,
});

export const twoFactorEnrol = defineAction({
  permission: "account.secondFactor",
  input: enrolSchema,
  handler: async ({ code, next }, { tx, user, now, actor }) => {
    const row = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecret: true, totpEnabledAt: true } });
    if (row.totpEnabledAt) throw new Refusal("errors.twoFactor.alreadyOn");
    const secret = row.totpSecret && openTotpSecret(row.totpSecret, serverSecret());
    if (!secret) throw new Refusal("errors.twoFactor.restart");
    const check = await checkTotp(secret, code, null, now);
    if (!check.ok) throw new FieldConflict("code", "errors.twoFactor.wrong");
    // The first of two submissions switches it on; the second is told it is on already.
    const on = await tx.user.updateMany({
      where: { id: user.id, totpEnabledAt: null },
      data: { totpEnabledAt: now, totpLastStep: check.step },
    });
    if (!on.count) throw new Refusal("errors.twoFactor.alreadyOn");
    const recoveryCodes = newRecoveryCodes();
    await tx.totpRecoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.totpRecoveryCode.createMany({
      data: recoveryCodes.map((c) => ({ userId: user.id, codeHash: hashRecoveryCode(c), createdAt: now })),
    });
    await passSecondFactor(tx, user, now);
    await recordAudit(tx, actor, { action: "account.two_factor_enrolled", entity: "User", entityId: user.id });
    return { recoveryCodes, next: safeLocalPath(next) ?? "/masuk/lanjut" };
  },
});

export const verifySchema = z.object({
  // Six digits from the app, or a recovery code ("k7pq-x2md"): told apart by their form.
  code: z.string(wrongType).trim().min(1, "errors.twoFactor.format").max(20, "errors.twoFactor.format"),
  next: nextField,
});

type CodeCheck = { ok: true } | { ok: false; reason: "wrong" | "reused" };

async function spendRecoveryCode(db: Db, userId: string, typed: string, now: Date): Promise<CodeCheck> {
  const code = normalizeRecoveryCode(typed);
  if (!code) return { ok: false, reason: "wrong" };
  const spent = await db.totpRecoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: now },
  });
  return spent.count ? { ok: true } : { ok: false, reason: "wrong" };
}

async function spendTotp(db: Db, userId: string, code: string, now: Date): Promise<CodeCheck> {
  const row = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { totpSecret: true, totpLastStep: true } });
  const secret = row.totpSecret && openTotpSecret(row.totpSecret, serverSecret());
  // Sealed under another server secret (ADR 0019): only an admin's reset lets them enrol again.
  if (!secret) throw new Refusal("errors.twoFactor.unreadable");
  const check = await checkTotp(secret, code, row.totpLastStep, now);
  if (!check.ok) return check;
  // Two requests with one code: the step moves forward once, the second is a replay.
  const moved = await db.user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: check.step } }] },
    data: { totpLastStep: check.step },
  });
  return moved.count ? { ok: true } : { ok: false, reason: "reused" };
}

export const twoFactorVerify = defineAction({
  permission: "account.secondFactor",
  input: verifySchema,
  // A wrong code is counted whatever the answer: no transaction to roll it back.
  transaction: false,
  handler: async ({ code, next }, { db, user, now, actor }) => {
    const locked = await limitReached(db, "loginAccount", accountLockKey(user.id));
    if (!locked.ok) throw new Refusal(new SignInLocked(locked.retryAfterSeconds).message);
    const enrolled = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpEnabledAt: true } });
    if (!enrolled.totpEnabledAt) throw new Refusal("errors.twoFactor.restart");
    const recovery = !/^\d{6}$/.test(code);
    const result = recovery ? await spendRecoveryCode(db, user.id, code, now) : await spendTotp(db, user.id, code, now);
    if (!result.ok) {
      if (result.reason === "reused") throw new FieldConflict("code", "errors.twoFactor.reused");
      const lock = await consumeLimit(db, "loginAccount", accountLockKey(user.id));
      if (!lock.ok) throw new Refusal(new SignInLocked(lock.retryAfterSeconds).message);
      throw new FieldConflict("code", "errors.twoFactor.wrong");
    }
    await resetLimit(db, "loginAccount", accountLockKey(user.id));
    await db.$transaction(async (tx) => {
      await passSecondFactor(tx, user, now);
      if (recovery) {
        const left = await tx.totpRecoveryCode.count({ where: { userId: user.id, usedAt: null } });
        await recordAudit(tx, actor, { action: "account.recovery_code_used", entity: "User", entityId: user.id, after: { left } });
      }
    });
    return { next: safeLocalPath(next) ?? "/masuk/lanjut" };
  },
  // The whole page again, header included: it showed the session mid sign-in.
  revalidate: () => ["/"],
  redirect: ({ next }) => next,
});

export const newPasswordSchema = z
  .object({ password: newPasswordField, passwordConfirm: z.string(wrongType), next: nextField })
  .refine((form) => form.password === form.passwordConfirm, { path: ["passwordConfirm"], message: "errors.password.mismatch" });

/** In place of a temporary password an admin set: chosen by the person, and the admin's no longer works. */
export const requiredPasswordChange = defineAction({
  permission: "account.newPassword",
  input: newPasswordSchema,
  prepare: async (form) => hashPassword(form.password),
  handler: async (form, { tx, user, prepared, now, actor }) => {
    const row = await tx.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { name: true, email: true, phone: true, passwordHash: true, passwordChangeRequired: true },
    });
    if (!row.passwordChangeRequired) throw new Refusal("errors.password.notRequired");
    refuseWeakPassword(form.password, { nik: "", name: row.name, phone: row.phone, email: row.email, birthDate: "" });
    if (await verifyPassword(row.passwordHash, form.password)) throw new FieldConflict("password", "errors.password.same");
    await tx.user.update({ where: { id: user.id }, data: { passwordHash: prepared, passwordChangeRequired: false } });
    // Anyone else who knew the temporary password is signed out; this session goes on.
    await endUserSessions(tx, user.id, "PASSWORD_RESET", now, user.sessionId);
    await recordAudit(tx, actor, { action: "account.password_changed", entity: "User", entityId: user.id });
    return { next: safeLocalPath(form.next) ?? "/masuk/lanjut" };
  },
  revalidate: () => ["/"],
  redirect: ({ next }) => next,
});
