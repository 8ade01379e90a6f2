import type { UploadEvent, RowMessages } from "../spreadsheets/upload-check";
import type { FieldErrors } from "../validation/field-errors";
import type { ImportCounts } from "./batch";

/** A worker file's check, as its last event says it (lib/spreadsheets/upload-check.ts). */
export interface ImportReport {
  batchId: string;
  counts: ImportCounts;
  /** The first rows to fix; the downloadable report has all of them. */
  errors: RowMessages;
  /** The first rows that will be saved but deserve a look (a wage below the UMK at a micro or small business). */
  warnings: { rowNumber: number; warnings: FieldErrors }[];
}

/** What POST …/impor/periksa streams, one JSON object per line. */
export type ImportEvent = UploadEvent<ImportReport>;
