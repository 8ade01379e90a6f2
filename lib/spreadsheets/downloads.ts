// Sheets as downloads: a kind's template (CSV or XLSX) and the report of the
// rows a checked upload could not take, each bad cell noted in the reader's language.
import { splitMessage, type FieldErrors } from "../validation/field-errors";
import { errorReportXlsx, templateCsv, templateXlsx, type SheetLayout } from "./table-sheet";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const attachment = (fileName: string) => `attachment; filename="${fileName}"`;

/** GET …/templat/csv | xlsx: the template with one example row; another format is not found. */
export async function templateResponse<K extends string>(layout: SheetLayout<K>, format: string, baseName: string): Promise<Response> {
  if (format === "csv") {
    return new Response(templateCsv(layout), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": attachment(`${baseName}.csv`) },
    });
  }
  if (format === "xlsx") {
    return new Response(Buffer.from(await templateXlsx(layout)), {
      headers: { "Content-Type": XLSX, "Content-Disposition": attachment(`${baseName}.xlsx`) },
    });
  }
  return new Response(null, { status: 404 });
}

/** The rows to fix of an upload named `fileName`, as XLSX: `translate` turns a message key (with its values) into text. */
export async function errorReportResponse<K extends string>(
  layout: SheetLayout<K>,
  upload: { fileName: string; problems: { rowNumber: number; values: Partial<Record<K, string>>; errors: FieldErrors }[] },
  translate: (key: string, values: Record<string, string>) => string,
  summaryHeader: string,
): Promise<Response> {
  const rows = upload.problems.map((row) => ({
    rowNumber: row.rowNumber,
    values: row.values,
    messages: Object.fromEntries(
      Object.entries(row.errors).map(([field, message]) => {
        const { key, params } = splitMessage(message);
        return [field, translate(key, params)];
      }),
    ),
  }));
  const file = await errorReportXlsx(layout, rows, summaryHeader);
  const base = upload.fileName.replace(/\.[^.]+$/, "").replace(/[^\w-]/g, "_");
  return new Response(Buffer.from(file), {
    headers: { "Content-Type": XLSX, "Content-Disposition": attachment(`perbaikan-${base}.xlsx`), "Cache-Control": "private, no-store" },
  });
}
