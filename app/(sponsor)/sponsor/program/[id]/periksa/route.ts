import { notFound } from "next/navigation";
import { sponsorScope } from "@/lib/auth/scope";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { checkBeneficiaryUpload } from "@/lib/sponsorship/beneficiary-import";
import { findProgramme } from "@/lib/sponsorship/queries";

/** POST a beneficiary file for one programme: every row checked, progress streamed as NDJSON. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const access = await authorize("sponsor.beneficiaries");
  const programme = await findProgramme(db(), sponsorScope(access), id);
  if (!programme) notFound();
  return checkBeneficiaryUpload(db(), request, programme, access.user.id);
}
