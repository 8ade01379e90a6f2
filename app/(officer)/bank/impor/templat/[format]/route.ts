import { authorize } from "@/lib/auth/session";
import { templateResponse } from "@/lib/spreadsheets/downloads";
import { WORKER_SHEET } from "@/lib/worker-import/spreadsheet";

/** GET /bank/impor/templat/csv | xlsx: the worker template with one example row. */
export async function GET(_request: Request, { params }: { params: Promise<{ format: string }> }) {
  await authorize("client.enroll");
  return templateResponse(WORKER_SHEET, (await params).format, "templat-pekerja");
}
