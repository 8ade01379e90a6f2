// A company's worker spreadsheet: its columns (templates, reports and parsing
// are lib/spreadsheets/'s). Parsing only turns cells into text; worker-row.ts validates.
import { identityColumns, parseSheet, type ParsedTable, type SheetLayout, type TableRow } from "../spreadsheets/table-sheet";

const WORKER_COLUMNS = [
  ...identityColumns({ nik: "3673014507900001", birthPlace: "Serang" }),
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
