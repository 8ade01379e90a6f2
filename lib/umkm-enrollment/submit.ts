import type { AuditActor } from "../audit/record";
import type { Db } from "../db/prisma";
import { log } from "../log";
import { firstIssueByField, jsonArrayOf, type FieldErrors } from "../validation/field-errors";
import { FieldConflict } from "../db/conflicts";
import { enrollUmkm } from "./enroll";
import { parseFormWorkers, umkmEnrollmentSchema, type WorkerErrors } from "./schema";

export type UmkmEnrollmentState =
  | { status: "idle" }
  | { status: "error"; fieldErrors: FieldErrors; workerErrors: WorkerErrors }
  | { status: "enrolled"; companyId: string; npp: string };

/** Validate the business, the owner and every worker; write only when all are valid. */
export async function submitUmkmEnrollment(
  database: Db,
  formData: FormData,
  officer: AuditActor & { userId: string; branchId: string },
): Promise<UmkmEnrollmentState> {
  const parsed = umkmEnrollmentSchema.safeParse(Object.fromEntries(formData));
  // Every worker is checked even when a business field is wrong, so all errors show at once.
  const workers = parseFormWorkers(parsed.success ? parsed.data.workers : jsonArrayOf(formData.get("workers")));
  if (!parsed.success || Object.keys(workers.errors).length) {
    return {
      status: "error",
      fieldErrors: parsed.success ? {} : firstIssueByField(parsed.error, "form"),
      workerErrors: workers.errors,
    };
  }
  try {
    const { companyId, npp } = await enrollUmkm(database, parsed.data, workers.rows, officer);
    return { status: "enrolled", companyId, npp };
  } catch (error) {
    if (error instanceof FieldConflict) {
      return { status: "error", fieldErrors: { [error.field]: error.messageKey }, workerErrors: {} };
    }
    log.error({ err: error }, "UMKM enrollment failed");
    return { status: "error", fieldErrors: { form: "errors.unexpected" }, workerErrors: {} };
  }
}
