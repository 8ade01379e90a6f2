// A company's worker spreadsheet: its columns (templates, reports and parsing
// are lib/spreadsheets/'s). Parsing only turns cells into text; worker-row.ts validates.
import { parseSheet, type ParsedTable, type SheetLayout, type TableRow } from "../spreadsheets/table-sheet";

const WORKER_COLUMNS = [
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
export type SheetRow = TableRow<WorkerColumn>;

export const WORKER_SHEET: SheetLayout<WorkerColumn> = {
  name: "Pekerja",
  columns: WORKER_COLUMNS,
  required: ["nik", "name", "birthDate", "gender", "wage"],
  textColumns: ["nik", "phone"],
};

export const parseWorkerSheet = (fileName: string, bytes: Uint8Array): Promise<ParsedTable<WorkerColumn>> =>
  parseSheet(WORKER_SHEET, fileName, bytes);
