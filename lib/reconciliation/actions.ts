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
import { dateColumn, isoDate } from "../domain/billing-period";

export type SettlementUploadState = { status: "idle" } | { status: "error"; error: string };

const MAX_BYTES = 5 * 1024 * 1024;

export async function uploadSettlementAction(_previous: SettlementUploadState, formData: FormData): Promise<SettlementUploadState> {
  const user = await requireArea("/dashboard/rekonsiliasi");
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
      businessDate: dateColumn(businessDate.data),
      uploadedById: user.id,
      lines: parsed.lines as unknown as Prisma.InputJsonValue,
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
  const outcomes = await applyMissingPayments(db(), missingInPortal, { userId: user.id, role: user.role, ...(await clientInfo()) });
  revalidatePath(`/dashboard/rekonsiliasi/${settlement.id}`);
  const count = (kind: string) => outcomes.filter((o) => o.kind === kind).length;
  // A virtual account no bill has stays "missing in the portal": staff are told why, not left clicking.
  return { status: "applied", counts: { credited: count("credited"), already: count("already_applied"), unknown: count("unknown_virtual_account") } };
}
