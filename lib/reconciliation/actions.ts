"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireArea } from "../auth/session";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { clientInfo } from "../http/client-info";
import { applyMissingPayments } from "./apply";
import { parseSettlementCsv, reconcile, type SettlementLine } from "./settlement";

export type SettlementUploadState = { status: "idle" } | { status: "error"; error: string };

const MAX_BYTES = 5 * 1024 * 1024;

export async function uploadSettlementAction(_previous: SettlementUploadState, formData: FormData): Promise<SettlementUploadState> {
  const user = await requireArea("/dashboard");
  const businessDate = z.iso.date().safeParse(formData.get("businessDate"));
  if (!businessDate.success) return { status: "error", error: "errors.date" };
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { status: "error", error: "errors.sheet.empty" };
  if (file.size > MAX_BYTES) return { status: "error", error: "errors.sheet.tooLarge" };
  const parsed = parseSettlementCsv(await file.text());
  if (!parsed.ok) {
    return { status: "error", error: parsed.error === "line" ? `errors.settlement.line?line=${parsed.line}` : `errors.settlement.${parsed.error}` };
  }
  const settlement = await db().settlement.create({
    data: {
      fileName: file.name.slice(0, 200),
      businessDate: new Date(`${businessDate.data}T00:00:00Z`),
      uploadedById: user.id,
      lines: parsed.lines as unknown as Prisma.InputJsonValue,
    },
  });
  redirect(`/dashboard/rekonsiliasi/${settlement.id}`);
}

export async function applyMissingAction(formData: FormData) {
  const user = await requireArea("/dashboard");
  const id = z.uuid().safeParse(formData.get("settlementId"));
  if (!id.success) return;
  const settlement = await db().settlement.findUnique({ where: { id: id.data } });
  if (!settlement) return;
  const lines = settlement.lines as unknown as SettlementLine[];
  const { missingInPortal } = await reconcile(db(), settlement.businessDate.toISOString().slice(0, 10), lines);
  await applyMissingPayments(db(), missingInPortal, { userId: user.id, role: user.role, ...(await clientInfo()) });
  revalidatePath(`/dashboard/rekonsiliasi/${settlement.id}`);
}
