import type { FieldErrors } from "../validation/field-errors";
import type { ImportCounts } from "./batch";

/** What POST …/impor/periksa streams, one JSON object per line. */
export type ImportEvent =
  | { type: "progress"; done: number; total: number }
  | { type: "invalid"; error: string }
  | {
      type: "checked";
      batchId: string;
      counts: ImportCounts;
      /** The first rows to fix; the downloadable report has all of them. */
      errors: { rowNumber: number; errors: FieldErrors }[];
      /** The first rows that will be saved but deserve a look (a wage below the UMK at a micro or small business). */
      warnings: { rowNumber: number; warnings: FieldErrors }[];
    };

export const ERRORS_SHOWN = 50;
