import type { BranchScope } from "../auth/scope";
import type { AuditActor } from "../audit/record";
import type { Db } from "../db/prisma";
import { log } from "../log";
import { firstIssueByField, jsonArrayOf, type FieldErrors } from "../validation/field-errors";
import { ContractorNotFound, registerProject } from "./register";
import { parseProjectWorkers, projectSchema } from "./schema";

export type ProjectState =
  | { status: "idle" }
  | { status: "error"; fieldErrors: FieldErrors; workerErrors: Record<number, FieldErrors> }
  | { status: "registered"; projectId: string; workers: number };

export async function submitProject(
  database: Db,
  scope: BranchScope,
  formData: FormData,
  officer: AuditActor & { userId: string },
): Promise<ProjectState> {
  const parsed = projectSchema.safeParse(Object.fromEntries(formData));
  // Every worker is checked even when a business field is wrong, so all errors show at once.
  const workers = parseProjectWorkers(parsed.success ? parsed.data.workers : jsonArrayOf(formData.get("workers")));
  if (!parsed.success || Object.keys(workers.errors).length) {
    return { status: "error", fieldErrors: parsed.success ? {} : firstIssueByField(parsed.error, "form"), workerErrors: workers.errors };
  }
  try {
    const result = await registerProject(database, scope, parsed.data, workers.rows, officer);
    return { status: "registered", projectId: result.projectId, workers: result.workers };
  } catch (error) {
    if (error instanceof ContractorNotFound) {
      return { status: "error", fieldErrors: { contractorId: "errors.contract.contractor" }, workerErrors: {} };
    }
    log.error({ err: error }, "project registration failed");
    return { status: "error", fieldErrors: { form: "errors.unexpected" }, workerErrors: {} };
  }
}
