import { authorize } from "@/lib/auth/session";
import { templateResponse } from "@/lib/spreadsheets/downloads";
import { BENEFICIARY_SHEET } from "@/lib/sponsorship/beneficiary-row";

/** GET /sponsor/templat/csv | xlsx: the beneficiary list template with one example row. */
export async function GET(_request: Request, { params }: { params: Promise<{ format: string }> }) {
  await authorize("sponsor.beneficiaries");
  return templateResponse(BENEFICIARY_SHEET, (await params).format, "templat-penerima");
}
