import { authorize } from "@/lib/auth/session";
import { workerTemplateCsv, workerTemplateXlsx } from "@/lib/worker-import/spreadsheet";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** GET /bank/impor/templat/csv | xlsx: the worker template with one example row. */
export async function GET(_request: Request, { params }: { params: Promise<{ format: string }> }) {
  await authorize("client.enroll");
  const { format } = await params;
  if (format === "csv") {
    return new Response(workerTemplateCsv(), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="templat-pekerja.csv"' },
    });
  }
  if (format === "xlsx") {
    return new Response(Buffer.from(await workerTemplateXlsx()), {
      headers: { "Content-Type": XLSX, "Content-Disposition": 'attachment; filename="templat-pekerja.xlsx"' },
    });
  }
  return new Response(null, { status: 404 });
}
