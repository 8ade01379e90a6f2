import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { sponsorScope } from "@/lib/auth/scope";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { errorReportResponse } from "@/lib/spreadsheets/downloads";
import { BENEFICIARY_SHEET } from "@/lib/sponsorship/beneficiary-row";
import { findBeneficiaryImport } from "@/lib/sponsorship/beneficiary-save";
import { storedProblemsSchema } from "@/lib/worker-import/stored";

/** GET: the rows of a checked beneficiary list that need fixing, as XLSX with a note on each bad cell. */
export async function GET(_request: Request, { params }: { params: Promise<{ batchId: string }> }) {
  const access = await authorize("sponsor.beneficiaries");
  const { batchId } = await params;
  const batch = z.uuid().safeParse(batchId).success ? await findBeneficiaryImport(db(), sponsorScope(access), batchId) : null;
  if (!batch) return new Response(null, { status: 404 });
  const [t, tImport] = await Promise.all([getTranslations(), getTranslations("sponsor.import")]);
  return errorReportResponse(
    BENEFICIARY_SHEET,
    { fileName: batch.fileName, problems: storedProblemsSchema.parse(batch.problems) },
    (key, values) => t(key as never, values as never),
    tImport("reportSummary"),
  );
}
