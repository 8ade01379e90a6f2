// Failures a rule or a query throws on purpose, for the action and API
// builders (lib/actions, lib/api) to turn into the one answer each deserves.
// Plain classes without imports, so any layer may throw them.

/** The record does not exist, or lies outside the requester's scope: both answer "not found" (404). */
export class NotFound extends Error {
  /** `messageKey`: what an API answers (default: "data not found"). */
  constructor(readonly messageKey?: string) {
    super(messageKey ?? "not found");
  }
}

/**
 * A rule the database enforces (one NIK, one phone per account, one NIB), or
 * a referenced record that is gone, as the field error a form shows.
 */
export class FieldConflict extends Error {
  constructor(
    readonly field: string,
    readonly messageKey: string,
  ) {
    super(`${field}: ${messageKey}`);
  }
}

/** The request as a whole is refused, with a message key: a limit, a missing branch, a race to retry. */
export class Refusal extends Error {
  constructor(
    readonly messageKey: string,
    /** The HTTP status an API answers with. */
    readonly status: 400 | 409 | 422 | 429 | 503 = 400,
    /** Seconds before trying again (429). */
    readonly retryAfterSeconds?: number,
  ) {
    super(messageKey);
  }
}
