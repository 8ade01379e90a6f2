// Streamed exports of the participant list: rows are written as they are read
// (5,000 at a time), so a province-sized export never sits in memory. The
// filters applied are written at the top of the file; NIKs are masked.
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { Db } from "../db/prisma";
import type { DashboardFilters } from "./filters";
import { allParticipants, type ParticipantRow } from "./participants";

export type ExportLabels = { title: string; filters: [string, string][]; columns: Record<keyof Omit<ParticipantRow, "id">, string> };

const COLUMNS = ["kpj", "nik", "name", "category", "channel", "status", "regency", "createdAt"] as const;
const cells = (row: ParticipantRow) => COLUMNS.map((c) => (c === "createdAt" ? row.createdAt.toISOString() : row[c]));

export function participantsCsv(database: Db, filters: DashboardFilters, labels: ExportLabels): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const rows = allParticipants(database, filters);
  return new ReadableStream({
    start(controller) {
      const preamble = [[labels.title], ...labels.filters.map(([k, v]) => [k, v]), [], COLUMNS.map((c) => labels.columns[c])];
      controller.enqueue(encoder.encode(`\uFEFF${Papa.unparse(preamble)}\r\n`));
    },
    async pull(controller) {
      const next = await rows.next();
      if (next.done) return controller.close();
      if (next.value.length) controller.enqueue(encoder.encode(`${Papa.unparse(next.value.map(cells))}\r\n`));
    },
  });
}

export function participantsXlsx(database: Db, filters: DashboardFilters, labels: ExportLabels): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
  const sheet = workbook.addWorksheet("Peserta");
  void (async () => {
    try {
      sheet.addRow([labels.title]).commit();
      for (const [k, v] of labels.filters) sheet.addRow([k, v]).commit();
      sheet.addRow([]).commit();
      const header = sheet.addRow(COLUMNS.map((c) => labels.columns[c]));
      header.font = { bold: true };
      header.commit();
      for await (const batch of allParticipants(database, filters)) {
        for (const row of batch) sheet.addRow(cells(row)).commit();
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      output.destroy(error as Error);
    }
  })();
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}

/** A small table (the dashboard summary) as CSV or XLSX bytes. */
export async function tableFile(format: "csv" | "xlsx", sheetName: string, rows: (string | number)[][]): Promise<Uint8Array> {
  if (format === "csv") return new TextEncoder().encode(`\uFEFF${Papa.unparse(rows)}\r\n`);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
