import { FieldConflict } from "../failures";
import { Prisma } from "./generated/client";

/** Unique index columns a concurrent request may win, as the field error a form shows for each. */
export type UniqueFields = Record<string, { field: string; messageKey: string }>;

/**
 * The unique-index violation of `error` as one of `byColumn`'s field
 * conflicts, if it is one: a rule checked first inside the transaction (one
 * NIK, one phone per account) that a concurrent submission got to first.
 */
export function uniqueViolationAs(error: unknown, byColumn: UniqueFields): FieldConflict | undefined {
  if (!isUniqueViolation(error)) return;
  const target = JSON.stringify((error as Prisma.PrismaClientKnownRequestError).meta ?? {});
  const hit = Object.entries(byColumn).find(([column]) => target.includes(column));
  return hit ? new FieldConflict(hit[1].field, hit[1].messageKey) : undefined;
}

// unique_violation, serialization_failure, deadlock_detected
const CONFLICT_SQLSTATES = new Set(["23505", "40001", "40P01"]);

/**
 * A transaction that lost a race: a unique violation (the idempotency key or a
 * NIK taken meanwhile) or PostgreSQL's serialization failure / deadlock.
 * Worth a look at the stored outcome and, failing that, another attempt.
 * Prisma reports these as P2002 / P2034 from model queries, and as P2010
 * with the driver's SQLSTATE from raw ones (lib/db/bulk.ts inserts raw).
 */
export function isWriteConflict(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2002" || error.code === "P2034") return true;
  const cause = (error.meta?.driverAdapterError as { cause?: { originalCode?: unknown } } | undefined)?.cause;
  return typeof cause?.originalCode === "string" && CONFLICT_SQLSTATES.has(cause.originalCode);
}

/** Whether `error` is a unique-index violation (Prisma P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
