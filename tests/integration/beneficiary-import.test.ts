// A sponsor's operator uploads a beneficiary list (issue 16): every row is
// checked against the programme (fields, eligibility, another payer, the
// budget) with a message per row; a list with any problem saves nobody; a clean
// one enrols newcomers as BPU and switches registered BPU participants, in one
// transaction; the same list again adds nobody; another sponsor's operator
// finds nothing.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkBeneficiaryRows, storeBeneficiaryImport } from "../../lib/sponsorship/beneficiary-import";
import { beneficiariesSave } from "../../lib/sponsorship/beneficiary-save";
import { sponsorParticipants } from "../../lib/sponsorship/beneficiaries";
import type { TableRow } from "../../lib/spreadsheets/table-sheet";
import type { BeneficiaryColumn } from "../../lib/sponsorship/beneficiary-row";
import type { Db } from "../../lib/db/prisma";
import { expectRefused, runAs, sessionUserOf, succeeded } from "../support/actions";
import { setupTestDatabase } from "../support/database";
import { makeNik } from "../support/factories";

const t = setupTestDatabase();
let serial = 0;

async function sponsorWithProgramme(db: Db, ceiling = 1_000_000n) {
  const sponsor = await db.sponsor.create({ data: { name: `Pemkab Uji ${randomUUID()}`, kind: "REGENCY", regencyCode: "3601" } });
  const programme = await db.sponsorProgramme.create({
    data: {
      sponsorId: sponsor.id,
      name: "Nelayan Terlindungi",
      legalBasis: "Perbup Pandeglang (uji)",
      funding: "APBD",
      budgetYear: 2027,
      ceiling,
      fromPeriod: "2027-01",
      toPeriod: "2027-06",
      regencyCodes: ["3601"],
      occupations: ["FISHER", "FARMER"],
      minAge: 18,
      maxAge: 65,
    },
  });
  const operator = await db.user.create({
    data: {
      role: "SPONSOR_OPERATOR",
      name: "Operator Uji",
      email: `op-${randomUUID()}@pemkab.test`,
      passwordHash: "x",
      sponsorId: sponsor.id,
    },
  });
  return { sponsor, programme, operator: sessionUserOf(operator) };
}

async function registered(db: Db, category: "BPU" | "PU", birthDate = "1980-03-03") {
  return db.participant.create({
    data: {
      kpj: String(32_000_000_000 + ++serial * 7919 + Math.floor(Math.random() * 1e6)).slice(0, 11),
      nik: makeNik(birthDate, "M"),
      name: "Terdaftar Uji",
      birthDate: new Date(birthDate),
      gender: "M",
      category,
      channel: "SELF",
      regencyCode: "3601",
      occupation: "FISHER",
      programs: ["JKK", "JKM"],
    },
  });
}

const row = (rowNumber: number, values: Partial<Record<BeneficiaryColumn, string>>): TableRow<BeneficiaryColumn> => ({ rowNumber, values });
const newcomer = (rowNumber: number, extra: Partial<Record<BeneficiaryColumn, string>> = {}) => {
  const birthDate = "1985-04-12";
  return row(rowNumber, {
    nik: makeNik(birthDate, "F"),
    name: "Siti Nelayan",
    birthDate: "12/04/1985",
    gender: "P",
    occupation: "nelayan",
    regency: "Kab. Pandeglang",
    ...extra,
  });
};

async function checkAndStore(db: Db, setup: Awaited<ReturnType<typeof sponsorWithProgramme>>, rows: TableRow<BeneficiaryColumn>[]) {
  const checked = await checkBeneficiaryRows(db, setup.programme.id, "2027-01", rows);
  const batch = await storeBeneficiaryImport(
    db,
    {
      programmeId: setup.programme.id,
      fromPeriod: "2027-01",
      createdById: setup.operator.id,
      fileName: "daftar.csv",
      bytes: new Uint8Array([1]),
    },
    checked,
  );
  return { ...checked, batchId: batch.id };
}

describe("a sponsor's beneficiary list", () => {
  it("reports each row's problem against its column, and a list with any problem saves nobody", async () => {
    const setup = await sponsorWithProgramme(t.db);
    const [wageEarner, bpu] = [await registered(t.db, "PU"), await registered(t.db, "BPU")];
    const fine = newcomer(2);
    // Registered with a birth date its NIK does not carry (an old record): the row's date must match the record.
    const mistyped = await registered(t.db, "BPU", "1979-01-01");
    await t.db.participant.update({ where: { id: mistyped.id }, data: { nik: makeNik("1980-01-01", "M") } });
    Object.assign(mistyped, await t.db.participant.findUniqueOrThrow({ where: { id: mistyped.id } }));
    const checked = await checkAndStore(t.db, setup, [
      fine,
      row(3, { nik: bpu.nik, name: bpu.name, birthDate: "1980-03-03", gender: "L" }),
      row(4, { nik: wageEarner.nik, name: wageEarner.name, birthDate: "1980-03-03", gender: "L" }),
      newcomer(5, { regency: "Kota Cilegon" }),
      newcomer(6, { regency: "" }),
      newcomer(7, { regency: "Serang" }),
      newcomer(8, { occupation: "pedagang" }),
      row(9, { ...fine.values }),
      row(10, { nik: "36010212345", name: "Salah", birthDate: "1980-03-01", gender: "L" }),
      row(11, { nik: mistyped.nik, name: "X", birthDate: "1980-01-01", gender: "L" }),
      // A NUL in a cell (PostgreSQL's jsonb cannot hold one): reported like any bad name, the upload kept.
      newcomer(12, { name: "Siti\u0000Nelayan" }),
    ]);
    expect(checked.counts).toEqual({ total: 11, new: 1, switch: 1, skip: 0, error: 9 });
    const errors = Object.fromEntries(checked.rows.flatMap((r) => (r.outcome === "error" ? [[r.rowNumber, r.errors]] : [])));
    expect(errors[4]).toEqual({ row: "errors.sponsor.notBpu" });
    expect(errors[5]).toEqual({ regency: "errors.sponsor.outsideArea" });
    expect(errors[6]).toEqual({ regency: "errors.sponsor.regencyNeeded" });
    expect(errors[7]).toEqual({ regency: "errors.sponsor.regencyAmbiguous" });
    expect(errors[8]).toEqual({ occupation: "errors.sponsor.notOccupation" });
    expect(errors[9]!.nik).toMatch(/^errors\.nik\.duplicateInFile\?row=2/);
    expect(errors[10]!.nik).toMatch(/^errors\.nik\./);
    expect(errors[11]).toEqual({ birthDate: "errors.sponsor.nikOtherPerson" });
    expect(Object.keys(errors[12]!)).toEqual(["name"]);
    // No budget figure while rows need fixing; saving is refused and nothing is written.
    expect(checked.budget).toBeNull();
    const before = await t.db.participant.count();
    expectRefused(
      await runAs(t.db, beneficiariesSave, { batchId: checked.batchId }, { as: setup.operator }),
      {},
      "errors.sponsor.fixFirst",
    );
    expect(await t.db.participant.count()).toBe(before);
    expect(await t.db.sponsorship.count({ where: { programmeId: setup.programme.id } })).toBe(0);
  });

  it("saves a clean list whole: newcomers enrolled as BPU paid by the sponsor, BPU participants switched; again adds nobody", async () => {
    const setup = await sponsorWithProgramme(t.db);
    const bpu = await registered(t.db, "BPU");
    const rows = [
      newcomer(2),
      newcomer(3, { occupation: "Petani", regency: "3601", address: "Kp. Cibaliung" }),
      row(4, { nik: bpu.nik, name: "x", birthDate: "1980-03-03", gender: "L" }),
    ];
    const checked = await checkAndStore(t.db, setup, rows);
    expect(checked.counts).toEqual({ total: 3, new: 2, switch: 1, skip: 0, error: 0 });
    // Six months at 16,800 (APBD money: no PP 50/2025 relief) for three people.
    expect(checked.budget).toEqual({ needed: 3 * 6 * 16_800, remaining: 1_000_000 });

    const saved = succeeded(await runAs(t.db, beneficiariesSave, { batchId: checked.batchId }, { as: setup.operator }));
    expect(saved).toEqual({ count: 3, created: 2, alreadySaved: false });
    const farmer = await t.db.participant.findUniqueOrThrow({ where: { nik: rows[1]!.values.nik! } });
    expect(farmer).toMatchObject({
      category: "BPU",
      channel: "SPONSOR",
      status: "PENDING",
      regencyCode: "3601",
      occupation: "FARMER",
      address: "Kp. Cibaliung",
      declaredIncome: 1_000_000,
      paymentPeriodMonths: 1,
      programs: ["JKK", "JKM"],
      enrolledById: setup.operator.id,
    });
    expect(await t.db.sponsoredMonth.count({ where: { participantId: bpu.id } })).toBe(6);
    expect(await t.db.auditLog.count({ where: { action: "sponsorship.list_saved", entityId: checked.batchId } })).toBe(1);

    // The same batch confirmed twice (a double tap) and the same file again: nobody twice.
    expect(succeeded(await runAs(t.db, beneficiariesSave, { batchId: checked.batchId }, { as: setup.operator }))).toMatchObject({
      count: 3,
      alreadySaved: true,
    });
    const again = await checkAndStore(t.db, setup, rows);
    expect(again.counts).toEqual({ total: 3, new: 0, switch: 0, skip: 3, error: 0 });
    expect(await t.db.sponsorship.count({ where: { programmeId: setup.programme.id } })).toBe(3);
  });

  it("refuses at saving what changed since the check (the budget spent by another list), and keeps nothing of it", async () => {
    const setup = await sponsorWithProgramme(t.db, 120_000n);
    const checked = await checkAndStore(t.db, setup, [newcomer(2)]);
    expect(checked.budget).toEqual({ needed: 100_800, remaining: 120_000 });
    // Meanwhile another list takes most of the budget.
    const other = await registered(t.db, "BPU");
    await t.db.$transaction((tx) =>
      sponsorParticipants(tx, { programmeId: setup.programme.id, participantIds: [other.id], from: "2027-01" }, {}),
    );
    const before = await t.db.participant.count();
    expectRefused(
      await runAs(t.db, beneficiariesSave, { batchId: checked.batchId }, { as: setup.operator }),
      {},
      "errors.sponsor.overBudget?needed=Rp+100.800&remaining=Rp+19.200",
    );
    expect(await t.db.participant.count()).toBe(before);
    expect((await t.db.beneficiaryImport.findUniqueOrThrow({ where: { id: checked.batchId } })).status).toBe("VALIDATED");
  });

  it("is not found by another sponsor's operator", async () => {
    const mine = await sponsorWithProgramme(t.db);
    const theirs = await sponsorWithProgramme(t.db);
    const checked = await checkAndStore(t.db, mine, [newcomer(2)]);
    expectRefused(
      await runAs(t.db, beneficiariesSave, { batchId: checked.batchId }, { as: theirs.operator }),
      {},
      "errors.import.notFound",
    );
    expect(await t.db.sponsorship.count({ where: { programmeId: mine.programme.id } })).toBe(0);
  });
});
