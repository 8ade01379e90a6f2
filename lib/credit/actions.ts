"use server";
import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { branchScopeOf } from "../auth/scope";
import { requireArea } from "../auth/session";
import { db } from "../db/database";
import { requestSource } from "../http/current-request";
import { firstIssueByField, type FieldErrors } from "../validation/field-errors";
import { NotInScope, recordReferral, updateReferralStatus } from "./referrals";
import { referralSchema, referralStatusSchema } from "./schema";

/** On error the form gets back what was typed: React resets a form after its action, to these values. */
export type ReferralState =
  | { status: "idle" }
  | { status: "error"; fieldErrors: FieldErrors; values: Record<string, string> }
  | { status: "saved" };

export async function recordReferralAction(_previous: ReferralState, formData: FormData): Promise<ReferralState> {
  const user = await requireArea("/bank");
  const parsed = referralSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const values = Object.fromEntries([...formData].flatMap(([k, v]) => (typeof v === "string" ? [[k, v.slice(0, 300)]] : [])));
    return { status: "error", fieldErrors: firstIssueByField(parsed.error, "form"), values };
  }
  try {
    await recordReferral(db(), branchScopeOf(user), parsed.data, { userId: user.id, role: user.role, ...(await requestSource()) });
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
    await updateReferralStatus(db(), branchScopeOf(user), parsed.data, { userId: user.id, role: user.role, ...(await requestSource()) });
  } catch (error) {
    if (error instanceof NotInScope) notFound();
    throw error;
  }
  revalidatePath("/bank/kredit");
}
