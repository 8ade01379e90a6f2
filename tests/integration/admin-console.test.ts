// The admin console (issue 15): staff accounts made with a temporary password,
// deactivated (sessions end), unlocked, reset; branches; API keys with scopes,
// last use, revocation and rotation. Every change audited; nobody but an admin
// reaches any of it.
import { describe, expect, it } from "vitest";
import { createAccount, resetAccountPassword, resetAccountSecondFactor, setAccountActive, unlockAccount } from "../../lib/admin/accounts";
import { createKey, revokeKey, rotateKey } from "../../lib/admin/api-keys";
import { createBranch } from "../../lib/admin/branches";
import { accountDetail, listAccounts } from "../../lib/admin/queries";
import { authenticateApiKey, hashApiKeySecret, parseApiKey, ROTATION_GRACE_HOURS } from "../../lib/api/keys";
import { decideAccess } from "../../lib/auth/access";
import { accountLockKey } from "../../lib/auth/login-guard";
import { verifyPassword } from "../../lib/auth/password";
import { openSession, touchSession } from "../../lib/auth/user-sessions";
import { LIMITS } from "../../lib/security/limits";
import { consumeLimit, limitReached } from "../../lib/security/rate-limit";
import { expectRefused, runAs, sessionUserOf, succeeded } from "../support/actions";
import { setupTestDatabase } from "../support/database";
import { createBranch as branchRecord, createOfficer, createStaff } from "../support/records";

const t = setupTestDatabase();

async function admin() {
  const row = await t.db.user.create({
    data: { role: "ADMIN", name: "Admin Uji", email: `admin-${crypto.randomUUID()}@lindung.test`, passwordHash: "x" },
  });
  return sessionUserOf(row);
}

const audits = (action: string, entityId: string) => t.db.auditLog.count({ where: { action, entityId } });

describe("the admin console", () => {
  it("makes officer and staff accounts with their scope and a temporary password to change at the first sign-in", async () => {
    const as = await admin();
    const branch = await branchRecord(t.db);
    const officer = succeeded(
      await runAs(
        t.db,
        createAccount,
        { name: "Rudi Hartono", email: "Rudi.Baru@BJB.test", role: "BANK_OFFICER", branchId: branch.id },
        { as },
      ),
    );
    expect(officer.email).toBe("rudi.baru@bjb.test");
    const row = await t.db.user.findUniqueOrThrow({ where: { id: officer.userId }, omit: { passwordHash: false } });
    expect(row).toMatchObject({
      role: "BANK_OFFICER",
      branchId: branch.id,
      regionCode: null,
      passwordChangeRequired: true,
      totpEnabledAt: null,
    });
    expect(await verifyPassword(row.passwordHash, officer.temporaryPassword)).toBe(true);
    expect(officer.temporaryPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(await audits("admin.user_created", officer.userId)).toBe(1);
    // The audit has who and what, never the password.
    const created = await t.db.auditLog.findFirstOrThrow({ where: { entityId: officer.userId } });
    expect(JSON.stringify([created.before, created.after])).not.toContain(officer.temporaryPassword);

    const staff = succeeded(
      await runAs(t.db, createAccount, { name: "Sari Dewi", email: "sari@bpjstk.test", role: "BPJS_STAFF", regionCode: "3604" }, { as }),
    );
    expect(await t.db.user.findUniqueOrThrow({ where: { id: staff.userId } })).toMatchObject({ regionCode: "3604", branchId: null });
    // Listed, searched by name and filtered by role.
    expect((await listAccounts(t.db, { q: "sari dewi" })).map((a) => a.id)).toEqual([staff.userId]);
    expect((await listAccounts(t.db, { role: "BANK_OFFICER", q: "rudi" })).map((a) => a.id)).toEqual([officer.userId]);

    // Refused, nothing written: an officer without a branch, a regency outside Banten, an e-mail taken, a worker role.
    const before = await t.db.user.count();
    expectRefused(await runAs(t.db, createAccount, { name: "Tanpa Cabang", email: "x1@bjb.test", role: "BANK_OFFICER" }, { as }), {
      branchId: "errors.admin.branch",
    });
    expectRefused(
      await runAs(t.db, createAccount, { name: "Luar Banten", email: "x2@bjb.test", role: "BPJS_STAFF", regionCode: "3171" }, { as }),
      {
        regionCode: "errors.regency",
      },
    );
    expectRefused(await runAs(t.db, createAccount, { name: "Kembar", email: "RUDI.baru@bjb.test", role: "BJB_MANAGER" }, { as }), {
      email: "errors.admin.emailTaken",
    });
    expectRefused(await runAs(t.db, createAccount, { name: "Pekerja", email: "x3@bjb.test", role: "WORKER" }, { as }), {
      role: "errors.required",
    });
    expect(await t.db.user.count()).toBe(before);
    // Nobody else: staff and officers are told there is nothing there.
    const staffUser = sessionUserOf(await createStaff(t.db, null));
    expect(await runAs(t.db, createAccount, { name: "X", email: "x4@bjb.test", role: "ADMIN" }, { as: staffUser })).toEqual({
      denied: "not-found",
    });
    expect(decideAccess("admin.apiKeys", { kind: "user", user: staffUser })).toEqual({ ok: false, reason: "denied" });
  });

  it("deactivates (every session ends at once), unlocks, resets a password or a second factor; never deactivates oneself", async () => {
    const as = await admin();
    const officer = await createOfficer(t.db, (await branchRecord(t.db)).id);
    const phone = await openSession(t.db, officer.id, {});
    succeeded(await runAs(t.db, setAccountActive, { userId: officer.id, active: "false" }, { as }));
    expect((await t.db.user.findUniqueOrThrow({ where: { id: officer.id } })).active).toBe(false);
    expect(await touchSession(t.db, phone, officer.id, "BANK_OFFICER")).toBeNull();
    expect(await audits("admin.user_deactivated", officer.id)).toBe(1);
    succeeded(await runAs(t.db, setAccountActive, { userId: officer.id, active: "true" }, { as }));
    expect(await audits("admin.user_activated", officer.id)).toBe(1);
    expectRefused(await runAs(t.db, setAccountActive, { userId: as.id, active: "false" }, { as }), {}, "errors.admin.self");
    const worker = await t.db.user.create({ data: { role: "WORKER", name: "Pekerja", passwordHash: "x" } });
    expect(await runAs(t.db, setAccountActive, { userId: worker.id, active: "false" }, { as })).toEqual({ denied: "not-found" });

    // Locked by wrong passwords or codes; the admin lifts it.
    for (let i = 0; i <= LIMITS.loginAccount.points; i++) await consumeLimit(t.db, "loginAccount", accountLockKey(officer.id));
    expect((await accountDetail(t.db, officer.id))?.lockedForSeconds).toBeGreaterThan(0);
    succeeded(await runAs(t.db, unlockAccount, { userId: officer.id }, { as }));
    expect((await limitReached(t.db, "loginAccount", accountLockKey(officer.id))).ok).toBe(true);
    expect(await audits("admin.user_unlocked", officer.id)).toBe(1);

    // A forced reset: a temporary password, every session over, a new password at the next sign-in.
    const desk = await openSession(t.db, officer.id, {});
    const reset = succeeded(await runAs(t.db, resetAccountPassword, { userId: officer.id }, { as }));
    const row = await t.db.user.findUniqueOrThrow({ where: { id: officer.id }, omit: { passwordHash: false } });
    expect(row.passwordChangeRequired).toBe(true);
    expect(await verifyPassword(row.passwordHash, reset.temporaryPassword)).toBe(true);
    expect(await touchSession(t.db, desk, officer.id, "BANK_OFFICER")).toBeNull();

    // A lost phone: the authenticator and its recovery codes are forgotten, sessions end.
    await t.db.user.update({ where: { id: officer.id }, data: { totpSecret: "v1.x.y.z", totpEnabledAt: new Date(), totpLastStep: 1 } });
    await t.db.totpRecoveryCode.create({ data: { userId: officer.id, codeHash: "h" } });
    const third = await openSession(t.db, officer.id, {});
    succeeded(await runAs(t.db, resetAccountSecondFactor, { userId: officer.id }, { as }));
    expect(await t.db.user.findUniqueOrThrow({ where: { id: officer.id } })).toMatchObject({
      totpSecret: null,
      totpEnabledAt: null,
      totpLastStep: null,
    });
    expect(await t.db.totpRecoveryCode.count({ where: { userId: officer.id } })).toBe(0);
    expect((await t.db.userSession.findUniqueOrThrow({ where: { id: third } })).endReason).toBe("SECOND_FACTOR_RESET");
    // Its recent sign-ins, newest first.
    expect((await accountDetail(t.db, officer.id))?.sessions.map((s) => s.id)).toEqual([third, desk, phone]);
  });

  it("adds branches with a unique code in a Banten regency", async () => {
    const as = await admin();
    const code = `bjb-t${Date.now() % 100_000}`;
    succeeded(await runAs(t.db, createBranch, { code, name: "Bank BJB KCP Uji", regencyCode: "3601" }, { as }));
    expect(await t.db.branch.findUnique({ where: { code: code.toUpperCase() } })).toMatchObject({ regencyCode: "3601" });
    expectRefused(await runAs(t.db, createBranch, { code: code.toUpperCase(), name: "Lagi", regencyCode: "3601" }, { as }), {
      code: "errors.admin.branchTaken",
    });
    expectRefused(await runAs(t.db, createBranch, { code: "a b", name: "Bank", regencyCode: "9999" }, { as }), {
      code: "errors.admin.branchCode",
      regencyCode: "errors.regency",
    });
  });

  it("makes API keys with a scope, records their last use, revokes at once and rotates with a day's overlap", async () => {
    const as = await admin();
    const branch = await branchRecord(t.db);
    const made = succeeded(await runAs(t.db, createKey, { name: "Statistik BJB", branchId: branch.id, scope: "stats.read" }, { as }));
    const now = new Date();
    const caller = await authenticateApiKey(t.db, `Bearer ${made.key}`, now);
    expect(caller).toMatchObject({ branchId: branch.id, scopes: ["stats.read"] });
    // A statistics key cannot enroll anyone.
    expect(decideAccess("client.enroll", { kind: "apiKey", ...caller! })).toEqual({ ok: false, reason: "denied" });
    expect(decideAccess("stats.read", { kind: "apiKey", ...caller! }).ok).toBe(true);
    const stored = await t.db.apiKey.findUniqueOrThrow({ where: { prefix: made.prefix } });
    expect(stored.lastUsedAt?.getTime()).toBe(now.getTime());
    // Only the secret's hash is kept (the secret may itself hold "_": parsed, not split).
    expect(stored.keyHash).toBe(hashApiKeySecret(parseApiKey(made.key)!.secret));

    const rotated = succeeded(await runAs(t.db, rotateKey, { keyId: stored.id }, { as, now }));
    expect(rotated.replaced).toBe(made.prefix);
    const newKey = await t.db.apiKey.findUniqueOrThrow({ where: { prefix: rotated.prefix } });
    // The same rotation again (a second click, a replayed request) makes no second successor.
    expectRefused(await runAs(t.db, rotateKey, { keyId: stored.id }, { as, now }), {}, "errors.admin.keyRotated");
    expect(await t.db.apiKey.count({ where: { name: "Statistik BJB", branchId: branch.id } })).toBe(2);
    expect(newKey).toMatchObject({ name: "Statistik BJB", branchId: branch.id, scopes: ["stats.read"] });
    // Both work during the overlap; after it, only the new one.
    const later = new Date(now.getTime() + (ROTATION_GRACE_HOURS - 1) * 3_600_000);
    expect(await authenticateApiKey(t.db, `Bearer ${made.key}`, later)).not.toBeNull();
    const after = new Date(now.getTime() + (ROTATION_GRACE_HOURS + 1) * 3_600_000);
    expect(await authenticateApiKey(t.db, `Bearer ${made.key}`, after)).toBeNull();
    expect(await authenticateApiKey(t.db, `Bearer ${rotated.key}`, after)).not.toBeNull();
    // Revoking the old key in its last day ends it now; revoking the new one ends it too; audited.
    succeeded(await runAs(t.db, revokeKey, { keyId: stored.id }, { as, now: later }));
    expect(await authenticateApiKey(t.db, `Bearer ${made.key}`, new Date(later.getTime() + 1000))).toBeNull();
    succeeded(await runAs(t.db, revokeKey, { keyId: newKey.id }, { as }));
    expect(await authenticateApiKey(t.db, `Bearer ${rotated.key}`)).toBeNull();
    expect(await runAs(t.db, rotateKey, { keyId: newKey.id }, { as })).toEqual({ denied: "not-found" });
    expect(await audits("admin.api_key_rotated", newKey.id)).toBe(1);
    expect(await audits("admin.api_key_revoked", stored.id)).toBe(1);
    expectRefused(await runAs(t.db, createKey, { name: "X", branchId: branch.id, scope: "client.read" }, { as }), {
      name: "errors.required",
      scope: "errors.admin.scopes",
    });
  });
});
