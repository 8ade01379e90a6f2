"use server";
import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { branchScopeOf } from "../auth/scope";
import { requireArea } from "../auth/session";
import { db } from "../db/client";
import { clientInfo } from "../http/client-info";
import { firstIssueByField, type FieldErrors } from "../validation/field-errors";
import { NotInScope, recordReferral, updateReferralStatus } from "./referrals";
import { referralSchema, referralStatusSchema } from "./schema";

export type ReferralState = { status: "idle" } | { status: "error"; fieldErrors: FieldErrors } | { status: "saved" };

export async function recordReferralAction(_previous: ReferralState, formData: FormData): Promise<ReferralState> {
  const user = await requireArea("/bank");
  const parsed = referralSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", fieldErrors: firstIssueByField(parsed.error, "form") };
  try {
    await recordReferral(db(), branchScopeOf(user), parsed.data, { userId: user.id, role: user.role, ...(await clientInfo()) });
  } catch (error) {
    if (error instanceof NotInScope) notFound();
    throw error;
  }
  revalidatePath(`/bank/klien/${parsed.data.companyId}`);
  return { status: "saved" };
}

export async function updateReferralStatusAction(formData: FormData) {
  const user = await requireArea("/bank");
  const parsed = referralStatusSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  try {
    await updateReferralStatus(db(), branchScopeOf(user), parsed.data, { userId: user.id, role: user.role, ...(await clientInfo()) });
  } catch (error) {
    if (error instanceof NotInScope) notFound();
    throw error;
  }
  revalidatePath("/bank/kredit");
}
