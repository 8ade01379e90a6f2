// What a worker changes after enrollment (issue 14): address and occupation,
// BPU income and payment period (from the next cycle, bills follow), phone and
// e-mail (a code to the new one, the old one told), and identity corrections
// decided by staff of their regency. Bad input changes nothing.
import { describe, expect, it } from "vitest";
import { contactChangeConfirm, contactChangeRequest } from "../../lib/account/contact-change";
import { runBilling } from "../../lib/billing/run";
import { bpuSelfRegistration } from "../../lib/bpu-registration/register";
import { addMonths, currentPeriod, type Period } from "../../lib/domain/billing-period";
import { calculateBpuContribution } from "../../lib/domain/contributions/bpu";
import { sectorOf } from "../../lib/domain/occupations";
import { identityDecision } from "../../lib/identity-changes/decide";
import { identityChangeRequest } from "../../lib/identity-changes/request";
import { bpuTermsChange, bpuTermsView } from "../../lib/participants/bpu-terms";
import { profileUpdate } from "../../lib/participants/profile";
import { expectRefused, runAs, sessionUserOf, succeeded } from "../support/actions";
import { setupTestDatabase } from "../support/database";
import { makeNik, makePhone, registrationForm } from "../support/factories";
import { createStaff } from "../support/records";

const t = setupTestDatabase();

async function registeredWorker(overrides: Parameters<typeof registrationForm>[0] = {}) {
  const form = registrationForm(overrides);
  succeeded(await runAs(t.db, bpuSelfRegistration, form));
  const user = await t.db.user.findFirstOrThrow({ where: { participant: { nik: form.nik } } });
  return { form, as: sessionUserOf(user), participantId: user.participantId! };
}

const billOf = (participantId: string, period: Period) =>
  t.db.bill.findUnique({ where: { billingKey: `BPU:${participantId}:${period}` }, include: { lines: true } });

describe("a worker's own changes", () => {
  it("address and occupation take effect at once and are audited; a district outside the regency is refused", async () => {
    const { as, participantId } = await registeredWorker();
    const change = { regencyCode: "3672", districtCode: "367201", address: "Jl. Baru No. 9", occupation: "FISHER" };
    expectRefused(await runAs(t.db, profileUpdate, { ...change, districtCode: "367301" }, { as }), { districtCode: "errors.district" });
    expect(await t.db.participant.findUniqueOrThrow({ where: { id: participantId } })).toMatchObject({ regencyCode: "3673" });
    succeeded(await runAs(t.db, profileUpdate, change, { as }));
    expect(await t.db.participant.findUniqueOrThrow({ where: { id: participantId } })).toMatchObject(change);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "participant.profile", entityId: participantId } });
    expect(audit.before).toMatchObject({ regencyCode: "3673", occupation: "TRADER" });
    expect(audit.after).toMatchObject(change);
  });

  it("a new income applies from the next month for a monthly payer; the bills follow, a second change replaces the first", async () => {
    const { as, participantId } = await registeredWorker({ income: "1000000" });
    await t.db.participant.update({ where: { id: participantId }, data: { status: "ACTIVE" } });
    const now = currentPeriod();
    const next = addMonths(now, 1);

    expectRefused(await runAs(t.db, bpuTermsChange, { income: "satu juta", months: "1" }, { as }), { income: "errors.income.number" });
    expect(await t.db.bpuTerms.count({ where: { participantId } })).toBe(0);

    expect(succeeded(await runAs(t.db, bpuTermsChange, { income: "3000000", months: "1" }, { as }))).toMatchObject({ fromPeriod: next });
    const { total } = succeeded(await runAs(t.db, bpuTermsChange, { income: "4000000", months: "1" }, { as }));
    // One change waits: the later one.
    expect(await t.db.bpuTerms.findMany({ where: { participantId }, select: { fromPeriod: true, declaredIncome: true } })).toEqual([
      { fromPeriod: next, declaredIncome: 4_000_000 },
    ]);
    const view = await bpuTermsView(t.db, participantId, new Date());
    expect(view).toMatchObject({ inForce: { income: 1_000_000, months: 1 }, pending: { fromPeriod: next, declaredIncome: 4_000_000 } });

    // This month's bill (issued at registration) keeps its amount; next month's is priced on the new income.
    const firstBase = (await billOf(participantId, now))!.lines[0]!.base;
    await runBilling(t.db, next);
    const nextBill = (await billOf(participantId, next))!;
    const quote = calculateBpuContribution({
      income: 4_000_000,
      programs: ["JKK", "JKM"],
      months: 1,
      period: next,
      sector: sectorOf("TRADER"),
    });
    if (!quote.ok) throw new Error(quote.error);
    expect(Number(nextBill.total)).toBe(total);
    // The base is the income's range in the table, higher than the first bill's.
    expect(nextBill.lines.map((line) => line.base)).toEqual(nextBill.lines.map(() => quote.value.income));
    expect(quote.value.income).toBeGreaterThan(firstBase);
    expect(await t.db.auditLog.count({ where: { action: "participant.bpuTerms", entityId: participantId } })).toBe(2);
  });

  it("a new payment period begins when the current cycle ends, and the next cycles count from there", async () => {
    const { as, participantId } = await registeredWorker({ months: "3" });
    await t.db.participant.update({ where: { id: participantId }, data: { status: "ACTIVE" } });
    const now = currentPeriod();
    // Paid for this month and the next two: the change waits for the fourth month.
    const from = addMonths(now, 3);
    expect(succeeded(await runAs(t.db, bpuTermsChange, { income: "1000000", months: "1" }, { as }))).toMatchObject({ fromPeriod: from });
    for (const period of [addMonths(now, 1), addMonths(now, 2), from, addMonths(now, 4)]) await runBilling(t.db, period);
    const bills = await t.db.bill.findMany({
      where: { participantId },
      orderBy: { periodStart: "asc" },
      select: { billingKey: true, periodMonths: true },
    });
    expect(bills.map((b) => [b.billingKey.split(":")[2], b.periodMonths])).toEqual([
      [now, 3],
      [from, 1],
      [addMonths(now, 4), 1],
    ]);
  });

  it("only a BPU participant changes income and period", async () => {
    const { as, participantId } = await registeredWorker();
    await t.db.participant.update({ where: { id: participantId }, data: { category: "PU" } });
    expectRefused(await runAs(t.db, bpuTermsChange, { income: "2000000", months: "1" }, { as }), {}, "errors.terms.notBpu");
  });
});

describe("changing a phone number or e-mail", () => {
  const codeIn = async (codeId: string, channel: "SMS" | "EMAIL" = "SMS") => {
    const message = await t.db.message.findFirstOrThrow({ where: { template: "oneTimeCode", about: codeId, channel } });
    return { code: /(\d{6})/.exec(message.body)![1]!, to: message.recipient };
  };

  it("sends a code to the new number only; the code makes it the sign-in number, the old number is told; used twice does nothing", async () => {
    const { form, as, participantId } = await registeredWorker();
    const newPhone = makePhone();
    const e164 = `+62${newPhone.slice(1)}`;
    const { codeId, destination } = succeeded(await runAs(t.db, contactChangeRequest, { kind: "phone", phone: newPhone }, { as }));
    expect(destination).not.toContain(newPhone.slice(4, 8));
    const sent = await codeIn(codeId);
    expect(sent.to).toBe(e164);
    // Nothing changes until the code is typed.
    expect((await t.db.participant.findUniqueOrThrow({ where: { id: participantId } })).phone).toBe(`+62${form.phone.slice(1)}`);

    const wrong = sent.code === "000000" ? "111111" : "000000";
    expectRefused(await runAs(t.db, contactChangeConfirm, { codeId, code: wrong }, { as }), { code: "errors.code.wrong?tries=4" });
    // Someone else's session cannot use the request.
    const other = await registeredWorker();
    expect(await runAs(t.db, contactChangeConfirm, { codeId, code: sent.code }, { as: other.as })).toEqual({ denied: "not-found" });

    succeeded(await runAs(t.db, contactChangeConfirm, { codeId, code: sent.code }, { as }));
    expect((await t.db.participant.findUniqueOrThrow({ where: { id: participantId } })).phone).toBe(e164);
    expect((await t.db.user.findFirstOrThrow({ where: { participantId } })).phone).toBe(e164);
    const told = await t.db.message.findFirstOrThrow({ where: { template: "contactChanged", about: codeId } });
    expect(told.recipient).toBe(`+62${form.phone.slice(1)}`);
    expectRefused(await runAs(t.db, contactChangeConfirm, { codeId, code: sent.code }, { as }), {}, "errors.code.expired");
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "participant.phone_change", entityId: participantId } });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain(e164);
  });

  it("refuses a number that signs in another account, or the current one; an e-mail gets its code by e-mail", async () => {
    const { form, as, participantId } = await registeredWorker();
    const other = await registeredWorker();
    expectRefused(await runAs(t.db, contactChangeRequest, { kind: "phone", phone: other.form.phone }, { as }), {
      phone: "errors.phone.registered",
    });
    expectRefused(await runAs(t.db, contactChangeRequest, { kind: "phone", phone: form.phone }, { as }), { phone: "errors.contact.same" });
    expectRefused(await runAs(t.db, contactChangeRequest, { kind: "email", email: "bukan-email" }, { as }), { email: "errors.email" });
    const { codeId } = succeeded(await runAs(t.db, contactChangeRequest, { kind: "email", email: "Siti.Baru@Contoh.id" }, { as }));
    const sent = await codeIn(codeId, "EMAIL");
    expect(sent.to).toBe("siti.baru@contoh.id");
    expect(await t.db.message.count({ where: { about: codeId, channel: "SMS" } })).toBe(0);
    succeeded(await runAs(t.db, contactChangeConfirm, { codeId, code: sent.code }, { as }));
    expect((await t.db.participant.findUniqueOrThrow({ where: { id: participantId } })).email).toBe("siti.baru@contoh.id");
  });
});

describe("identity corrections", () => {
  it("are asked by the worker, one at a time, and approved by staff of the region: only the asked fields change, audited", async () => {
    const { form, as, participantId } = await registeredWorker({ name: "Siti Aminh" });
    // The NIK says 1990-07-05, female: a birth date that disagrees is refused, nothing saved.
    expectRefused(await runAs(t.db, identityChangeRequest, { birthDate: "1991-01-01", reason: "salah ketik" }, { as }), {
      birthDate: "errors.nik.birthDateMismatch",
    });
    expectRefused(await runAs(t.db, identityChangeRequest, { reason: "salah ketik" }, { as }), {}, "errors.identity.nothing");
    expectRefused(await runAs(t.db, identityChangeRequest, { name: "Siti Aminh", reason: "x" }, { as }), {}, "errors.identity.unchanged");
    expect(await t.db.identityChangeRequest.count({ where: { participantId } })).toBe(0);

    const { requestId } = succeeded(await runAs(t.db, identityChangeRequest, { name: "Siti Aminah", reason: "Salah ketik nama" }, { as }));
    expectRefused(await runAs(t.db, identityChangeRequest, { name: "Siti A", reason: "lagi" }, { as }), {}, "errors.identity.open");

    const elsewhere = sessionUserOf(await createStaff(t.db, "3601"));
    const decision = { requestId, decision: "APPROVED", note: "Sesuai e-KTP" };
    expect(await runAs(t.db, identityDecision, decision, { as: elsewhere })).toEqual({ denied: "not-found" });
    expect(await runAs(t.db, identityDecision, decision, { as })).toEqual({ denied: "not-found" });
    const staff = sessionUserOf(await createStaff(t.db, "3673"));
    succeeded(await runAs(t.db, identityDecision, decision, { as: staff }));
    expect(await t.db.participant.findUniqueOrThrow({ where: { id: participantId } })).toMatchObject({
      name: "Siti Aminah",
      nik: form.nik,
    });
    expect(await t.db.identityChangeRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: "APPROVED",
      decidedById: staff.id,
    });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "identity.approved", entityId: participantId } });
    expect(audit.before).toMatchObject({ name: "Siti Aminh" });
    expect(audit.after).toMatchObject({ name: "Siti Aminah", note: "Sesuai e-KTP" });
    // Decided once: a replay finds no open request.
    expect(await runAs(t.db, identityDecision, decision, { as: staff })).toEqual({ denied: "not-found" });
  });

  it("a rejected request changes nothing and keeps the reason; a NIK someone else holds is refused", async () => {
    const { as, participantId } = await registeredWorker();
    const other = await registeredWorker();
    expectRefused(await runAs(t.db, identityChangeRequest, { nik: other.form.nik, reason: "NIK salah" }, { as }), {
      nik: "errors.nik.registered",
    });
    const nik = makeNik("1990-07-05", "F");
    const { requestId } = succeeded(await runAs(t.db, identityChangeRequest, { nik, reason: "NIK salah ketik" }, { as }));
    const staff = sessionUserOf(await createStaff(t.db, null));
    expectRefused(await runAs(t.db, identityDecision, { requestId, decision: "REJECTED", note: "" }, { as: staff }), {
      note: "errors.review.note",
    });
    succeeded(await runAs(t.db, identityDecision, { requestId, decision: "REJECTED", note: "Dokumen tidak cocok" }, { as: staff }));
    expect((await t.db.participant.findUniqueOrThrow({ where: { id: participantId } })).nik).not.toBe(nik);
    expect(await t.db.identityChangeRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: "REJECTED",
      decisionNote: "Dokumen tidak cocok",
    });
  });
});
