import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { branchScope, inBranch } from "@/lib/auth/scope";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { problemsOf } from "@/lib/worker-import/batch";
import { errorReportXlsx } from "@/lib/worker-import/spreadsheet";
import { splitMessage } from "@/lib/validation/field-errors";

/** GET: the rows of a checked import that need fixing, as XLSX with a note on each bad cell. */
export async function GET(_request: Request, { params }: { params: Promise<{ batchId: string }> }) {
  const access = await authorize("client.enroll");
  const { batchId } = await params;
  const batch = z.uuid().safeParse(batchId).success
    ? await db().importBatch.findFirst({ where: { id: batchId, ...inBranch(branchScope(access)) } })
    : null;
  if (!batch) return new Response(null, { status: 404 });
  const [t, tImport] = await Promise.all([getTranslations(), getTranslations("officer.import")]);
  const translate = (message: string) => {
    const { key, params: values } = splitMessage(message);
    return t(key as never, values as never);
  };
  const rows = problemsOf(batch).map((row) => ({
    rowNumber: row.rowNumber,
    values: row.values,
    messages: Object.fromEntries(Object.entries(row.errors).map(([field, message]) => [field, translate(message)])),
  }));
  const file = await errorReportXlsx(rows, tImport("reportSummary"));
  return new Response(Buffer.from(file), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="perbaikan-${batch.fileName.replace(/\.[^.]+$/, "").replace(/[^\w-]/g, "_")}.xlsx"`,
      "Cache-Control": "private, no-store",
    },
  });
}
