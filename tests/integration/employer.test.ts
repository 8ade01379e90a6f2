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
import { umkmEnrollment } from "../../lib/umkm-enrollment/enroll";
import { saveCheckedImport } from "../../lib/worker-import/batch";
import { expectRefused, runAs, sessionUserOf, succeeded } from "../support/actions";
import { setupTestDatabase } from "../support/database";
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

    expect((await ownedCompanies(t.db, { ownerId: mine.owner.participantId! })).map((c) => c.id)).toEqual([mine.company.id]);
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
      saveCheckedImport(tx, batch.id, { ownerId: mine.owner.participantId! }, { userId: mine.owner.id, role: "WORKER" }),
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
      t.db.$transaction((tx) => saveCheckedImport(tx, batch.id, { ownerId: mine.owner.participantId! }, { userId: mine.owner.id })),
    ).rejects.toThrow("errors.import.notFound");
  });
});
