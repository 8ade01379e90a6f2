// Ending an employment (issue 14): the officer records the last day and why;
// the company is billed for that month and no later; the worker keeps the KPJ.
import { describe, expect, it } from "vitest";
import { runBilling } from "../../lib/billing/run";
import { bpuSelfRegistration } from "../../lib/bpu-registration/register";
import { addMonths, currentPeriod, type Period } from "../../lib/domain/billing-period";
import { continueAsBpu } from "../../lib/employment/continue-bpu";
import { deathReport } from "../../lib/employment/death";
import { wageChange } from "../../lib/employment/wage";
import { jakartaDate } from "../../lib/domain/time";
import { employmentEnd } from "../../lib/employment/end";
import { umkmEnrollment } from "../../lib/umkm-enrollment/enroll";
import { expectRefused, runAs, sessionUserOf, succeeded } from "../support/actions";
import { setupTestDatabase } from "../support/database";
import { registrationForm } from "../support/factories";
import { createBranch, createOfficer, umkmFormValues, workerValues } from "../support/records";

const t = setupTestDatabase();

describe("ending an employment", () => {
  it("stops the company's bills for that worker after the month of the last day, and keeps the worker's KPJ", async () => {
    const branch = await createBranch(t.db);
    const officer = sessionUserOf(await createOfficer(t.db, branch.id));
    const leaving = workerValues({ name: "Andi Pergi" });
    const staying = workerValues({ name: "Budi Tetap" });
    const form = umkmFormValues({ workers: JSON.stringify([leaving, staying]) });
    succeeded(await runAs(t.db, umkmEnrollment, form, { as: officer }));
    const company = await t.db.company.findFirstOrThrow({ where: { nib: String(form.nib) } });
    const andi = await t.db.employment.findFirstOrThrow({ where: { companyId: company.id, participant: { nik: leaving.nik } } });

    const today = jakartaDate();
    const end = { employmentId: andi.id, endDate: today, reason: "RESIGNED" };
    // Bad input: a clear message each, nothing changed.
    expectRefused(await runAs(t.db, employmentEnd, { ...end, endDate: "2000-01-01" }, { as: officer }), {
      endDate: "errors.employment.beforeStart",
    });
    expectRefused(await runAs(t.db, employmentEnd, { ...end, endDate: "2099-01-01" }, { as: officer }), {
      endDate: "errors.employment.tooFarAhead",
    });
    expectRefused(await runAs(t.db, employmentEnd, { ...end, reason: "BOSAN" }, { as: officer }), { reason: "errors.required" });
    // Another branch's officer finds no such employment.
    const stranger = sessionUserOf(await createOfficer(t.db, (await createBranch(t.db, "3671")).id));
    expect(await runAs(t.db, employmentEnd, end, { as: stranger })).toEqual({ denied: "not-found" });
    expect((await t.db.employment.findUniqueOrThrow({ where: { id: andi.id } })).endDate).toBeNull();

    succeeded(await runAs(t.db, employmentEnd, end, { as: officer }));
    expect(await t.db.employment.findUniqueOrThrow({ where: { id: andi.id } })).toMatchObject({
      endDate: new Date(`${today}T00:00:00Z`),
      endReason: "RESIGNED",
    });
    expectRefused(await runAs(t.db, employmentEnd, end, { as: officer }), {}, "errors.employment.alreadyEnded");
    expect(await t.db.auditLog.count({ where: { action: "employment.end", entityId: andi.id, actorId: officer.id } })).toBe(1);

    // This month: both are billed (the last day falls in it). Next month: only the one who stayed.
    const linesOf = async (period: string) => {
      await runBilling(t.db, period as never);
      const bill = await t.db.bill.findFirstOrThrow({
        where: { companyId: company.id, billingKey: { endsWith: period } },
        include: { lines: { include: { participant: true } } },
      });
      return [...new Set(bill.lines.map((l) => l.participant?.name))].sort();
    };
    const thisMonth = currentPeriod();
    expect(await linesOf(thisMonth)).toEqual(["Andi Pergi", "Budi Tetap"]);
    expect(await linesOf(addMonths(thisMonth, 1))).toEqual(["Budi Tetap"]);
    // The worker keeps their participant record and KPJ.
    expect(await t.db.participant.findUniqueOrThrow({ where: { nik: leaving.nik } })).toMatchObject({
      kpj: expect.stringMatching(/^\d{11}$/),
    });
  });
});

describe("the rest of an employment's life", () => {
  async function clientWithWorkers(...names: string[]) {
    const branch = await createBranch(t.db);
    const officer = sessionUserOf(await createOfficer(t.db, branch.id));
    const workers = names.map((name) => workerValues({ name }));
    const form = umkmFormValues({ workers: JSON.stringify(workers) });
    succeeded(await runAs(t.db, umkmEnrollment, form, { as: officer }));
    const company = await t.db.company.findFirstOrThrow({ where: { nib: String(form.nib) } });
    const employments = await Promise.all(
      workers.map((w) => t.db.employment.findFirstOrThrow({ where: { companyId: company.id, participant: { nik: w.nik } } })),
    );
    return { officer, company, employments, workers };
  }
  const linesOf = async (companyId: string, period: Period) => {
    await runBilling(t.db, period);
    const bill = await t.db.bill.findUnique({ where: { billingKey: `PU:${companyId}:${period}` }, include: { lines: true } });
    return bill?.lines ?? [];
  };

  it("a wage change applies from its month: earlier bills keep the old wage, later ones follow; a billed or past month is refused", async () => {
    const { officer, company, employments } = await clientWithWorkers("Citra Upah");
    const [citra] = employments;
    const now = currentPeriod();
    await linesOf(company.id, now);
    const change = { employmentId: citra!.id, fromPeriod: addMonths(now, 2), wage: "6000000" };
    expectRefused(await runAs(t.db, wageChange, { ...change, fromPeriod: now }, { as: officer }), {
      fromPeriod: "errors.wageChange.billed",
    });
    expectRefused(await runAs(t.db, wageChange, { ...change, fromPeriod: addMonths(now, -1) }, { as: officer }), {
      fromPeriod: "errors.wageChange.past",
    });
    expectRefused(await runAs(t.db, wageChange, { ...change, fromPeriod: "2027-13" }, { as: officer }), { fromPeriod: "errors.period" });
    expectRefused(await runAs(t.db, wageChange, { ...change, wage: "0" }, { as: officer }), { wage: "errors.wage.min?min=1" });
    const stranger = sessionUserOf(await createOfficer(t.db, (await createBranch(t.db, "3671")).id));
    expect(await runAs(t.db, wageChange, change, { as: stranger })).toEqual({ denied: "not-found" });
    expect(await t.db.wageChange.count({ where: { employmentId: citra!.id } })).toBe(0);

    succeeded(await runAs(t.db, wageChange, change, { as: officer }));
    const wageOn = async (period: Period) => [...new Set((await linesOf(company.id, period)).map((l) => l.base))];
    expect(await wageOn(addMonths(now, 1))).toEqual([citra!.monthlyWage]);
    expect((await wageOn(addMonths(now, 2))).sort()).toContain(6_000_000);
    expect((await wageOn(addMonths(now, 3))).sort()).toContain(6_000_000);
    expect(await t.db.auditLog.count({ where: { action: "employment.wage", entityId: citra!.id } })).toBe(1);
  });

  it("a death ends cover: the employment ends, no later bill, heirs kept; reported twice changes nothing more", async () => {
    const { officer, company, employments, workers } = await clientWithWorkers("Dedi Wafat", "Eka Tetap");
    const [dedi] = employments;
    await t.db.heir.create({ data: { participantId: dedi!.participantId, name: "Sri", relationship: "SPOUSE" } });
    const today = jakartaDate();
    expectRefused(await runAs(t.db, employmentEnd, { employmentId: dedi!.id, endDate: "2099-01-01", reason: "DIED" }, { as: officer }), {
      endDate: "errors.employment.tooFarAhead",
    });
    succeeded(await runAs(t.db, employmentEnd, { employmentId: dedi!.id, endDate: today, reason: "DIED" }, { as: officer }));
    expect(await t.db.participant.findUniqueOrThrow({ where: { id: dedi!.participantId } })).toMatchObject({
      status: "DECEASED",
      diedOn: new Date(`${today}T00:00:00Z`),
      kpj: expect.stringMatching(/^\d{11}$/),
    });
    expect(await t.db.heir.count({ where: { participantId: dedi!.participantId } })).toBe(1);
    const next = addMonths(currentPeriod(), 1);
    expect(new Set((await linesOf(company.id, next)).map((l) => l.participantId))).toEqual(new Set([employments[1]!.participantId]));
    expectRefused(
      await runAs(t.db, deathReport, { participantId: dedi!.participantId, diedOn: today }, { as: officer }),
      {},
      "errors.death.already",
    );
    expect(workers).toHaveLength(2);
  });

  it("an owner's death is reported from the client; a future day or another branch's participant is refused", async () => {
    const { officer, company } = await clientWithWorkers("Fajar");
    const ownerId = company.ownerId!;
    expectRefused(await runAs(t.db, deathReport, { participantId: ownerId, diedOn: "2099-01-01" }, { as: officer }), {
      diedOn: "errors.death.future",
    });
    const stranger = sessionUserOf(await createOfficer(t.db, (await createBranch(t.db, "3671")).id));
    expect(await runAs(t.db, deathReport, { participantId: ownerId, diedOn: jakartaDate() }, { as: stranger })).toEqual({
      denied: "not-found",
    });
    succeeded(await runAs(t.db, deathReport, { participantId: ownerId, diedOn: jakartaDate() }, { as: officer }));
    expect((await t.db.participant.findUniqueOrThrow({ where: { id: ownerId } })).status).toBe("DECEASED");
    // The owner's own BPU bills stop too.
    const next = addMonths(currentPeriod(), 1);
    await runBilling(t.db, next);
    expect(await t.db.bill.count({ where: { billingKey: `BPU:${ownerId}:${next}` } })).toBe(0);
  });

  it("a worker who left continues as BPU in one step: same KPJ, own income, billed as BPU from the month after", async () => {
    const { officer, company, employments } = await clientWithWorkers("Gita Lanjut");
    const [gita] = employments;
    const form = { employmentId: gita!.id, income: "2500000", months: "1", jht: "false" };
    expectRefused(await runAs(t.db, continueAsBpu, form, { as: officer }), {}, "errors.bpu.stillEmployed");
    succeeded(await runAs(t.db, employmentEnd, { employmentId: gita!.id, endDate: jakartaDate(), reason: "RESIGNED" }, { as: officer }));
    const before = await t.db.participant.findUniqueOrThrow({ where: { id: gita!.participantId } });
    const next = addMonths(currentPeriod(), 1);
    expect(succeeded(await runAs(t.db, continueAsBpu, form, { as: officer }))).toMatchObject({ fromPeriod: next });
    expectRefused(await runAs(t.db, continueAsBpu, form, { as: officer }), {}, "errors.bpu.already");
    expect(await t.db.participant.findUniqueOrThrow({ where: { id: gita!.participantId } })).toMatchObject({
      category: "BPU",
      kpj: before.kpj,
      programs: ["JKK", "JKM"],
    });
    // This month: the company's last bill for her, no BPU bill yet. Next month: her own BPU bill, not the company's.
    await runBilling(t.db, currentPeriod());
    expect(await t.db.bill.count({ where: { participantId: gita!.participantId } })).toBe(0);
    expect((await linesOf(company.id, next)).some((l) => l.participantId === gita!.participantId)).toBe(false);
    const bill = await t.db.bill.findUniqueOrThrow({
      where: { billingKey: `BPU:${gita!.participantId}:${next}` },
      include: { lines: true },
    });
    expect(bill.category).toBe("BPU");
    expect(await t.db.auditLog.count({ where: { action: "participant.continue_bpu", entityId: gita!.participantId } })).toBe(1);
  });

  it("PU over BPU: a BPU participant an employer enrolls is PU from then on, no longer billed as BPU, and is told", async () => {
    const registration = registrationForm();
    succeeded(await runAs(t.db, bpuSelfRegistration, registration));
    const bpu = await t.db.participant.findUniqueOrThrow({ where: { nik: registration.nik } });
    await t.db.participant.update({ where: { id: bpu.id }, data: { status: "ACTIVE" } });
    const branch = await createBranch(t.db);
    const officer = sessionUserOf(await createOfficer(t.db, branch.id));
    // The sheet's way of writing them: DD/MM/YYYY and L/P.
    const worker = workerValues({ name: registration.name, nik: registration.nik, birthDate: "05/07/1990", gender: "P" });
    succeeded(await runAs(t.db, umkmEnrollment, umkmFormValues({ workers: JSON.stringify([worker]) }), { as: officer }));
    expect(await t.db.participant.findUniqueOrThrow({ where: { id: bpu.id } })).toMatchObject({ category: "PU", kpj: bpu.kpj });
    const told = await t.db.message.findFirstOrThrow({ where: { participantId: bpu.id, template: "puCoverStarted" } });
    expect(told.body).toContain("iuran BPU Anda tidak ditagih lagi");
    const next = addMonths(currentPeriod(), 1);
    await runBilling(t.db, next);
    expect(await t.db.bill.count({ where: { billingKey: `BPU:${bpu.id}:${next}` } })).toBe(0);
  });
});
