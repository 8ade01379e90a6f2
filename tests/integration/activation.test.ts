// Activation (issue 14): an owner or worker enrolled by an officer opens their
// own account with NIK, KPJ, birth date and a code to the phone on record.
import { describe, expect, it } from "vitest";
import { accountActivation, activationRequest } from "../../lib/account/activation";
import { authenticate } from "../../lib/auth/credentials";
import { umkmEnrollment } from "../../lib/umkm-enrollment/enroll";
import { expectRefused, runAs, sessionUserOf, succeeded } from "../support/actions";
import { setupTestDatabase } from "../support/database";
import { createBranch, createOfficer, umkmFormValues } from "../support/records";

const t = setupTestDatabase();
const PASSWORD = "pemilik-warung-2026";

async function enrolledOwner() {
  const branch = await createBranch(t.db);
  const officer = sessionUserOf(await createOfficer(t.db, branch.id));
  const form = umkmFormValues();
  succeeded(await runAs(t.db, umkmEnrollment, form, { as: officer }));
  const owner = await t.db.participant.findUniqueOrThrow({ where: { nik: String(form.ownerNik) }, include: { account: true } });
  return { form, owner };
}

const codeOf = async (codeId: string) =>
  /(\d{6})/.exec((await t.db.message.findFirstOrThrow({ where: { template: "oneTimeCode", about: codeId } })).body)![1]!;

describe("account activation", () => {
  it("lets an owner enrolled by an officer open their account, once, and sign in to their own record", async () => {
    const { form, owner } = await enrolledOwner();
    expect(owner.account).toBeNull();
    const request = { nik: owner.nik, kpj: owner.kpj, birthDate: String(form.ownerBirthDate) };

    // Any of the three wrong: one plain answer, nothing sent.
    expectRefused(await runAs(t.db, activationRequest, { ...request, birthDate: "1980-01-16" }), {}, "errors.activation.noMatch");
    expectRefused(await runAs(t.db, activationRequest, { ...request, kpj: "12345678901" }), { kpj: "errors.kpj" });
    expect(await t.db.oneTimeCode.count({ where: { participantId: owner.id } })).toBe(0);

    const { codeId } = succeeded(await runAs(t.db, activationRequest, request));
    const code = await codeOf(codeId);
    const activate = (typed: string) =>
      runAs(t.db, accountActivation, { codeId, code: typed, password: PASSWORD, passwordConfirm: PASSWORD });
    expectRefused(await activate(code === "000000" ? "111111" : "000000"), { code: "errors.code.wrong?tries=4" });
    expect(await t.db.user.count({ where: { participantId: owner.id } })).toBe(0);
    succeeded(await activate(code));

    const signedIn = await authenticate(t.db, owner.nik, PASSWORD);
    expect(signedIn).toMatchObject({ role: "WORKER", participantId: owner.id });
    expect(await t.db.auditLog.count({ where: { action: "account.activate", entityId: signedIn!.id } })).toBe(1);
    // Used once; and a second activation is told to sign in instead.
    expectRefused(await activate(code), {}, "errors.code.expired");
    expectRefused(await runAs(t.db, activationRequest, request), {}, "errors.activation.alreadyActive");
  });

  it("refuses a participant without a phone on record (the branch activates them), and a rejected one", async () => {
    const { owner, form } = await enrolledOwner();
    await t.db.participant.update({ where: { id: owner.id }, data: { phone: null } });
    const request = { nik: owner.nik, kpj: owner.kpj, birthDate: String(form.ownerBirthDate) };
    expectRefused(await runAs(t.db, activationRequest, request), {}, "errors.recovery.noPhone");
    await t.db.participant.update({ where: { id: owner.id }, data: { status: "REJECTED" } });
    expectRefused(await runAs(t.db, activationRequest, request), {}, "errors.activation.noMatch");
  });
});
