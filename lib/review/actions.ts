"use server";
import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { regionScopeOf } from "../auth/scope";
import { requireArea } from "../auth/session";
import { db } from "../db/database";
import { requestSource } from "../http/current-request";
import { decideReviewCase, decisionSchema, ReviewCaseNotFound } from "./decide";

export type DecisionState = { status: "idle" } | { status: "error"; error: string } | { status: "decided" };

export async function decideReviewAction(_previous: DecisionState, formData: FormData): Promise<DecisionState> {
  const user = await requireArea("/dashboard/tinjauan");
  const parsed = decisionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", error: "errors.review.note" };
  try {
    await decideReviewCase(db(), regionScopeOf(user), parsed.data, {
      userId: user.id,
      role: user.role,
      ...(await requestSource()),
    });
  } catch (error) {
    if (error instanceof ReviewCaseNotFound) notFound();
    throw error;
  }
  revalidatePath("/dashboard/tinjauan");
  return { status: "decided" };
}
