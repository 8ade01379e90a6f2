// Server actions run as the app runs them (lib/actions/define.ts: permission,
// schema, limit, one transaction), with a test database and a chosen requester.
import { deepStrictEqual } from "node:assert/strict";
import type { z } from "zod";
import { accessOf, ANONYMOUS, type PersonRequester } from "../../lib/auth/access";
import type { Permission } from "../../lib/auth/permissions";
import { sessionUserOf as sessionOfAccount, type SessionUser } from "../../lib/auth/credentials";
import { runAction, type ActionDefinition, type ActionOutcome, type TransactionOption } from "../../lib/actions/define";
import type { Db } from "../../lib/db/prisma";
import type { RequestSource } from "../../lib/http/source";
import { requesterAddress, toFormData } from "./factories";

let serial = 0;

export type RunOptions = {
  /** The signed-in user; anonymous when left out. */
  as?: SessionUser | null;
  /** Where the request came from; a fresh address each call when left out (abuse limits count per address). */
  source?: Partial<RequestSource>;
  now?: Date;
};

export function runAs<P extends Permission, Schema extends z.ZodType, Prepared, Data, T extends TransactionOption>(
  db: Db,
  definition: ActionDefinition<P, Schema, Prepared, Data, T>,
  form: FormData | Record<string, unknown>,
  options: RunOptions = {},
): Promise<ActionOutcome<Data>> {
  const requester: PersonRequester = options.as ? { kind: "user", user: options.as } : ANONYMOUS;
  const source = { ip: requesterAddress(++serial + 200_000), userAgent: "vitest", ...options.source };
  return runAction(definition, { db, requester, source, now: options.now }, form instanceof FormData ? form : toFormData(form));
}

// Plain assertions (node:assert), so benchmarks and scripts can use these too.

/** The outcome is a success; its data. */
export function succeeded<Data>(outcome: ActionOutcome<Data>): Data {
  if (!("ok" in outcome) || !outcome.ok) throw new Error(`expected a success, got ${JSON.stringify(outcome)}`);
  return outcome.data;
}

/** The outcome is a refusal with exactly these field errors (and this form message, or none). */
export function expectRefused(outcome: ActionOutcome<unknown>, fieldErrors: Record<string, string>, formError?: string) {
  if (!("ok" in outcome) || outcome.ok) throw new Error(`expected a refusal, got ${JSON.stringify(outcome)}`);
  deepStrictEqual({ fieldErrors: outcome.fieldErrors, formError: outcome.formError }, { fieldErrors, formError });
}

/** The session of a user row (createOfficer, a staff member written in a test): what runAs signs in as. */
export function sessionUserOf(
  user: Pick<SessionUser, "id" | "name" | "role"> & Partial<Pick<SessionUser, "branchId" | "regionCode" | "sponsorId" | "participantId">>,
): SessionUser {
  const { branchId = null, regionCode = null, sponsorId = null, participantId = null } = user;
  return sessionOfAccount({ ...user, branchId, regionCode, sponsorId, participantId });
}

/** The dashboard's access of an admin (all of Banten), or of BPJS TK staff of `regionCode`. */
export function dashboardReader(regionCode: string | null = null) {
  return accessOf(
    "dashboard.read",
    sessionUserOf({
      id: regionCode ? `staff-${regionCode}` : "admin",
      name: "Pembaca",
      role: regionCode ? "BPJS_STAFF" : "ADMIN",
      regionCode,
    }),
  );
}
