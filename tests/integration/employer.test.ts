// A UMKM owner manages their own business (issue 16): through the officer's
// own actions and rules, on their own company only; what only the officer does
// (continuing a leaver as BPU, reporting a death) stays the officer's; every
// change is audited as the owner's, and the officer's page lists them.
import { describe, expect, it } from "vitest";
import { addMonths, currentPeriod } from "../../lib/domain/billing-period";
import { jakartaDate } from "../../lib/domain/time";
import { ownedCompanies, ownerChanges } from "../../lib/employer/queries";
import { continueAsBpu } from "../../lib/employment/continue-bpu";
import { deathReport } from "../../lib/employment/death";
import { employmentEnd } from "../../lib/employment/end";
import { wageChange } from "../../lib/employment/wage";
import { managerUpdate } from "../../lib/employer/manager";
import { workersAdd } from "../../lib/pu-enrollment/add-workers";
import { umkmEnrollment } from "../../lib/umkm-enrollment/enroll";
import { saveCheckedImport } from "../../lib/worker-import/batch";
import { expectRefused, runAs, sessionUserOf, succeeded } from "../support/actions";
import { setupTestDatabase } from "../support/database";
import { makeNik } from "../support/factories";
import { createBranch, createOfficer, umkmFormValues, workerValues } from "../support/records";

const t = setupTestDatabase();

/** An officer's client with two workers, and its owner's own worker account. */
async function ownedClient(officer: ReturnType<typeof sessionUserOf>) {
  const form = umkmFormValues({ workers: JSON.stringify([workerValues(), workerValues()]) });
  succeeded(await runAs(t.db, umkmEnrollment, form, { as: officer }));
  const company = await t.db.company.findFirstOrThrow({ where: { nib: String(form.nib) } });
  const employments = await t.db.employment.findMany({ where: { companyId: company.id }, orderBy: { id: "asc" } });
  const account = await t.db.user.create({
    data: { role: "WORKER", name: "Pemilik", passwordHash: "x", participantId: company.ownerId },
  });
  return { company, employments, owner: sessionUserOf(account) };
}

describe("the owner's own business", () => {
  it("the owner ends a job and changes a wage by the officer's rules, on their own company only; the officer sees it", async () => {
    const officer = sessionUserOf(await createOfficer(t.db, (await createBranch(t.db)).id));
    const mine = await ownedClient(officer);
    const theirs = await ownedClient(officer);
    const [first, second] = mine.employments;

    expect((await ownedCompanies(t.db, { participantId: mine.owner.participantId! })).map((c) => c.id)).toEqual([mine.company.id]);
    // Another owner's worker: not found, nothing changed.
    const other = { employmentId: theirs.employments[0]!.id, endDate: jakartaDate(), reason: "RESIGNED" };
    expect(await runAs(t.db, employmentEnd, other, { as: mine.owner })).toEqual({ denied: "not-found" });
    expect((await t.db.employment.findUniqueOrThrow({ where: { id: other.employmentId } })).endDate).toBeNull();
    // The same rules as the officer's: a last day before the start is refused.
    expectRefused(await runAs(t.db, employmentEnd, { ...other, employmentId: first!.id, endDate: "2000-01-01" }, { as: mine.owner }), {
      endDate: "errors.employment.beforeStart",
    });

    succeeded(
      await runAs(t.db, employmentEnd, { employmentId: first!.id, endDate: jakartaDate(), reason: "RESIGNED" }, { as: mine.owner }),
    );
    const change = { employmentId: second!.id, fromPeriod: addMonths(currentPeriod(), 2), wage: "5500000" };
    succeeded(await runAs(t.db, wageChange, change, { as: mine.owner }));
    expect(await t.db.auditLog.findMany({ where: { actorId: mine.owner.id }, select: { action: true, actorRole: true } })).toEqual(
      expect.arrayContaining([
        { action: "employment.end", actorRole: "WORKER" },
        { action: "employment.wage", actorRole: "WORKER" },
      ]),
    );
    expect((await ownerChanges(t.db, mine.company.id)).map((c) => c.action).sort()).toEqual(["employment.end", "employment.wage"]);
    expect(await ownerChanges(t.db, theirs.company.id)).toEqual([]);

    // The officer's own acts stay the officer's.
    expect(await runAs(t.db, continueAsBpu, { employmentId: first!.id, income: "1500000", months: "1" }, { as: mine.owner })).toEqual({
      denied: "not-found",
    });
    expect(await runAs(t.db, deathReport, { participantId: first!.participantId, diedOn: jakartaDate() }, { as: mine.owner })).toEqual({
      denied: "not-found",
    });
  });

  it("workers the owner imports are theirs to account for: saved by the same path, counted as the owner's channel", async () => {
    const officer = sessionUserOf(await createOfficer(t.db, (await createBranch(t.db)).id));
    const mine = await ownedClient(officer);
    const worker = workerValues({ name: "Rudi Baru" });
    // As the check stored it (lib/worker-import/stored.ts): parsed, not as typed in the sheet.
    const row = { nik: worker.nik, name: worker.name, birthDate: "1991-02-03", gender: "M", wage: 5_000_000, startDate: jakartaDate() };
    const batch = await t.db.importBatch.create({
      data: {
        branchId: mine.company.branchId!,
        companyId: mine.company.id,
        createdById: mine.owner.id,
        fileName: "pekerja.csv",
        fileSha256: "0".repeat(64),
        totalRows: 1,
        validRows: 1,
        errorRows: 0,
        rows: [{ rowNumber: 2, outcome: "new", row }],
        problems: [],
      },
    });
    const saved = await t.db.$transaction((tx) =>
      saveCheckedImport(tx, batch.id, { participantId: mine.owner.participantId! }, { userId: mine.owner.id, role: "WORKER" }),
    );
    expect(saved).toMatchObject({ savedCount: 1, created: 1 });
    expect(await t.db.participant.findUniqueOrThrow({ where: { nik: worker.nik } })).toMatchObject({
      channel: "EMPLOYER",
      category: "PU",
      enrolledById: mine.owner.id,
    });
    expect((await ownerChanges(t.db, mine.company.id)).map((c) => c.action)).toEqual(["company.import_workers"]);
  });

  it("an import of another owner's business is not found for the owner", async () => {
    const officer = sessionUserOf(await createOfficer(t.db, (await createBranch(t.db)).id));
    const mine = await ownedClient(officer);
    const theirs = await ownedClient(officer);
    const batch = await t.db.importBatch.create({
      data: {
        branchId: theirs.company.branchId!,
        companyId: theirs.company.id,
        createdById: officer.id,
        fileName: "x.csv",
        fileSha256: "0".repeat(64),
        totalRows: 0,
        validRows: 0,
        errorRows: 0,
        rows: [],
        problems: [],
      },
    });
    await expect(
      t.db.$transaction((tx) => saveCheckedImport(tx, batch.id, { participantId: mine.owner.participantId! }, { userId: mine.owner.id })),
    ).rejects.toThrow("errors.import.notFound");
  });

  it("a worker added by the form: the owner's under the owner's channel, the officer's under BJB's; one already here saves nobody", async () => {
    const officer = sessionUserOf(await createOfficer(t.db, (await createBranch(t.db)).id));
    const mine = await ownedClient(officer);
    const theirs = await ownedClient(officer);
    const byOwner = workerValues({ name: "Rina Baru", nik: makeNik("1991-02-03", "F"), gender: "P" });
    const added = succeeded(
      await runAs(t.db, workersAdd, { companyId: mine.company.id, workers: JSON.stringify([byOwner]) }, { as: mine.owner }),
    );
    expect(added).toEqual({ companyId: mine.company.id, added: 1 });
    expect(await t.db.participant.findUniqueOrThrow({ where: { nik: byOwner.nik } })).toMatchObject({
      channel: "EMPLOYER",
      category: "PU",
      enrolledById: mine.owner.id,
    });
    expect((await ownerChanges(t.db, mine.company.id)).map((c) => [c.action, c.by])).toEqual([["company.add_workers", "Pemilik"]]);

    const byOfficer = workerValues({ name: "Joko Baru" });
    succeeded(await runAs(t.db, workersAdd, { companyId: mine.company.id, workers: JSON.stringify([byOfficer]) }, { as: officer }));
    expect((await t.db.participant.findUniqueOrThrow({ where: { nik: byOfficer.nik } })).channel).toBe("BANK_OFFICER");

    // A new worker and one who already works here: the form points at the second, and neither is saved.
    const fresh = workerValues({ name: "Tono Baru" });
    const before = await t.db.employment.count({ where: { companyId: mine.company.id } });
    expectRefused(
      await runAs(t.db, workersAdd, { companyId: mine.company.id, workers: JSON.stringify([fresh, byOwner]) }, { as: mine.owner }),
      { "workers[1].nik": "errors.nik.worksHere" },
    );
    expect(await t.db.participant.findUnique({ where: { nik: fresh.nik } })).toBeNull();
    expect(await t.db.employment.count({ where: { companyId: mine.company.id } })).toBe(before);
    // Another owner's business: not found, nobody added; an empty list is refused.
    expect(await runAs(t.db, workersAdd, { companyId: theirs.company.id, workers: JSON.stringify([fresh]) }, { as: mine.owner })).toEqual({
      denied: "not-found",
    });
    expectRefused(await runAs(t.db, workersAdd, { companyId: mine.company.id, workers: "[]" }, { as: mine.owner }), {
      workers: "errors.workers.none",
    });
    expect(await t.db.participant.findUnique({ where: { nik: fresh.nik } })).toBeNull();
  });

  it("a manager the officer names signs in with their own account and manages the business as its owner does, until withdrawn", async () => {
    const branch = await createBranch(t.db);
    const officer = sessionUserOf(await createOfficer(t.db, branch.id));
    const mine = await ownedClient(officer);
    // The manager: one of the business's workers, with their own account.
    const clerk = await t.db.participant.findUniqueOrThrow({ where: { id: mine.employments[0]!.participantId } });
    await t.db.participant.update({ where: { id: clerk.id }, data: { email: "admin.usaha@contoh.test" } });
    const manager = sessionUserOf(
      await t.db.user.create({ data: { role: "WORKER", name: "Admin Usaha", passwordHash: "x", participantId: clerk.id } }),
    );
    const scope = { participantId: clerk.id };
    expect(await ownedCompanies(t.db, scope)).toEqual([]);

    // Who cannot be named: nobody registered, the owner; another branch's officer does not find the client.
    const unknown = workerValues().nik;
    expectRefused(await runAs(t.db, managerUpdate, { companyId: mine.company.id, managerNik: unknown }, { as: officer }), {
      managerNik: "errors.manager.unknown",
    });
    const owner = await t.db.participant.findUniqueOrThrow({ where: { id: mine.company.ownerId! } });
    expectRefused(await runAs(t.db, managerUpdate, { companyId: mine.company.id, managerNik: owner.nik }, { as: officer }), {
      managerNik: "errors.manager.owner",
    });
    const elsewhere = sessionUserOf(await createOfficer(t.db, (await createBranch(t.db)).id));
    expect(await runAs(t.db, managerUpdate, { companyId: mine.company.id, managerNik: clerk.nik }, { as: elsewhere })).toEqual({
      denied: "not-found",
    });
    // The owner cannot name one themself (the officer checks who it is).
    expect(await runAs(t.db, managerUpdate, { companyId: mine.company.id, managerNik: clerk.nik }, { as: mine.owner })).toMatchObject({
      denied: expect.any(String),
    });

    succeeded(await runAs(t.db, managerUpdate, { companyId: mine.company.id, managerNik: clerk.nik }, { as: officer }));
    expect((await ownedCompanies(t.db, scope)).map((c) => c.id)).toEqual([mine.company.id]);
    expect(
      await t.db.message.findMany({
        where: { template: { in: ["managerNamed", "managerNamedOwner"] } },
        select: { template: true, participantId: true },
      }),
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ template: "managerNamed", participantId: clerk.id }),
        expect.objectContaining({ template: "managerNamedOwner", participantId: owner.id }),
      ]),
    );
    // The manager acts by the same rules; the officer's list says who did it.
    const second = mine.employments[1]!;
    succeeded(await runAs(t.db, employmentEnd, { employmentId: second.id, endDate: jakartaDate(), reason: "RESIGNED" }, { as: manager }));
    expect((await ownerChanges(t.db, mine.company.id)).map((c) => [c.action, c.by])).toEqual([["employment.end", "Admin Usaha"]]);

    // Withdrawn: the business is out of reach again.
    succeeded(await runAs(t.db, managerUpdate, { companyId: mine.company.id, managerNik: "" }, { as: officer }));
    expect(await ownedCompanies(t.db, scope)).toEqual([]);
    const change = { employmentId: mine.employments[0]!.id, fromPeriod: addMonths(currentPeriod(), 2), wage: "5500000" };
    expect(await runAs(t.db, wageChange, change, { as: manager })).toEqual({ denied: "not-found" });
    expect(await t.db.auditLog.count({ where: { action: "company.manager", entityId: mine.company.id } })).toBe(2);
  });
});
