// "Lupa kata sandi" (issue 14): a 6-digit code to the phone on record, valid 5
// minutes, 5 tries, used once, limited per account and per address; a new
// password ends every session the account had.
import { describe, expect, it } from "vitest";
import { CODE_MAX_TRIES, CODES_PER_ACCOUNT_PER_HOUR } from "../../lib/account/code-rules";
import { passwordReset, recoveryRequest } from "../../lib/account/recovery";
import { authenticate, sessionIsCurrent } from "../../lib/auth/credentials";
import { bpuSelfRegistration } from "../../lib/bpu-registration/register";
import { branchRecovery } from "../../lib/account/branch-recovery";
import { openSession, touchSession } from "../../lib/auth/user-sessions";
import { expectRefused, runAs, sessionUserOf, succeeded } from "../support/actions";
import { setupTestDatabase } from "../support/database";
import { makePhone, registrationForm } from "../support/factories";
import { createBranch, createOfficer } from "../support/records";

const t = setupTestDatabase();
const NEW_PASSWORD = "kata-sandi-baru-2026";

async function registered() {
  const form = registrationForm();
  succeeded(await runAs(t.db, bpuSelfRegistration, form));
  return form;
}

/** The code as the worker reads it in the text message. */
async function codeSent(codeId: string) {
  const message = await t.db.message.findFirstOrThrow({ where: { template: "oneTimeCode", about: codeId, channel: "SMS" } });
  return /(\d{6})/.exec(message.body)![1]!;
}

const reset = (codeId: string, code: string, now?: Date) =>
  runAs(t.db, passwordReset, { codeId, code, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD }, { now });

describe("password recovery", () => {
  it("sends a code to the phone on record at once, and the code with a new password signs in and ends old sessions", async () => {
    const form = await registered();
    const before = Date.now();
    const { codeId } = succeeded(await runAs(t.db, recoveryRequest, { identifier: form.phone }));
    const message = await t.db.message.findFirstOrThrow({ where: { template: "oneTimeCode", about: codeId } });
    expect(message.body).toMatch(/^Kode Lindung Anda: \d{6}\. Berlaku 5 menit\./);
    expect(message.notBefore.getTime()).toBeLessThanOrEqual(Date.now()); // not held for quiet hours
    // Only a hash is stored.
    const stored = await t.db.oneTimeCode.findUniqueOrThrow({ where: { id: codeId } });
    expect(stored.codeHash).not.toContain(await codeSent(codeId));

    succeeded(await reset(codeId, await codeSent(codeId)));
    expect(await authenticate(t.db, form.nik, String(form.password))).toBeNull();
    expect(await authenticate(t.db, form.nik, NEW_PASSWORD)).not.toBeNull();
    const user = await t.db.user.findFirstOrThrow({ where: { participant: { nik: form.nik } } });
    // A session signed in before the reset is over; one after it is not.
    expect(sessionIsCurrent(before, user.sessionsValidFrom)).toBe(false);
    expect(sessionIsCurrent(Date.now() + 1, user.sessionsValidFrom)).toBe(true);
    expect(await t.db.auditLog.count({ where: { action: "account.password_reset", entityId: user.id } })).toBe(1);

    // The same code again does nothing more.
    expectRefused(await reset(codeId, await codeSent(codeId)), {}, "errors.code.expired");
  });

  it("counts wrong codes (the fifth ends it), refuses an expired one, and changes no password meanwhile", async () => {
    const form = await registered();
    const { codeId } = succeeded(await runAs(t.db, recoveryRequest, { identifier: form.nik }));
    const right = await codeSent(codeId);
    const wrong = right === "000000" ? "111111" : "000000";
    for (let tries = CODE_MAX_TRIES - 1; tries > 0; tries--) {
      expectRefused(await reset(codeId, wrong), { code: `errors.code.wrong?tries=${tries}` });
    }
    expectRefused(await reset(codeId, wrong), {}, "errors.code.expired");
    // Even the right code now: used up.
    expectRefused(await reset(codeId, right), {}, "errors.code.expired");
    expect(await authenticate(t.db, form.nik, String(form.password))).not.toBeNull();

    const second = succeeded(await runAs(t.db, recoveryRequest, { identifier: form.nik })).codeId;
    const sixMinutesLater = new Date(Date.now() + 6 * 60_000);
    expectRefused(await reset(second, await codeSent(second), sixMinutesLater), {}, "errors.code.expired");
    // Bad input: a clear message, and the code untouched.
    expectRefused(await runAs(t.db, passwordReset, { codeId: second, code: "12ab", password: "x", passwordConfirm: "y" }), {
      code: "errors.code.format?digits=6",
      password: "errors.password.short?min=8",
      passwordConfirm: "errors.password.mismatch",
    });
    expect((await t.db.oneTimeCode.findUniqueOrThrow({ where: { id: second } })).attempts).toBe(0);
  });

  it("is limited per account, tells an unknown account plainly, and never sends for staff accounts", async () => {
    const form = await registered();
    for (let i = 0; i < CODES_PER_ACCOUNT_PER_HOUR; i++) succeeded(await runAs(t.db, recoveryRequest, { identifier: form.nik }));
    expectRefused(
      await runAs(t.db, recoveryRequest, { identifier: form.nik }),
      {},
      `errors.recovery.tooMany?max=${CODES_PER_ACCOUNT_PER_HOUR}`,
    );
    expectRefused(await runAs(t.db, recoveryRequest, { identifier: "3673010101900001" }), { identifier: "errors.recovery.unknown" });
    await t.db.user.create({
      data: { role: "BPJS_STAFF", name: "Staf", email: "staf-pulih@bpjstk.test", passwordHash: "x", regionCode: "3673" },
    });
    expectRefused(await runAs(t.db, recoveryRequest, { identifier: "staf-pulih@bpjstk.test" }), { identifier: "errors.recovery.unknown" });
    expect(await t.db.oneTimeCode.count({ where: { user: { email: "staf-pulih@bpjstk.test" } } })).toBe(0);
  });

  it("is limited per address", async () => {
    const form = await registered();
    const source = { ip: "10.99.0.1" };
    let refused = 0;
    for (let i = 0; i < 12; i++) {
      const outcome = await runAs(t.db, recoveryRequest, { identifier: `0812${String(i).padStart(8, "9")}` }, { source });
      if ("ok" in outcome && !outcome.ok && outcome.formError?.startsWith("errors.tooManyRequests")) refused += 1;
    }
    expect(refused).toBe(2); // 10 an hour per address
    // A real account too, from that address: nothing sent.
    expect(await runAs(t.db, recoveryRequest, { identifier: form.nik }, { source })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/^errors\.tooManyRequests\?seconds=\d+$/),
    });
    expect(await t.db.oneTimeCode.count({ where: { user: { participant: { nik: form.nik } } } })).toBe(0);
  });
});

describe("recovery at a branch", () => {
  it("sends a code to the new number once the officer checked the e-KTP; the code sets the password and the number, the old number is told", async () => {
    const form = await registered();
    const branch = await createBranch(t.db, "3601");
    const officer = sessionUserOf(await createOfficer(t.db, branch.id));
    const newPhone = makePhone();
    const asked = { ektp: "on", nik: form.nik, birthDate: form.birthDate, phone: newPhone };
    // Not checked, or a birth date that is not the e-KTP's: refused, nothing sent.
    expectRefused(await runAs(t.db, branchRecovery, { ...asked, ektp: "" }, { as: officer }), { ektp: "errors.branchRecovery.ektp" });
    expectRefused(
      await runAs(t.db, branchRecovery, { ...asked, birthDate: "1990-07-06" }, { as: officer }),
      {},
      "errors.branchRecovery.noMatch",
    );
    // A worker or anonymous cannot do it.
    expect(await runAs(t.db, branchRecovery, asked)).toEqual({ denied: "unauthenticated" });
    const participant = await t.db.participant.findUniqueOrThrow({ where: { nik: form.nik } });
    expect(await t.db.oneTimeCode.count({ where: { participantId: participant.id } })).toBe(0);

    // A session the worker still has somewhere (the lost phone): the reset must end it on the server.
    const account = await t.db.user.findFirstOrThrow({ where: { participantId: participant.id } });
    const lostPhone = await openSession(t.db, account.id, {});
    const { codeId } = succeeded(await runAs(t.db, branchRecovery, asked, { as: officer }));
    const message = await t.db.message.findFirstOrThrow({ where: { template: "oneTimeCode", about: codeId } });
    expect(message.recipient).toBe(`+62${newPhone.slice(1)}`);
    const code = /(\d{6})/.exec(message.body)![1]!;
    succeeded(await reset(codeId, code));
    expect((await t.db.participant.findUniqueOrThrow({ where: { id: participant.id } })).phone).toBe(`+62${newPhone.slice(1)}`);
    // The new number and the new password sign in; the old number was told.
    expect(await t.db.message.count({ where: { template: "contactChanged", recipient: `+62${form.phone.slice(1)}` } })).toBe(1);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "account.branch_recovery_code", entityId: participant.id } });
    expect(audit.actorId).toBe(officer.id);
    expect(await touchSession(t.db, lostPhone, account.id, "WORKER")).toBeNull();
    expect((await t.db.userSession.findUniqueOrThrow({ where: { id: lostPhone } })).endReason).toBe("PASSWORD_RESET");
  });
});

describe("weak passwords (issue 15)", () => {
  it("are refused at registration and at a reset, with the reason; the code stays usable", async () => {
    const weak = registrationForm({ password: "password", passwordConfirm: "password" });
    expectRefused(await runAs(t.db, bpuSelfRegistration, weak), { password: "errors.password.common" });
    const own = registrationForm();
    expectRefused(await runAs(t.db, bpuSelfRegistration, { ...own, password: `nik${own.nik}`, passwordConfirm: `nik${own.nik}` }), {
      password: "errors.password.personal",
    });
    expect(await t.db.participant.count({ where: { nik: { in: [weak.nik, own.nik] } } })).toBe(0);

    const form = await registered();
    const { codeId } = succeeded(await runAs(t.db, recoveryRequest, { identifier: form.nik }));
    const code = await codeSent(codeId);
    expectRefused(await runAs(t.db, passwordReset, { codeId, code, password: "12345678", passwordConfirm: "12345678" }), {
      password: "errors.password.common",
    });
    succeeded(await reset(codeId, code));
  });
});
