// Heirs (issue 14): a worker names and removes their own heirs, audited; the
// officer of their employer's branch sees names and relationships.
import { describe, expect, it } from "vitest";
import { accessOf } from "../../lib/auth/access";
import { branchScope } from "../../lib/auth/scope";
import { bpuSelfRegistration } from "../../lib/bpu-registration/register";
import { HEIRS_MAX, heirAddition, heirRemoval } from "../../lib/heirs/heirs";
import { findClient } from "../../lib/officer/clients";
import { clientWorkers, workerFiltersSchema } from "../../lib/officer/client-workers";
import { umkmEnrollment } from "../../lib/umkm-enrollment/enroll";
import { expectRefused, runAs, sessionUserOf, succeeded } from "../support/actions";
import { setupTestDatabase } from "../support/database";
import { makeNik, registrationForm } from "../support/factories";
import { createBranch, createOfficer, umkmFormValues } from "../support/records";

const t = setupTestDatabase();

async function workerSession() {
  const form = registrationForm();
  succeeded(await runAs(t.db, bpuSelfRegistration, form));
  const user = await t.db.user.findFirstOrThrow({ where: { participant: { nik: form.nik } } });
  return sessionUserOf(user);
}

describe("heirs", () => {
  it("are named and removed by the worker alone, each change audited; bad input changes nothing", async () => {
    const as = await workerSession();
    const spouse = { name: "Dewi Lestari", relationship: "SPOUSE", nik: makeNik("1992-02-02", "F"), phone: "0812 3456 7801" };
    const { heirId } = succeeded(await runAs(t.db, heirAddition, spouse, { as }));
    succeeded(await runAs(t.db, heirAddition, { name: "Raka", relationship: "CHILD", nik: "", phone: "" }, { as }));
    expect(await t.db.heir.findMany({ where: { participantId: as.participantId! }, orderBy: { createdAt: "asc" } })).toMatchObject([
      { name: "Dewi Lestari", relationship: "SPOUSE", nik: spouse.nik, phone: "+6281234567801" },
      { name: "Raka", relationship: "CHILD", nik: null, phone: null },
    ]);

    expect(await runAs(t.db, heirAddition, { ...spouse, nik: "1234" }, { as })).toMatchObject({
      ok: false,
      fieldErrors: { nik: expect.stringMatching(/^errors\.nik\./) },
    });
    expect(await runAs(t.db, heirAddition, { ...spouse, phone: "12" }, { as })).toMatchObject({
      ok: false,
      fieldErrors: { phone: expect.any(String) },
    });
    expectRefused(await runAs(t.db, heirAddition, { ...spouse, relationship: "TETANGGA" }, { as }), { relationship: "errors.required" });
    expect(await t.db.heir.count({ where: { participantId: as.participantId! } })).toBe(2);

    // Another worker cannot remove it: not found.
    const other = await workerSession();
    expect(await runAs(t.db, heirRemoval, { heirId }, { as: other })).toEqual({ denied: "not-found" });
    succeeded(await runAs(t.db, heirRemoval, { heirId }, { as }));
    // Removed twice (a double tap): the second does nothing, and is no error.
    succeeded(await runAs(t.db, heirRemoval, { heirId }, { as }));
    expect(await t.db.heir.count({ where: { participantId: as.participantId! } })).toBe(1);
    expect(
      await t.db.auditLog.findMany({ where: { entityId: as.participantId!, action: { startsWith: "heir." } }, select: { action: true } }),
    ).toEqual([{ action: "heir.add" }, { action: "heir.add" }, { action: "heir.remove" }]);

    for (let i = 1; i < HEIRS_MAX; i++)
      succeeded(await runAs(t.db, heirAddition, { name: `Anak ${"I".repeat(i)}`, relationship: "CHILD" }, { as }));
    expectRefused(
      await runAs(t.db, heirAddition, { name: "Satu Lagi", relationship: "OTHER" }, { as }),
      {},
      `errors.heirs.tooMany?max=${HEIRS_MAX}`,
    );
  });

  it("are seen by the officer of the employer's branch, names and relationships only", async () => {
    const branch = await createBranch(t.db);
    const officerUser = await createOfficer(t.db, branch.id);
    const form = umkmFormValues();
    succeeded(await runAs(t.db, umkmEnrollment, form, { as: sessionUserOf(officerUser) }));
    const company = await t.db.company.findFirstOrThrow({ where: { nib: String(form.nib) } });
    const worker = await t.db.employment.findFirstOrThrow({ where: { companyId: company.id } });
    await t.db.heir.create({
      data: { participantId: worker.participantId, name: "Sari", relationship: "PARENT", nik: makeNik("1960-01-01", "F") },
    });

    const client = await findClient(t.db, branchScope(accessOf("client.read", sessionUserOf(officerUser))), company.id);
    const { workers } = await clientWorkers(t.db, client!.id, workerFiltersSchema.parse({}));
    const seen = workers.find((e) => e.participantId === worker.participantId)!.participant.heirs;
    expect(seen).toEqual([{ name: "Sari", relationship: "PARENT" }]);
  });
});
