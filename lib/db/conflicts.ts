import { Prisma } from "./generated/client";

/**
 * A rule the database enforces (one NIK, one phone per account, one NIB),
 * as the field error a form shows. Checked first inside the transaction, and
 * mapped from the unique index when a concurrent submission got there first.
 */
export class FieldConflict extends Error {
  constructor(
    readonly field: string,
    readonly messageKey: string,
  ) {
    super(`${field}: ${messageKey}`);
  }
}

/** The unique-index violation of `error` as one of `byColumn`'s field conflicts, if it is one. */
export function uniqueViolationAs(
  error: unknown,
  byColumn: Record<string, { field: string; messageKey: string }>,
): FieldConflict | undefined {
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
