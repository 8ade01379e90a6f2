// Two-factor sign-in (issue 15): enrolment with one correct code, recovery
// codes that work once, replayed and wrong codes refused (wrong ones lock the
// account like wrong passwords), and a session that reaches nothing else
// until the step is taken.
import { generate } from "otplib";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { decideAccess } from "../../lib/auth/access";
import { pendingStep } from "../../lib/auth/sign-in-steps";
import { openTotpSecret, sealTotpSecret } from "../../lib/auth/totp-secret";
import { openSession } from "../../lib/auth/user-sessions";
import { enrolmentSecret, requiredPasswordChange, serverSecret, twoFactorEnrol, twoFactorVerify } from "../../lib/account/two-factor";
import { hashPassword } from "../../lib/auth/password";
import { LIMITS } from "../../lib/security/limits";
import { expectRefused, runAs, sessionUserOf, succeeded } from "../support/actions";
import { setupTestDatabase } from "../support/database";
import { createBranch, createOfficer } from "../support/records";

const t = setupTestDatabase();
beforeAll(() => void vi.stubEnv("NEXTAUTH_SECRET", "two-factor-test-secret-".repeat(2)));

const at = (now: Date, seconds: number) => new Date(now.getTime() + seconds * 1000);
const codeAt = (secret: string, when: Date) => generate({ secret, epoch: Math.floor(when.getTime() / 1000) });

/** An officer with a session that has passed only the password. */
async function signedInOfficer() {
  const officer = await createOfficer(t.db, (await createBranch(t.db)).id);
  const sessionId = await openSession(t.db, officer.id, {});
  return { officer, user: { ...sessionUserOf(officer), sessionId, pending: "secondFactor" as const } };
}

const secondFactorAt = async (sessionId: string) => (await t.db.userSession.findUniqueOrThrow({ where: { id: sessionId } })).secondFactorAt;

describe("two-factor sign-in", () => {
  it("holds a session that passed only the password to its step: no page, action or export", () => {
    const user = {
      id: "u",
      name: "Petugas",
      role: "BANK_OFFICER" as const,
      branchId: "b",
      regionCode: null,
      sponsorId: null,
      participantId: null,
    };
    const pending = { kind: "user" as const, user: { ...user, pending: "secondFactor" as const } };
    expect(decideAccess("client.read", pending)).toEqual({ ok: false, reason: "unfinished", step: "secondFactor" });
    expect(decideAccess("account.home", pending)).toMatchObject({ ok: false, reason: "unfinished" });
    expect(decideAccess("account.secondFactor", pending).ok).toBe(true);
    expect(decideAccess("site.read", pending).ok).toBe(true);
    expect(decideAccess("client.read", { kind: "user", user }).ok).toBe(true);
    // Who owes which step: everyone but workers a second factor; then a temporary password is replaced.
    expect(pendingStep({ role: "BPJS_STAFF", passwordChangeRequired: false }, { secondFactorAt: null })).toBe("secondFactor");
    expect(pendingStep({ role: "WORKER", passwordChangeRequired: false }, { secondFactorAt: null })).toBeUndefined();
    expect(pendingStep({ role: "ADMIN", passwordChangeRequired: true }, { secondFactorAt: new Date() })).toBe("newPassword");
  });

  it("enrols with one correct code, hands out ten recovery codes once, and keeps the secret sealed", async () => {
    const { officer, user } = await signedInOfficer();
    const secret = await enrolmentSecret(t.db, officer.id);
    // A reload shows the same secret; the database holds it sealed, not in plain text.
    expect(await enrolmentSecret(t.db, officer.id)).toBe(secret);
    const stored = (await t.db.user.findUniqueOrThrow({ where: { id: officer.id } })).totpSecret!;
    expect(stored).not.toContain(secret);
    expect(openTotpSecret(stored, serverSecret())).toBe(secret);
    expect(openTotpSecret(stored, "another-server-secret-".repeat(2))).toBeNull();

    const now = new Date();
    expectRefused(await runAs(t.db, twoFactorEnrol, { code: "12345" }, { as: user, now }), { code: "errors.twoFactor.format" });
    const wrong = String((Number(await codeAt(secret, now)) + 1) % 1_000_000).padStart(6, "0");
    expectRefused(await runAs(t.db, twoFactorEnrol, { code: wrong }, { as: user, now }), { code: "errors.twoFactor.wrong" });
    expect(await secondFactorAt(user.sessionId)).toBeNull();

    const enrolled = succeeded(
      await runAs(t.db, twoFactorEnrol, { code: await codeAt(secret, now), next: "//evil.example" }, { as: user, now }),
    );
    expect(enrolled.recoveryCodes).toHaveLength(10);
    expect(new Set(enrolled.recoveryCodes).size).toBe(10);
    expect(enrolled.next).toBe("/masuk/lanjut");
    expect(await secondFactorAt(user.sessionId)).not.toBeNull();
    // Twice: on already, no new codes.
    expectRefused(
      await runAs(t.db, twoFactorEnrol, { code: await codeAt(secret, at(now, 30)) }, { as: user, now: at(now, 30) }),
      {},
      "errors.twoFactor.alreadyOn",
    );
    const codes = await t.db.totpRecoveryCode.findMany({ where: { userId: officer.id } });
    expect(codes).toHaveLength(10);
    expect(JSON.stringify(codes)).not.toContain(enrolled.recoveryCodes[0]);
    expect(await t.db.auditLog.count({ where: { action: "account.two_factor_enrolled", entityId: officer.id } })).toBe(1);
  });

  it("takes each code once, a recovery code once, and locks the account after wrong codes like wrong passwords", async () => {
    const { officer, user } = await signedInOfficer();
    const secret = await enrolmentSecret(t.db, officer.id);
    const start = new Date();
    const { recoveryCodes } = succeeded(await runAs(t.db, twoFactorEnrol, { code: await codeAt(secret, start) }, { as: user, now: start }));

    // A new session, a minute later: the app's code now works, and the same code again is a replay.
    const later = at(start, 60);
    const second = { ...user, sessionId: await openSession(t.db, officer.id, {}) };
    const code = await codeAt(secret, later);
    expect(succeeded(await runAs(t.db, twoFactorVerify, { code, next: "/bank" }, { as: second, now: later }))).toEqual({ next: "/bank" });
    expect(await secondFactorAt(second.sessionId)).not.toBeNull();
    // The sign-in counts once the second factor is given (the admin's "last sign-in"), not at the password.
    expect((await t.db.user.findUniqueOrThrow({ where: { id: officer.id } })).lastLoginAt).toEqual(later);
    const third = { ...user, sessionId: await openSession(t.db, officer.id, {}) };
    expectRefused(await runAs(t.db, twoFactorVerify, { code }, { as: third, now: later }), { code: "errors.twoFactor.reused" });
    // A code from a step before the last one taken is a replay too; the next step's is fine.
    expectRefused(await runAs(t.db, twoFactorVerify, { code: await codeAt(secret, at(later, -30)) }, { as: third, now: later }), {
      code: "errors.twoFactor.reused",
    });
    succeeded(await runAs(t.db, twoFactorVerify, { code: await codeAt(secret, at(later, 30)) }, { as: third, now: later }));

    // A recovery code, typed in capitals with a space: works once.
    const fourth = { ...user, sessionId: await openSession(t.db, officer.id, {}) };
    const typed = recoveryCodes[3]!.toUpperCase().replace("-", " ");
    succeeded(await runAs(t.db, twoFactorVerify, { code: typed }, { as: fourth, now: later }));
    const fifth = { ...user, sessionId: await openSession(t.db, officer.id, {}) };
    expectRefused(await runAs(t.db, twoFactorVerify, { code: recoveryCodes[3]! }, { as: fifth, now: later }), {
      code: "errors.twoFactor.wrong",
    });
    expect(await t.db.auditLog.findFirst({ where: { action: "account.recovery_code_used", entityId: officer.id } })).toMatchObject({
      after: { left: 9 },
    });

    // Wrong codes count against the account's sign-in lockout (one wrong recovery code above already).
    for (let i = 1; i < LIMITS.loginAccount.points; i++) {
      expectRefused(await runAs(t.db, twoFactorVerify, { code: "zzzz-zzzz" }, { as: fifth, now: later }), {
        code: "errors.twoFactor.wrong",
      });
    }
    const locked = await runAs(t.db, twoFactorVerify, { code: "zzzz-zzzz" }, { as: fifth, now: later });
    expect(locked).toMatchObject({ ok: false, formError: expect.stringMatching(/^errors\.auth\.locked/) });
    // Locked, even the right code waits.
    const right = await runAs(t.db, twoFactorVerify, { code: await codeAt(secret, at(later, 90)) }, { as: fifth, now: at(later, 90) });
    expect(right).toMatchObject({ ok: false, formError: expect.stringMatching(/^errors\.auth\.locked/) });
    expect(await secondFactorAt(fifth.sessionId)).toBeNull();
  });

  it("replaces a temporary password with the person's own, ending every other session", async () => {
    const { officer } = await signedInOfficer();
    await t.db.user.update({
      where: { id: officer.id },
      data: { passwordHash: await hashPassword("Sementara-Admin-77"), passwordChangeRequired: true },
    });
    const other = await openSession(t.db, officer.id, {});
    const mine = await openSession(t.db, officer.id, {});
    const user = { ...sessionUserOf(officer), sessionId: mine, pending: "newPassword" as const };
    expect(decideAccess("client.read", { kind: "user", user })).toMatchObject({ reason: "unfinished", step: "newPassword" });
    const form = (password: string) => ({ password, passwordConfirm: password });
    expectRefused(await runAs(t.db, requiredPasswordChange, form("Sementara-Admin-77"), { as: user }), {
      password: "errors.password.same",
    });
    expectRefused(await runAs(t.db, requiredPasswordChange, form("password"), { as: user }), { password: "errors.password.common" });
    succeeded(await runAs(t.db, requiredPasswordChange, form("kopi-tubruk-pagi-banten"), { as: user }));
    const row = await t.db.user.findUniqueOrThrow({ where: { id: officer.id } });
    expect(row.passwordChangeRequired).toBe(false);
    const sessions = await t.db.userSession.findMany({ where: { id: { in: [other, mine] } } });
    expect(sessions.find((s) => s.id === other)?.endReason).toBe("PASSWORD_RESET");
    expect(sessions.find((s) => s.id === mine)?.endedAt).toBeNull();
    // Once is enough: the form is not a back door for changing it later without the old one.
    expectRefused(
      await runAs(t.db, requiredPasswordChange, form("teh-manis-sore-serang"), { as: user }),
      {},
      "errors.password.notRequired",
    );
  });

  it("tells an enrolled user whose key can no longer be read (a new server secret) to ask an admin", async () => {
    const { officer, user } = await signedInOfficer();
    await t.db.user.update({
      where: { id: officer.id },
      data: { totpSecret: sealTotpSecret("JBSWY3DPEHPK3PXP", "an-older-server-secret-".repeat(2)), totpEnabledAt: new Date() },
    });
    expectRefused(await runAs(t.db, twoFactorVerify, { code: "123456" }, { as: user }), {}, "errors.twoFactor.unreadable");
    expect(await secondFactorAt(user.sessionId)).toBeNull();
  });

  it("seals secrets so that the same one never reads the same twice", () => {
    const key = "x".repeat(40);
    expect(sealTotpSecret("JBSWY3DPEHPK3PXP", key)).not.toBe(sealTotpSecret("JBSWY3DPEHPK3PXP", key));
    expect(openTotpSecret("v1.bad.worse.worst", key)).toBeNull();
  });
});
