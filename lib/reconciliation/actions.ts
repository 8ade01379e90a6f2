"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireArea } from "../auth/session";
import { db } from "../db/database";
import type { Prisma } from "../db/generated/client";
import { requestSource } from "../http/current-request";
import { applyMissingPayments } from "./apply";
import { readSettlementUpload, reconcile, type SettlementLine } from "./settlement";
import { dateColumn, isoDate } from "../domain/billing-period";

/** On a refusal the business date comes back, so the form keeps it (React resets a form after its action). */
export type SettlementUploadState = { status: "idle" } | { status: "error"; error: string; businessDate: string };

export async function uploadSettlementAction(_previous: SettlementUploadState, formData: FormData): Promise<SettlementUploadState> {
  const user = await requireArea("/dashboard/rekonsiliasi");
  const upload = await readSettlementUpload(formData);
  if (!upload.ok) {
    const typed = formData.get("businessDate");
    return { status: "error", error: upload.error, businessDate: typeof typed === "string" ? typed.slice(0, 10) : "" };
  }
  const settlement = await db().settlement.create({
    data: {
      fileName: upload.fileName,
      businessDate: dateColumn(upload.businessDate),
      uploadedById: user.id,
      lines: upload.lines as unknown as Prisma.InputJsonValue,
    },
  });
  redirect(`/dashboard/rekonsiliasi/${settlement.id}`);
}

export type ApplyMissingState =
  | { status: "idle" }
  | { status: "applied"; counts: { credited: number; already: number; unknown: number } };

export async function applyMissingAction(_previous: ApplyMissingState, formData: FormData): Promise<ApplyMissingState> {
  const user = await requireArea("/dashboard/rekonsiliasi");
  const id = z.uuid().safeParse(formData.get("settlementId"));
  const settlement = id.success ? await db().settlement.findUnique({ where: { id: id.data } }) : null;
  if (!settlement) return { status: "idle" };
  const lines = settlement.lines as unknown as SettlementLine[];
  const { missingInPortal } = await reconcile(db(), isoDate(settlement.businessDate), lines);
  const outcomes = await applyMissingPayments(db(), missingInPortal, { userId: user.id, role: user.role, ...(await requestSource()) });
  revalidatePath(`/dashboard/rekonsiliasi/${settlement.id}`);
  const count = (kind: string) => outcomes.filter((o) => o.kind === kind).length;
  // A virtual account no bill has stays "missing in the portal": staff are told why, not left clicking.
  return { status: "applied", counts: { credited: count("credited"), already: count("already_applied"), unknown: count("unknown_virtual_account") } };
}
