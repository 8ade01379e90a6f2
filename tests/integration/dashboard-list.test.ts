import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { participantsCsv, participantsXlsx, type ExportLabels } from "../../lib/dashboard/export";
import { dashboardFilters } from "../../lib/dashboard/filters";
import { listParticipants } from "../../lib/dashboard/participants";
import { insertParticipants } from "../../lib/db/bulk";
import { dashboardReader } from "../support/actions";
import { setupTestDatabase } from "../support/database";
import { makeNik } from "../support/factories";

const t = setupTestDatabase();
const admin = dashboardReader();
const labels: ExportLabels = {
  title: "Daftar peserta",
  filters: [["Kabupaten/kota", "Kota Cilegon"]],
  columns: {
    kpj: "KPJ",
    nik: "NIK",
    name: "Nama",
    category: "Kepesertaan",
    channel: "Jalur",
    status: "Status",
    regency: "Wilayah",
    createdAt: "Terdaftar",
  },
};
let niks: string[];

beforeAll(async () => {
  niks = Array.from({ length: 120 }, (_, i) => makeNik(`1990-01-${String((i % 28) + 1).padStart(2, "0")}`, "M"));
  await t.db.$transaction((tx) =>
    insertParticipants(
      tx,
      { category: "PU", channel: "STAFF", regencyCode: "3672", programs: ["JKK", "JKM"], branchId: null, enrolledById: null },
      niks.map((nik, i) => ({
        kpj: String(77_000_000_000 + i),
        nik,
        name: `Pekerja ${i}`,
        birthPlace: null,
        birthDate: "1990-01-01",
        gender: "M",
        phone: null,
      })),
    ),
  );
});

const text = async (stream: ReadableStream<Uint8Array>) => new Response(stream).text();

describe("the participant list behind the dashboard", () => {
  it("pages through every match once, newest first, with NIK masked", async () => {
    const filters = dashboardFilters({ regency: "3672" }, admin);
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await listParticipants(t.db, filters, after, 50);
      seen.push(...page.rows.map((r) => r.kpj));
      for (const r of page.rows) expect(r.nik).toMatch(/^\d{4}\*{8}\d{4}$/);
      after = page.next;
    } while (after);
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
    expect((await listParticipants(t.db, dashboardFilters({ regency: "3601" }, admin))).rows).toEqual([]);
    expect((await listParticipants(t.db, dashboardFilters({ regency: "3672", asOf: "2015-01-01" }, admin))).rows).toEqual([]);
  });

  it("exports CSV with the filters written at the top and no full NIK", async () => {
    const csv = await text(participantsCsv(t.db, dashboardFilters({ regency: "3672" }, admin), labels));
    const lines = csv
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .filter(Boolean);
    expect(lines.slice(0, 3)).toEqual([
      "Daftar peserta",
      "Kabupaten/kota,Kota Cilegon",
      "KPJ,NIK,Nama,Kepesertaan,Jalur,Status,Wilayah,Terdaftar",
    ]);
    expect(lines).toHaveLength(3 + 120);
    for (const nik of niks) expect(csv).not.toContain(nik);
  });

  it("exports XLSX that opens with the same rows", async () => {
    const bytes = new Uint8Array(
      await new Response(participantsXlsx(t.db, dashboardFilters({ regency: "3672" }, admin), labels)).arrayBuffer(),
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe("Daftar peserta");
    expect(sheet.getRow(2).values).toEqual([undefined, "Kabupaten/kota", "Kota Cilegon"]);
    expect(sheet.rowCount).toBe(4 + 120);
    expect(String(sheet.getRow(5).getCell(2).value)).toMatch(/^\d{4}\*{8}\d{4}$/);
  });
});

describe("the dashboard summary export", () => {
  it("writes the filters, the figures, the regencies and the trend, as CSV and XLSX", async () => {
    const { dashboardFigures } = await import("../../lib/dashboard/figures");
    const { summaryRows } = await import("../../lib/dashboard/summary");
    const { tableFile } = await import("../../lib/dashboard/export");
    const filters = dashboardFilters({ regency: "3672" }, admin);
    const data = await dashboardFigures(t.db, filters);
    expect(data.participants.PU).toBe(120);
    const rows = summaryRows(data, {
      title: "Ringkasan",
      filters: [["Kabupaten/kota", "Kota Cilegon"]],
      figures: [["Total", data.participants.total]],
      regency: "Wilayah",
      categories: ["PU", "BPU", "JAKON"],
      total: "Total",
      month: "Bulan",
    });
    expect(rows.slice(0, 5)).toEqual([["Ringkasan"], ["Kabupaten/kota", "Kota Cilegon"], [], ["Total", 120], []]);
    expect(rows).toContainEqual(["Kota Cilegon", 120, 0, 0, 120]);
    const csv = new TextDecoder().decode(await tableFile("csv", "Ringkasan", rows));
    expect(csv).toContain("Kota Cilegon,120,0,0,120");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await tableFile("xlsx", "Ringkasan", rows)).buffer as ArrayBuffer);
    expect(book.worksheets[0].getRow(4).values).toEqual([undefined, "Total", 120]);
  });
});
