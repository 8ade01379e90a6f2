// Streamed exports of the participant list: rows are written as they are read
// (5,000 at a time), so a province-sized export never sits in memory. The
// filters applied are written at the top of the file; NIKs are masked.
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { Db } from "../db/prisma";
import type { DashboardFilters } from "./filters";
import { allParticipants, type ParticipantRow } from "./participants";

export type ExportLabels = {
  title: string;
  filters: [string, string][];
  columns: Record<keyof Omit<ParticipantRow, "id" | "statusNote">, string>;
};

const COLUMNS = ["kpj", "nik", "name", "category", "channel", "status", "regency", "createdAt"] as const;

/** Rows per XLSX sheet: Excel stops at 1,048,576 rows, less our preamble; more go on the next sheet. */
export const XLSX_ROWS_PER_SHEET = 1_000_000;

/** Told after each batch of rows written (a job's progress). */
export type OnRows = (written: number) => void | Promise<void>;
const cells = (row: ParticipantRow) => COLUMNS.map((c) => (c === "createdAt" ? row.createdAt.toISOString() : row[c]));

export function participantsCsv(
  database: Db,
  filters: DashboardFilters,
  labels: ExportLabels,
  onRows?: OnRows,
): ReadableStream<Uint8Array> {
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
      await onRows?.(next.value.length);
    },
  });
}

export function participantsXlsx(
  database: Db,
  filters: DashboardFilters,
  labels: ExportLabels,
  { onRows, rowsPerSheet = XLSX_ROWS_PER_SHEET }: { onRows?: OnRows; rowsPerSheet?: number } = {},
): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
  const newSheet = (number: number) => {
    const sheet = workbook.addWorksheet(number === 1 ? "Peserta" : `Peserta ${number}`);
    sheet.addRow([labels.title]).commit();
    for (const [k, v] of labels.filters) sheet.addRow([k, v]).commit();
    sheet.addRow([]).commit();
    const header = sheet.addRow(COLUMNS.map((c) => labels.columns[c]));
    header.font = { bold: true };
    header.commit();
    return sheet;
  };
  void (async () => {
    try {
      let sheets = 1;
      let sheet = newSheet(sheets);
      let onSheet = 0;
      for await (const batch of allParticipants(database, filters)) {
        for (const row of batch) {
          if (onSheet === rowsPerSheet) {
            sheet.commit();
            sheet = newSheet(++sheets);
            onSheet = 0;
          }
          sheet.addRow(cells(row)).commit();
          onSheet += 1;
        }
        await onRows?.(batch.length);
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
