// Ending an employment (issue 14): the officer records the last day and why;
// the company is billed for that month and no later; the worker keeps the KPJ.
import { describe, expect, it } from "vitest";
import { runBilling } from "../../lib/billing/run";
import { addMonths, currentPeriod } from "../../lib/domain/billing-period";
import { jakartaDate } from "../../lib/domain/time";
import { employmentEnd } from "../../lib/employment/end";
import { umkmEnrollment } from "../../lib/umkm-enrollment/enroll";
import { expectRefused, runAs, sessionUserOf, succeeded } from "../support/actions";
import { setupTestDatabase } from "../support/database";
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
