import { beforeAll, describe, expect, it } from "vitest";
import {
  ImportNotFound,
  SAVE_TRANSACTION,
  checkWorkerRows,
  saveCheckedImport,
  sha256,
  storeCheckedImport,
} from "../../lib/worker-import/batch";
import { parseWorkerSheet, WORKER_SHEET } from "../../lib/worker-import/spreadsheet";
import { errorReportXlsx, templateCsv, templateXlsx } from "../../lib/spreadsheets/table-sheet";
import { setupTestDatabase } from "../support/database";
import { createBranch, createCompany, createOfficer, csvOf, workerValues } from "../support/records";
import { makeNik } from "../support/factories";

const t = setupTestDatabase();
let branch: { id: string };
let officer: { id: string };

beforeAll(async () => {
  branch = await createBranch(t.db);
  officer = await createOfficer(t.db, branch.id);
});

async function upload(companyId: string, bytes: Uint8Array, fileName = "pekerja.csv") {
  const sheet = await parseWorkerSheet(fileName, bytes);
  if (!sheet.ok) throw new Error(`sheet: ${sheet.error}`);
  const company = await t.db.company.findUniqueOrThrow({ where: { id: companyId } });
  const checked = await checkWorkerRows(t.db, company, sheet.rows);
  const batch = await storeCheckedImport(
    t.db,
    { branchId: branch.id, companyId, createdById: officer.id, fileName, fileSha256: sha256(bytes) },
    checked,
  );
  return { checked, batch };
}

// As a script saves an import outside the action: saveCheckedImport runs in the caller's transaction.
const save = (batchId: string, branchId = branch.id) =>
  t.db.$transaction((tx) => saveCheckedImport(tx, batchId, { branchId }, { userId: officer.id, role: "BANK_OFFICER" }), SAVE_TRANSACTION);
const workersOf = (companyId: string) => t.db.employment.count({ where: { companyId } });

describe("worker spreadsheet import", () => {
  it("reports every row before saving anything: bad cells, duplicates inside the file", async () => {
    const company = await createCompany(t.db, branch.id);
    const good = [workerValues(), workerValues({ gender: "Perempuan", nik: makeNik("1995-12-31", "F"), birthDate: "1995-12-31" })];
    const rows = [
      ...good,
      workerValues({ gender: "P" }), // disagrees with its (male) NIK
      { ...good[0], name: "Budi Lain" }, // same NIK as row 2
      workerValues({ wage: "4.500.000,50", nik: "123" }),
    ];
    const { checked } = await upload(company.id, csvOf(rows));
    expect(checked.counts).toEqual({ total: 5, new: 2, link: 0, skip: 0, error: 3 });
    const errors = checked.rows.flatMap((r) => (r.outcome === "error" ? [[r.rowNumber, r.errors]] : []));
    expect(errors).toEqual([
      [4, { gender: "errors.nik.genderMismatch" }],
      [5, { nik: "errors.nik.duplicateInFile?row=2" }],
      [6, { nik: "errors.nik.length", wage: "errors.wage.number" }],
    ]);
    expect(await workersOf(company.id)).toBe(0);
  });

  it("checks wages against the UMK of the company's regency: refused below it for a medium business, saved with a warning for a micro one", async () => {
    // UMK Kota Cilegon 2026: Rp 5,469,922.59 (Kepgub Banten 703/2025).
    const rows = () => [workerValues({ wage: "5469922" }), workerValues({ wage: "5.469.923" }), workerValues({ wage: "3000000" })];
    const below = "errors.wage.belowMinimum?kind=UMK&place=Kota+Cilegon&year=2026&minimum=Rp+5.469.922%2C59";
    const agreed = "errors.wage.belowMinimumAgreed?kind=UMK&place=Kota+Cilegon&year=2026&minimum=Rp+5.469.922%2C59";

    const medium = await createCompany(t.db, branch.id, { scale: "MEDIUM", regencyCode: "3672" });
    const mediumCheck = await upload(medium.id, csvOf(rows()));
    expect(mediumCheck.checked.counts).toEqual({ total: 3, new: 1, link: 0, skip: 0, error: 2 });
    expect(mediumCheck.checked.rows.flatMap((r) => (r.outcome === "error" ? [[r.rowNumber, r.errors]] : []))).toEqual([
      [2, { wage: below }],
      [4, { wage: below }],
    ]);
    expect(await save(mediumCheck.batch.id)).toMatchObject({ created: 1 });

    const micro = await createCompany(t.db, branch.id, { scale: "MICRO", regencyCode: "3672" });
    const microCheck = await upload(micro.id, csvOf(rows()));
    expect(microCheck.checked.counts).toEqual({ total: 3, new: 3, link: 0, skip: 0, error: 0 });
    expect(microCheck.checked.rows.map((r) => (r.outcome === "error" ? "error" : (r.warnings ?? null)))).toEqual([
      { wage: agreed },
      null,
      { wage: agreed },
    ]);
    expect(await save(microCheck.batch.id)).toMatchObject({ created: 3 });
    expect(await workersOf(micro.id)).toBe(3);
  });

  it("saves the valid rows in one go, and a re-upload of the same file adds nobody twice", async () => {
    const company = await createCompany(t.db, branch.id);
    const file = csvOf([workerValues(), workerValues(), workerValues({ nik: "bukan nik" })]);
    const first = await upload(company.id, file);
    expect(await save(first.batch.id)).toMatchObject({ alreadySaved: false, created: 2, linked: 0 });
    expect(await workersOf(company.id)).toBe(2);
    // Confirming the same batch twice (a double click) saves nothing more.
    expect(await save(first.batch.id)).toEqual({ alreadySaved: true, savedCount: 2 });

    const again = await upload(company.id, file);
    expect(again.checked.counts).toMatchObject({ new: 0, skip: 2, error: 1 });
    expect(await save(again.batch.id)).toMatchObject({ created: 0, linked: 0, skipped: 2 });
    expect(await workersOf(company.id)).toBe(2);
    const audit = await t.db.auditLog.findMany({ where: { entityId: company.id, action: "company.import_workers" } });
    expect(audit).toHaveLength(2);
  });

  it("links a worker already registered elsewhere instead of creating a second participant", async () => {
    const [a, b] = [await createCompany(t.db, branch.id), await createCompany(t.db, branch.id)];
    const worker = workerValues();
    await save((await upload(a.id, csvOf([worker]))).batch.id);
    const second = await upload(b.id, csvOf([worker]));
    expect(second.checked.counts).toMatchObject({ new: 0, link: 1 });
    await save(second.batch.id);
    expect(await t.db.participant.count({ where: { nik: worker.nik } })).toBe(1);
    expect(await t.db.employment.count({ where: { participant: { nik: worker.nik } } })).toBe(2);
  });

  it("saves nothing when the database fails in the middle of the save", async () => {
    const company = await createCompany(t.db, branch.id);
    const rows = Array.from({ length: 50 }, () => workerValues());
    const poisoned = rows[37].nik;
    // A real failure inside the transaction, after other rows were inserted.
    await t.db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION refuse_nik() RETURNS trigger AS $$
      BEGIN IF NEW.nik = '${poisoned}' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;
      CREATE TRIGGER refuse_nik BEFORE INSERT ON "Participant" FOR EACH ROW EXECUTE FUNCTION refuse_nik();`);
    try {
      const { batch } = await upload(company.id, csvOf(rows));
      await expect(save(batch.id)).rejects.toThrow();
      expect(await workersOf(company.id)).toBe(0);
      expect(await t.db.participant.count({ where: { nik: { in: rows.map((r) => r.nik) } } })).toBe(0);
      expect((await t.db.importBatch.findUniqueOrThrow({ where: { id: batch.id } })).status).toBe("VALIDATED");
    } finally {
      await t.db.$executeRawUnsafe(`DROP TRIGGER refuse_nik ON "Participant"`);
    }
  });

  it("sends the workers of a sheet that needed many corrections to the review queue, and not those of a clean one", async () => {
    const company = await createCompany(t.db, branch.id);
    const fixed = Array.from({ length: 6 }, () => workerValues());
    // First try: 6 rows with a bad NIK (corrections needed), 2 good; not saved.
    await upload(company.id, csvOf([...fixed.map((w) => ({ ...w, nik: "salah" })), workerValues(), workerValues()]));
    // The corrected sheet, saved: 6 fixed rows among 8, above 5 rows and 20%.
    const corrected = await upload(company.id, csvOf([...fixed, workerValues(), workerValues()]));
    expect(await save(corrected.batch.id)).toMatchObject({ created: 8 });
    const cases = await t.db.reviewCase.findMany({ where: { participant: { employments: { some: { companyId: company.id } } } } });
    expect(cases).toHaveLength(8);
    expect(new Set(cases.map((c) => c.reason))).toEqual(new Set(["IMPORT_MANY_CORRECTIONS"]));
    const audit = await t.db.auditLog.findFirst({ where: { action: "company.import_workers", entityId: company.id } });
    expect(audit?.after).toMatchObject({ flaggedForReview: 8 });

    // A later clean sheet for the same company counts from that save: no case.
    const clean = await upload(company.id, csvOf([workerValues(), workerValues(), workerValues({ nik: "salah" })]));
    expect(await save(clean.batch.id)).toMatchObject({ created: 2 });
    expect(await t.db.reviewCase.count({ where: { participant: { employments: { some: { companyId: company.id } } } } })).toBe(8);
  });

  it("refuses to save another branch's import as if it did not exist", async () => {
    const company = await createCompany(t.db, branch.id);
    const { batch } = await upload(company.id, csvOf([workerValues()]));
    const otherBranch = await createBranch(t.db);
    await expect(save(batch.id, otherBranch.id)).rejects.toBeInstanceOf(ImportNotFound);
    expect(await workersOf(company.id)).toBe(0);
  });

  it("reads its own templates and writes an error report with a note on each bad cell", async () => {
    const csv = await parseWorkerSheet("template.csv", new TextEncoder().encode(templateCsv(WORKER_SHEET)));
    expect(csv.ok && csv.rows[0].values.nik).toBe("3673014507900001");
    const xlsx = await parseWorkerSheet("template.xlsx", await templateXlsx(WORKER_SHEET));
    expect(xlsx.ok && xlsx.rows[0].values).toMatchObject({ nik: "3673014507900001", gender: "P", wage: "4500000" });
    expect(await parseWorkerSheet("data.pdf", new Uint8Array([1, 2]))).toEqual({
      ok: false,
      error: "format",
      message: "errors.sheet.format",
    });
    expect(await parseWorkerSheet("x.csv", new TextEncoder().encode("Nama;Upah\nA;1"))).toMatchObject({
      ok: false,
      error: "headers",
      message: "errors.sheet.headers?missing=NIK%2C+Tanggal+Lahir%2C+Jenis+Kelamin",
    });

    const report = await errorReportXlsx(
      WORKER_SHEET,
      [{ rowNumber: 4, values: { nik: "123", name: "A" }, messages: { nik: "NIK harus 16 angka." } }],
      "Keterangan",
    );
    // The officer can fix the report itself and upload it again.
    const back = await parseWorkerSheet("report.xlsx", report);
    expect(back.ok && back.rows[0].values).toMatchObject({ nik: "123", name: "A" });
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(report.buffer as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(2).getCell(2).note).toBe("NIK harus 16 angka.");
    expect(sheet.getRow(2).getCell(10).value).toBe("NIK harus 16 angka.");
  });
});
