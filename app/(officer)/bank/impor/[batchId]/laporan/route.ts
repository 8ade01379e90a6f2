import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { clientScope, ofClient } from "@/lib/auth/scope";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { errorReportResponse } from "@/lib/spreadsheets/downloads";
import { problemsOf } from "@/lib/worker-import/batch";
import { WORKER_SHEET } from "@/lib/worker-import/spreadsheet";

/** GET: the rows of a checked import that need fixing, as XLSX with a note on each bad cell. */
export async function GET(_request: Request, { params }: { params: Promise<{ batchId: string }> }) {
  const access = await authorize("client.enroll");
  const { batchId } = await params;
  const batch = z.uuid().safeParse(batchId).success
    ? await db().importBatch.findFirst({ where: { id: batchId, company: ofClient(clientScope(access)) } })
    : null;
  if (!batch) return new Response(null, { status: 404 });
  const [t, tImport] = await Promise.all([getTranslations(), getTranslations("officer.import")]);
  return errorReportResponse(
    WORKER_SHEET,
    { fileName: batch.fileName, problems: problemsOf(batch) },
    (key, values) => t(key as never, values as never),
    tImport("reportSummary"),
  );
}
