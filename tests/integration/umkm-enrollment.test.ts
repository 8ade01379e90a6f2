import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../lib/auth/credentials";
import { umkmEnrollment } from "../../lib/umkm-enrollment/enroll";
import { isValidNpp } from "../../lib/domain/identifiers";
import { expectRefused, runAs, sessionUserOf, succeeded } from "../support/actions";
import { setupTestDatabase } from "../support/database";
import { createBranch, createOfficer, umkmFormValues, workerValues } from "../support/records";

const t = setupTestDatabase();
let officer: SessionUser;

beforeAll(async () => {
  const branch = await createBranch(t.db);
  officer = sessionUserOf(await createOfficer(t.db, branch.id));
});

const enroll = (form: Record<string, unknown>) => runAs(t.db, umkmEnrollment, form, { as: officer });

const counts = async () => ({
  companies: await t.db.company.count(),
  participants: await t.db.participant.count(),
  employments: await t.db.employment.count(),
});

describe("enrolling a UMKM with its owner and workers", () => {
  it("creates the company with an NPP, the owner as BPU and the workers as PU, in the officer's branch", async () => {
    const form = umkmFormValues();
    const result = succeeded(await enroll(form));
    expect(isValidNpp(result.npp)).toBe(true);
    const company = await t.db.company.findUniqueOrThrow({
      where: { id: result.companyId },
      include: { owner: true, employments: { include: { participant: true } } },
    });
    expect(company).toMatchObject({ scale: "MICRO", branchId: officer.branchId, riskClass: 2, jpIncluded: false });
    expect(company.owner).toMatchObject({
      category: "BPU",
      channel: "BANK_OFFICER",
      programs: ["JKK", "JKM", "JHT"],
      // Rp 3,000,000 falls in 2,700,000–3,199,999 of the BPU table: base Rp 2,950,000.
      declaredIncome: 3_000_000,
      incomeTier: 2_950_000,
    });
    expect(company.employments.map((e) => e.monthlyWage).sort()).toEqual([3_200_000, 4_500_000]);
    for (const e of company.employments) {
      expect(e.participant).toMatchObject({ category: "PU", branchId: officer.branchId, programs: ["JKK", "JKM", "JHT"] });
    }
  });

  it("links an owner whose NIK is already registered instead of creating a second record", async () => {
    const first = umkmFormValues();
    succeeded(await enroll(first));
    succeeded(await enroll(umkmFormValues({ ownerNik: first.ownerNik, workers: "[]" })));
    expect(await t.db.participant.count({ where: { nik: first.ownerNik } })).toBe(1);
    expect(await t.db.company.count({ where: { owner: { nik: first.ownerNik } } })).toBe(2);
  });

  it("makes JP mandatory for a medium business whatever the form says", async () => {
    const workers = JSON.stringify([workerValues({ wage: "5000000" })]);
    const result = succeeded(await enroll(umkmFormValues({ annualTurnover: "20000000000", workers })));
    const company = await t.db.company.findUniqueOrThrow({ where: { id: result.companyId } });
    expect(company).toMatchObject({ scale: "MEDIUM", jpIncluded: true });
  });

  it("refuses a wage below the UMK of Kota Serang for a medium business, naming the UMK; lets a micro business agree one", async () => {
    const before = await counts();
    // UMK Kota Serang 2026: Rp 4,665,927.94 (Kepgub Banten 703/2025): Rp 4,665,927 is below by 94 sen, Rp 4,665,928 meets it.
    const workers = JSON.stringify([workerValues({ wage: "4665927" }), workerValues({ wage: "4.665.928" })]);
    const medium = await enroll(umkmFormValues({ annualTurnover: "20000000000", workers }));
    expectRefused(medium, { "workers[0].wage": "errors.wage.belowMinimum?kind=UMK&place=Kota+Serang&year=2026&minimum=Rp+4.665.927%2C94" });
    expect(await counts()).toEqual(before);
    succeeded(await enroll(umkmFormValues({ annualTurnover: "1000000000", workers })));
  });

  it("writes nothing when one worker row is wrong, and says which row and field", async () => {
    const before = await counts();
    const workers = JSON.stringify([workerValues(), workerValues({ gender: "P" }), workerValues({ wage: "0" })]);
    const result = await enroll(umkmFormValues({ workers }));
    expectRefused(result, { "workers[1].gender": "errors.nik.genderMismatch", "workers[2].wage": "errors.wage.min?min=1" });
    expect(await counts()).toEqual(before);
  });

  it("refuses a NIB that is already enrolled, and malformed identifiers", async () => {
    const form = umkmFormValues();
    succeeded(await enroll(form));
    const before = await counts();
    const again = await enroll(umkmFormValues({ nib: form.nib }));
    expect(again).toMatchObject({ ok: false, fieldErrors: { nib: "errors.nib.registered" } });
    const bad = await enroll(umkmFormValues({ nib: "123", kbli: "5610", npwp: "12.345" }));
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { nib: "errors.nib.length", kbli: "errors.kbli.length", npwp: "errors.npwp.length" },
    });
    expect(await counts()).toEqual(before);
  });
});
