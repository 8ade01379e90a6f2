import { beforeAll, describe, expect, it } from "vitest";
import { submitUmkmEnrollment } from "../../lib/umkm-enrollment/submit";
import { isValidNpp } from "../../lib/domain/identifiers";
import { setupTestDatabase } from "../support/database";
import { toFormData } from "../support/factories";
import { createBranch, createOfficer, umkmFormValues, workerValues } from "../support/records";

const t = setupTestDatabase();
let officer: { userId: string; branchId: string; role: "BANK_OFFICER" };

beforeAll(async () => {
  const branch = await createBranch(t.db);
  const user = await createOfficer(t.db, branch.id);
  officer = { userId: user.id, branchId: branch.id, role: "BANK_OFFICER" };
});


const counts = async () => ({
  companies: await t.db.company.count(),
  participants: await t.db.participant.count(),
  employments: await t.db.employment.count(),
});

describe("enrolling a UMKM with its owner and workers", () => {
  it("creates the company with an NPP, the owner as BPU and the workers as PU, in the officer's branch", async () => {
    const form = umkmFormValues();
    const result = await submitUmkmEnrollment(t.db, toFormData(form), officer);
    expect(result.status).toBe("enrolled");
    if (result.status !== "enrolled") return;
    expect(isValidNpp(result.npp)).toBe(true);
    const company = await t.db.company.findUniqueOrThrow({
      where: { id: result.companyId },
      include: { owner: true, employments: { include: { participant: true } } },
    });
    expect(company).toMatchObject({ scale: "MICRO", branchId: officer.branchId, riskClass: 2, jpIncluded: false });
    expect(company.owner).toMatchObject({ category: "BPU", channel: "BANK_OFFICER", programs: ["JKK", "JKM", "JHT"], incomeTier: 3_000_000 });
    expect(company.employments.map((e) => e.monthlyWage).sort()).toEqual([3_200_000, 4_500_000]);
    for (const e of company.employments) {
      expect(e.participant).toMatchObject({ category: "PU", branchId: officer.branchId, programs: ["JKK", "JKM", "JHT"] });
    }
  });

  it("links an owner whose NIK is already registered instead of creating a second record", async () => {
    const first = umkmFormValues();
    await submitUmkmEnrollment(t.db, toFormData(first), officer);
    const second = await submitUmkmEnrollment(t.db, toFormData(umkmFormValues({ ownerNik: first.ownerNik, workers: "[]" })), officer);
    expect(second.status).toBe("enrolled");
    expect(await t.db.participant.count({ where: { nik: first.ownerNik } })).toBe(1);
    expect(await t.db.company.count({ where: { owner: { nik: first.ownerNik } } })).toBe(2);
  });

  it("makes JP mandatory for a medium business whatever the form says", async () => {
    const result = await submitUmkmEnrollment(t.db, toFormData(umkmFormValues({ annualTurnover: "20000000000" })), officer);
    if (result.status !== "enrolled") throw new Error(JSON.stringify(result));
    const company = await t.db.company.findUniqueOrThrow({ where: { id: result.companyId } });
    expect(company).toMatchObject({ scale: "MEDIUM", jpIncluded: true });
  });

  it("writes nothing when one worker row is wrong, and says which row and field", async () => {
    const before = await counts();
    const workers = JSON.stringify([workerValues(), workerValues({ gender: "P" }), workerValues({ wage: "0" })]);
    const result = await submitUmkmEnrollment(t.db, toFormData(umkmFormValues({ workers })), officer);
    expect(result).toEqual({
      status: "error",
      fieldErrors: {},
      workerErrors: { 1: { gender: "errors.nik.genderMismatch" }, 2: { wage: "errors.wage.min?min=1" } },
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses a NIB that is already enrolled, and malformed identifiers", async () => {
    const form = umkmFormValues();
    await submitUmkmEnrollment(t.db, toFormData(form), officer);
    const before = await counts();
    const again = await submitUmkmEnrollment(t.db, toFormData(umkmFormValues({ nib: form.nib })), officer);
    expect(again).toMatchObject({ status: "error", fieldErrors: { nib: "errors.nib.registered" } });
    const bad = await submitUmkmEnrollment(t.db, toFormData(umkmFormValues({ nib: "123", kbli: "5610", npwp: "12.345" })), officer);
    expect(bad).toMatchObject({
      status: "error",
      fieldErrors: { nib: "errors.nib.length", kbli: "errors.kbli.length", npwp: "errors.npwp.length" },
    });
    expect(await counts()).toEqual(before);
  });
});
