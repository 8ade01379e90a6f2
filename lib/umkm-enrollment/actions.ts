"use server";
import { redirect } from "next/navigation";
import { requireArea } from "../auth/session";
import { db } from "../db/database";
import { requestSource } from "../http/current-request";
import { submitUmkmEnrollment, type UmkmEnrollmentState } from "./submit";

export async function enrollUmkmAction(_previous: UmkmEnrollmentState, formData: FormData): Promise<UmkmEnrollmentState> {
  const user = await requireArea("/bank");
  // Enrolling belongs to a branch: an admin without one cannot be the enrolling officer.
  if (!user.branchId) return { status: "error", fieldErrors: { form: "errors.noBranch" }, workerErrors: {} };
  const state = await submitUmkmEnrollment(db(), formData, {
    userId: user.id,
    branchId: user.branchId,
    role: user.role,
    ...(await requestSource()),
  });
  if (state.status === "enrolled") redirect(`/bank/klien/${state.companyId}?baru=1`);
  return state;
}
