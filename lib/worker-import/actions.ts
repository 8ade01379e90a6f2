"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { branchScopeOf } from "../auth/scope";
import { requireArea } from "../auth/session";
import { db } from "../db/database";
import { requestSource } from "../http/current-request";
import { isWriteConflict } from "../db/conflicts";
import { log } from "../log";
import { ImportNotFound, saveCheckedImport } from "./batch";

export type SaveImportResult = { status: "saved"; count: number } | { status: "error"; error: string };

export async function saveImportAction(batchId: string): Promise<SaveImportResult> {
  const user = await requireArea("/bank");
  if (!z.uuid().safeParse(batchId).success) return { status: "error", error: "errors.import.notFound" };
  try {
    const result = await saveCheckedImport(db(), batchId, branchScopeOf(user), {
      userId: user.id,
      role: user.role,
      ...(await requestSource()),
    });
    revalidatePath("/bank", "layout");
    return { status: "saved", count: result.savedCount };
  } catch (error) {
    if (error instanceof ImportNotFound) return { status: "error", error: "errors.import.notFound" };
    log.error({ err: error, batchId }, "import save failed");
    // A race (a worker enrolled meanwhile) asks for a fresh check; anything else is our fault, not the sheet's.
    return { status: "error", error: isWriteConflict(error) ? "errors.import.changed" : "errors.unexpected" };
  }
}
