// One way to write a server action (docs/decisions/0012-actions-and-permissions.md):
//   permission → input (the form's zod schema) → abuse limit → prepare → one
//   transaction → one answer (lib/actions/result.ts).
// Known failures become that answer: a FieldConflict or a unique index a
// concurrent request won → a field error; NotFound → 404; Refusal → a form
// message; a lost race → "try again"; anything else is logged and told as ours.
// Framework-free: lib/actions/server.ts binds a definition to Next, tests run it directly.
import type { z } from "zod";
import { decideAccess, userOf, type Access, type PersonRequester } from "../auth/access";
import type { SessionUser } from "../auth/credentials";
import type { Permission, SignedInPermission } from "../auth/permissions";
import type { SignInStep } from "../auth/sign-in-steps";
import { actorOf, recordAudit, type AuditActor } from "../audit/record";
import { isUniqueViolation, isWriteConflict, uniqueViolationAs, type UniqueFields } from "../db/conflicts";
import type { Db, Tx } from "../db/prisma";
import { FieldConflict, NotFound, Refusal } from "../failures";
import type { RequestSource } from "../http/source";
import { log } from "../log";
import { consumeLimit } from "../security/rate-limit";
import { LIMITS, type LimitName } from "../security/limits";
import { fieldErrorsOf, messageWithParams } from "../validation/field-errors";
import type { ActionResult } from "./result";

/** The signed-in user under a permission only users hold; maybe nobody under a public one. */
export type UserOf<P extends Permission> = P extends SignedInPermission ? SessionUser : SessionUser | null;

export interface ActionContext<P extends Permission = Permission> {
  access: Access;
  user: UserOf<P>;
  /** Who acted, for the audit log. */
  actor: AuditActor;
  /** The moment the request is handled (tests set it). */
  now: Date;
}

/** How a handler runs: in one transaction (the default, or with its own timeout), or outside one (`false`). */
export type TransactionOption = false | { timeout: number } | undefined;

/**
 * What a handler writes through: the action's transaction, or (only under
 * `transaction: false`) the database, for handlers that open one transaction per item.
 */
export type HandlerStore<T extends TransactionOption> = [T] extends [false] ? { db: Db } : { tx: Tx };

export interface ActionDefinition<P extends Permission, Schema extends z.ZodType, Prepared, Data, T extends TransactionOption = undefined> {
  permission: P;
  /** The form's schema: the same one the browser checks with. Its output is the handler's input. */
  input: Schema;
  /** An abuse limit counted per requester address, once the input is valid (a typo sent back costs nothing). */
  limit?: LimitName;
  /**
   * The audit action written when an address spends that limit (once per block, not per refused request): a
   * pattern staff should see, such as NIKs tried one after another (issue 15).
   */
  limitAudit?: string;
  /** Work that must not hold a database connection (hashing a password), after the checks and before the transaction. */
  prepare?: (input: z.output<Schema>, context: ActionContext<P>) => Promise<Prepared>;
  /** Unique indexes a concurrent request may win, as the field error a form shows. */
  uniqueFields?: UniqueFields;
  /** What a lost race says (default: errors.conflict); given, a unique index the handler did not map is such a race too. */
  conflictMessage?: string;
  /**
   * The handler runs in one transaction (options: its timeout). `false` only for
   * handlers that write nothing to the database, or deliberately one
   * transaction per item (crediting a settlement's lines).
   */
  transaction?: T;
  handler: (input: z.output<Schema>, context: ActionContext<P> & HandlerStore<T> & { prepared: Prepared }) => Promise<Data>;
  /** After a success (Next only): the paths whose pages, and those below them, changed; and where to go next. */
  revalidate?: (data: Data) => string[];
  redirect?: (data: Data) => string | undefined;
}

/** Typed in one place so each action's handler infers its input from its schema. */
export function defineAction<
  P extends Permission,
  Schema extends z.ZodType,
  Data,
  Prepared = undefined,
  T extends TransactionOption = undefined,
>(definition: ActionDefinition<P, Schema, Prepared, Data, T>): ActionDefinition<P, Schema, Prepared, Data, T> {
  return definition;
}

export interface RunContext {
  db: Db;
  /** Server actions are used by people, never by a key. */
  requester: PersonRequester;
  source: RequestSource;
  now?: Date;
}

export type ActionOutcome<Data> =
  | ActionResult<Data>
  | { denied: "unauthenticated" | "not-found" }
  /** Signed in with a sign-in step still to take: sent there. */
  | { denied: "unfinished"; step: SignInStep };

/** Fields never sent back to the browser. */
const SECRET_FIELD = /password|secret|token/i;
const MAX_ECHOED_LENGTH = 1000;

/** The string fields of a form as typed, for a form React reset after its action. */
function typedValues(formData: FormData): Record<string, string> {
  return Object.fromEntries(
    [...formData].flatMap(([key, value]) =>
      typeof value === "string" && !SECRET_FIELD.test(key) && !key.startsWith("$") && value.length <= MAX_ECHOED_LENGTH
        ? [[key, value]]
        : [],
    ),
  );
}

const refused = (formData: FormData, formError: string, fieldErrors: Record<string, string> = {}) =>
  ({ ok: false, fieldErrors, formError, values: typedValues(formData) }) as const;

export async function runAction<P extends Permission, Schema extends z.ZodType, Prepared, Data, T extends TransactionOption>(
  definition: ActionDefinition<P, Schema, Prepared, Data, T>,
  run: RunContext,
  formData: FormData,
): Promise<ActionOutcome<Data>> {
  const decision = decideAccess(definition.permission, run.requester);
  if (!decision.ok) {
    if (decision.reason === "unfinished") return { denied: "unfinished", step: decision.step };
    return { denied: decision.reason === "unauthenticated" ? "unauthenticated" : "not-found" };
  }
  // A requester that passed a permission only users hold is a user (PersonRequester has no keys).
  const user = userOf(decision.access) as UserOf<P>;
  const context: ActionContext<P> = { access: decision.access, user, actor: actorOf(user, run.source), now: run.now ?? new Date() };

  const parsed = await definition.input.safeParseAsync(Object.fromEntries(formData));
  if (!parsed.success) {
    const { form, ...fieldErrors } = fieldErrorsOf(parsed.error, "form");
    return { ok: false, fieldErrors, ...(form ? { formError: form } : {}), values: typedValues(formData) };
  }
  const input = parsed.data as z.output<Schema>;

  try {
    if (definition.limit) {
      const limit = await consumeLimit(run.db, definition.limit, run.source.ip ?? "unknown");
      if (!limit.ok) {
        if (definition.limitAudit && limit.crossed) {
          await recordAudit(run.db, context.actor, {
            action: definition.limitAudit,
            entity: "Address",
            entityId: (run.source.ip ?? "unknown").slice(0, 64),
            after: { limit: definition.limit, ...LIMITS[definition.limit] },
          });
        }
        return refused(formData, messageWithParams("errors.tooManyRequests", { seconds: limit.retryAfterSeconds }));
      }
    }
    const prepared = (definition.prepare ? await definition.prepare(input, context) : undefined) as Prepared;
    // HandlerStore<T> gives a handler the one store its option allows. T is open here, so the checker cannot
    // follow the branch below to it: each call passes exactly what HandlerStore<T> says for that branch.
    const { transaction } = definition;
    const data =
      transaction === false
        ? await definition.handler(input, { ...context, db: run.db, prepared } as never)
        : await run.db.$transaction(
            (tx) => definition.handler(input, { ...context, tx, prepared } as never),
            transaction && { timeout: transaction.timeout, maxWait: 10_000 },
          );
    return { ok: true, data };
  } catch (error) {
    const conflict = error instanceof FieldConflict ? error : uniqueViolationAs(error, definition.uniqueFields ?? {});
    if (conflict) return { ok: false, fieldErrors: { [conflict.field]: conflict.messageKey }, values: typedValues(formData) };
    if (error instanceof NotFound) return { denied: "not-found" };
    if (error instanceof Refusal) return refused(formData, error.messageKey);
    // The transaction rolled back: nothing was saved. The form keeps what was typed and says so. A unique
    // index nobody mapped to a field is no race but a check missing from the handler: logged below, as ours.
    if (isWriteConflict(error) && (!isUniqueViolation(error) || definition.conflictMessage)) {
      return refused(formData, definition.conflictMessage ?? "errors.conflict");
    }
    log.error({ err: error, permission: definition.permission }, "server action failed");
    return refused(formData, "errors.unexpected");
  }
}
