// Spreadsheets of people in and out (a company's workers, a sponsor's
// beneficiaries): the template to download (CSV and XLSX), parsing what comes
// back, and the error report with a note on each bad cell. Each kind names its
// columns in a SheetLayout; parsing only turns cells into text, the kind's row
// schema validates.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { messageWithParams, type FieldErrors } from "../validation/field-errors";
import { checkZip, ZIP_LIMITS } from "../validation/zip-limits";

export const MAX_IMPORT_ROWS = 20_000;

export interface SheetColumn<K extends string> {
  key: K;
  header: string;
  example: string;
  aliases: readonly string[];
}

export interface SheetLayout<K extends string> {
  /** The worksheet's name in the template. */
  name: string;
  columns: readonly SheetColumn<K>[];
  required: readonly K[];
  /** Kept as text in Excel: a 16-digit NIK or a phone number typed as a number loses digits. */
  textColumns: readonly K[];
}

/**
 * Who a row is about, as every people sheet names it (the aliases are what offices write): NIK, name, birth place
 * and date, gender, phone. `examples` fills the template's sample row with a place of the sheet's own region.
 */
export function identityColumns(examples: { nik: string; birthPlace: string }) {
  return [
    { key: "nik", header: "NIK", example: examples.nik, aliases: ["no ktp", "nomor nik"] },
    { key: "name", header: "Nama", example: "Siti Aminah", aliases: ["nama lengkap", "name"] },
    { key: "birthPlace", header: "Tempat Lahir", example: examples.birthPlace, aliases: ["birth place"] },
    { key: "birthDate", header: "Tanggal Lahir", example: "05/07/1990", aliases: ["tgl lahir", "birth date"] },
    { key: "gender", header: "Jenis Kelamin", example: "P", aliases: ["jk", "l/p", "gender"] },
    { key: "phone", header: "No HP", example: "081234567890", aliases: ["nomor hp", "hp", "phone"] },
  ] as const;
}

export type TableRow<K extends string> = { rowNumber: number; values: Partial<Record<K, string>> };
export type SheetError = "format" | "empty" | "headers" | "too_many_rows" | "inflated";
/** A refused sheet: `message` is the key (with its values) the uploader reads, errors.sheet.<error>. */
export type SheetFailure = { ok: false; error: SheetError; message: string };
export type ParsedTable<K extends string> = { ok: true; rows: TableRow<K>[] } | SheetFailure;

/** A 16-digit NIK typed as a number loses its last digits in Excel; the row says so instead of failing later. */
export const NIK_AS_NUMBER = "__NIK_AS_NUMBER__";

function failure(error: SheetError, params?: Record<string, string | number>): SheetFailure {
  const key = `errors.sheet.${error}`;
  return { ok: false, error, message: params ? messageWithParams(key, params) : key };
}

const normalizeHeader = (header: string) => header.trim().toLowerCase().replace(/\s+/g, " ");

function columnFor<K extends string>(layout: SheetLayout<K>, header: string): K | undefined {
  const h = normalizeHeader(header);
  return layout.columns.find((c) => normalizeHeader(c.header) === h || c.aliases.includes(h))?.key;
}

function fromTable<K extends string>(
  layout: SheetLayout<K>,
  headers: string[],
  body: (string | undefined)[][],
  firstRowNumber: number,
): ParsedTable<K> {
  const columns = headers.map((header) => columnFor(layout, header));
  const missing = layout.required.filter((key) => !columns.includes(key));
  if (missing.length) {
    return failure("headers", { missing: missing.map((k) => layout.columns.find((c) => c.key === k)!.header).join(", ") });
  }
  const rows: TableRow<K>[] = [];
  body.forEach((cells, index) => {
    if (cells.every((cell) => !cell || !cell.trim())) return;
    const values: Partial<Record<K, string>> = {};
    columns.forEach((key, i) => {
      if (key && cells[i] !== undefined) values[key] = cells[i];
    });
    rows.push({ rowNumber: firstRowNumber + index, values });
  });
  if (rows.length === 0) return failure("empty");
  if (rows.length > MAX_IMPORT_ROWS) return failure("too_many_rows", { max: MAX_IMPORT_ROWS });
  return { ok: true, rows };
}

function parseCsv<K extends string>(layout: SheetLayout<K>, text: string): ParsedTable<K> {
  // Excel in Indonesian locales saves CSV with ";"; papaparse detects the delimiter.
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const [headers, ...body] = result.data;
  if (!headers) return failure("empty");
  return fromTable(layout, headers, body, 2);
}

function cellText(cell: ExcelJS.Cell, key: string | undefined): string | undefined {
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

async function parseXlsx<K extends string>(layout: SheetLayout<K>, bytes: Uint8Array): Promise<ParsedTable<K>> {
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
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => (headers[col - 1] = cell.text ?? ""));
  const columns = headers.map((header) => columnFor(layout, header));
  const body: (string | undefined)[][] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    body.push(headers.map((_, i) => cellText(row.getCell(i + 1), columns[i])));
  }
  return fromTable(layout, headers, body, 2);
}

export async function parseSheet<K extends string>(layout: SheetLayout<K>, fileName: string, bytes: Uint8Array): Promise<ParsedTable<K>> {
  if (/\.xlsx$/i.test(fileName)) return parseXlsx(layout, bytes);
  if (/\.csv$/i.test(fileName) || /\.txt$/i.test(fileName)) return parseCsv(layout, new TextDecoder().decode(bytes));
  return failure("format");
}

export function templateCsv<K extends string>(layout: SheetLayout<K>): string {
  return "\uFEFF" + Papa.unparse([layout.columns.map((c) => c.header), layout.columns.map((c) => c.example)]);
}

function addColumns<K extends string>(
  sheet: ExcelJS.Worksheet,
  layout: SheetLayout<K>,
  first: Partial<ExcelJS.Column>[] = [],
  last = first,
) {
  sheet.columns = [
    ...first,
    ...layout.columns.map((c) => ({ header: c.header, key: c.key, width: Math.max(14, c.header.length + 4) })),
    ...(last === first ? [] : last),
  ];
  for (const key of layout.textColumns) sheet.getColumn(key).numFmt = "@";
  sheet.getRow(1).font = { bold: true };
}

export async function templateXlsx<K extends string>(layout: SheetLayout<K>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(layout.name);
  addColumns(sheet, layout);
  sheet.addRow(Object.fromEntries(layout.columns.map((c) => [c.key, c.example])));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The uploaded rows again, each bad cell filled red with its message as a note, and a summary column. */
export async function errorReportXlsx<K extends string>(
  layout: SheetLayout<K>,
  rows: { rowNumber: number; values: Partial<Record<K, string>>; messages: FieldErrors }[],
  summaryHeader: string,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Perlu diperbaiki");
  addColumns(sheet, layout, [{ header: "Baris", key: "rowNumber", width: 8 }], [{ header: summaryHeader, key: "summary", width: 60 }]);
  for (const row of rows) {
    const added = sheet.addRow({ rowNumber: row.rowNumber, ...row.values, summary: Object.values(row.messages).join("; ") });
    for (const [key, message] of Object.entries(row.messages)) {
      if (key === "row" || !message) continue;
      const cell = added.getCell(key);
      cell.note = message as string;
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFDE2E2" } };
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
