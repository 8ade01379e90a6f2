// Worker spreadsheets in and out: the template officers download (CSV and
// XLSX), parsing what they upload, and the error report with a note on each
// bad cell. Parsing only turns cells into text; worker-row.ts validates.
import ExcelJS from "exceljs";
import { checkZip, ZIP_LIMITS } from "../validation/zip-limits";
import Papa from "papaparse";
import { messageWithParams } from "../validation/field-errors";

export const MAX_IMPORT_ROWS = 20_000;

export const WORKER_COLUMNS = [
  { key: "nik", header: "NIK", example: "3673014507900001", aliases: ["no ktp", "nomor nik"] },
  { key: "name", header: "Nama", example: "Siti Aminah", aliases: ["nama lengkap", "name"] },
  { key: "birthPlace", header: "Tempat Lahir", example: "Serang", aliases: ["birth place"] },
  { key: "birthDate", header: "Tanggal Lahir", example: "05/07/1990", aliases: ["tgl lahir", "birth date"] },
  { key: "gender", header: "Jenis Kelamin", example: "P", aliases: ["jk", "l/p", "gender"] },
  { key: "phone", header: "No HP", example: "081234567890", aliases: ["nomor hp", "hp", "phone"] },
  { key: "wage", header: "Upah Bulanan", example: "4500000", aliases: ["upah", "gaji", "wage"] },
  { key: "startDate", header: "Tanggal Mulai Kerja", example: "", aliases: ["mulai kerja", "start date"] },
] as const;

export type WorkerColumn = (typeof WORKER_COLUMNS)[number]["key"];
export type SheetRow = { rowNumber: number; values: Partial<Record<WorkerColumn, string>> };
export type SheetError = "format" | "empty" | "headers" | "too_many_rows" | "inflated";
/** A refused sheet: `message` is the key (with its values) the officer reads, errors.sheet.<error>. */
export type SheetFailure = { ok: false; error: SheetError; message: string };
export type ParsedSheet = { ok: true; rows: SheetRow[] } | SheetFailure;

function failure(error: SheetError, params?: Record<string, string | number>): SheetFailure {
  const key = `errors.sheet.${error}`;
  return { ok: false, error, message: params ? messageWithParams(key, params) : key };
}

const REQUIRED: WorkerColumn[] = ["nik", "name", "birthDate", "gender", "wage"];
/** A 16-digit NIK typed as a number loses its last digits in Excel; the row says so instead of failing later. */
export const NIK_AS_NUMBER = "__NIK_AS_NUMBER__";

const normalizeHeader = (header: string) => header.trim().toLowerCase().replace(/\s+/g, " ");

function columnFor(header: string): WorkerColumn | undefined {
  const h = normalizeHeader(header);
  return WORKER_COLUMNS.find((c) => normalizeHeader(c.header) === h || (c.aliases as readonly string[]).includes(h))?.key;
}

function fromTable(headers: string[], body: (string | undefined)[][], firstRowNumber: number): ParsedSheet {
  const columns = headers.map(columnFor);
  const missing = REQUIRED.filter((key) => !columns.includes(key));
  if (missing.length) {
    return failure("headers", { missing: missing.map((k) => WORKER_COLUMNS.find((c) => c.key === k)!.header).join(", ") });
  }
  const rows: SheetRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every((cell) => !cell || !cell.trim())) return;
    const values: SheetRow["values"] = {};
    columns.forEach((key, i) => {
      if (key && cells[i] !== undefined) values[key] = cells[i];
    });
    rows.push({ rowNumber: firstRowNumber + index, values });
  });
  if (rows.length === 0) return failure("empty");
  if (rows.length > MAX_IMPORT_ROWS) return failure("too_many_rows", { max: MAX_IMPORT_ROWS });
  return { ok: true, rows };
}

function parseCsv(text: string): ParsedSheet {
  // Excel in Indonesian locales saves CSV with ";"; papaparse detects the delimiter.
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const [headers, ...body] = result.data;
  if (!headers) return failure("empty");
  return fromTable(headers, body, 2);
}

function cellText(cell: ExcelJS.Cell, key: WorkerColumn | undefined): string | undefined {
  const value = cell.value;
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "number") {
    if (key === "nik" && value >= 1e15) return NIK_AS_NUMBER;
    return String(value);
  }
  if (typeof value === "object" && "result" in value) return value.result === undefined ? undefined : String(value.result);
  return cell.text;
}

async function parseXlsx(bytes: Uint8Array): Promise<ParsedSheet> {
  // A zip bomb is refused before ExcelJS inflates anything (lib/validation/zip-limits.ts).
  const zip = await checkZip(bytes);
  if (zip === "invalid") return failure("format");
  if (zip !== "ok") return failure("inflated", { mb: ZIP_LIMITS.maxUncompressedBytes / 1024 / 1024, entries: ZIP_LIMITS.maxEntries });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    return failure("format");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) return failure("empty");
  const headerRow = sheet.getRow(1);
  const headers: string[] = [];
  headerRow.eachCell({ includeEmpty: true }, (cell, col) => (headers[col - 1] = cell.text ?? ""));
  const columns = headers.map(columnFor);
  const body: (string | undefined)[][] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    body.push(headers.map((_, i) => cellText(row.getCell(i + 1), columns[i])));
  }
  return fromTable(headers, body, 2);
}

export async function parseWorkerSheet(fileName: string, bytes: Uint8Array): Promise<ParsedSheet> {
  if (/\.xlsx$/i.test(fileName)) return parseXlsx(bytes);
  if (/\.csv$/i.test(fileName) || /\.txt$/i.test(fileName)) return parseCsv(new TextDecoder().decode(bytes));
  return failure("format");
}

export function workerTemplateCsv(): string {
  return "\uFEFF" + Papa.unparse([WORKER_COLUMNS.map((c) => c.header), WORKER_COLUMNS.map((c) => c.example)]);
}

export async function workerTemplateXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Pekerja");
  sheet.columns = WORKER_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: Math.max(14, c.header.length + 4) }));
  // Text format for NIK and phone: Excel would round a 16-digit number.
  for (const key of ["nik", "phone"]) sheet.getColumn(key).numFmt = "@";
  sheet.addRow(Object.fromEntries(WORKER_COLUMNS.map((c) => [c.key, c.example])));
  sheet.getRow(1).font = { bold: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The uploaded rows again, each bad cell filled red with its message as a note, and a summary column. */
export async function errorReportXlsx(
  rows: { rowNumber: number; values: SheetRow["values"]; messages: Partial<Record<WorkerColumn | "row", string>> }[],
  summaryHeader: string,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Perlu diperbaiki");
  sheet.columns = [
    { header: "Baris", key: "rowNumber", width: 8 },
    ...WORKER_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: Math.max(14, c.header.length + 4) })),
    { header: summaryHeader, key: "summary", width: 60 },
  ];
  for (const key of ["nik", "phone"]) sheet.getColumn(key).numFmt = "@";
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow({
      rowNumber: row.rowNumber,
      ...row.values,
      summary: Object.values(row.messages).join("; "),
    });
    for (const [key, message] of Object.entries(row.messages)) {
      if (key === "row" || !message) continue;
      const cell = added.getCell(key);
      cell.note = message;
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFDE2E2" } };
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
