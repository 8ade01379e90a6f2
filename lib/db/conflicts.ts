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
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return;
  const target = JSON.stringify(error.meta ?? {});
  const hit = Object.entries(byColumn).find(([column]) => target.includes(column));
  return hit ? new FieldConflict(hit[1].field, hit[1].messageKey) : undefined;
}
