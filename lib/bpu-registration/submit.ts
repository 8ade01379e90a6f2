import type { AuditActor } from "../audit/record";
import { log } from "../log";
import type { Db } from "../db/prisma";
import { FieldConflict } from "../db/conflicts";
import { registerBpuWorker } from "./register";
import { firstErrors, registrationSchema, type FieldErrors } from "./schema";

export type RegistrationState =
  | { status: "idle" }
  | { status: "error"; fieldErrors: FieldErrors }
  | { status: "registered"; kpj: string; nik: string };

/**
 * What the server action does, given its database and actor: validate, then write once.
 * `admit` runs once the form is valid, before anything is written (the abuse limit:
 * a form sent back for a typo does not count against the sender's address).
 */
export async function submitRegistration(
  database: Db,
  formData: FormData,
  actor: AuditActor,
  admit?: () => Promise<FieldErrors | null>,
): Promise<RegistrationState> {
  const parsed = registrationSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", fieldErrors: firstErrors(parsed.error) };
  const refused = await admit?.();
  if (refused) return { status: "error", fieldErrors: refused };
  try {
    const { kpj } = await registerBpuWorker(database, parsed.data, actor);
    return { status: "registered", kpj, nik: parsed.data.nik };
  } catch (error) {
    if (error instanceof FieldConflict) {
      return { status: "error", fieldErrors: { [error.field]: error.messageKey } };
    }
    // The transaction rolled back: nothing was saved. Keep the worker's form and say so.
    log.error({ err: error }, "registration failed");
    return { status: "error", fieldErrors: { form: "errors.unexpected" } };
  }
}
