// Sign-in with abuse limits (lib/security/limits.ts): failures count per
// account (whichever of its NIK, number or e-mail is typed, however) and per IP address in
// PostgreSQL, shared by every instance; past the limit the account (or
// address) is locked for a while, and told so. A success clears the account's
// failures. Unknown accounts count too, so probing gains nothing.
import type { Db } from "../db/prisma";
import { consumeLimit, limitReached, resetLimit, type LimitOutcome } from "../security/rate-limit";
import { messageWithParams } from "../validation/field-errors";
import { accountKey, authenticateAccount, findAccount, type SessionUser } from "./credentials";

/** The message (errors.json) a refused sign-in shows: the account is locked, or this network tried too often. */
export class SignInLocked extends Error {
  constructor(retryAfterSeconds: number, reason: "locked" | "network" = "locked") {
    super(messageWithParams(`errors.auth.${reason}`, { minutes: Math.ceil(retryAfterSeconds / 60) }));
  }
}

function refusal(account: LimitOutcome, network: LimitOutcome): SignInLocked | undefined {
  if (!account.ok) return new SignInLocked(account.retryAfterSeconds);
  if (!network.ok) return new SignInLocked(network.retryAfterSeconds, "network");
}

/** Whose failures count: the account, by id (passwords and second-factor codes alike; an admin can lift it). */
export const accountLockKey = (userId: string) => `user:${userId}`;

export async function signInWithLimits(database: Db, identifier: string, password: string, ip: string | null): Promise<SessionUser | null> {
  // Whose failures these are: the account, whichever of its NIK, phone or e-mail was typed (issue 15: an account
  // locked by NIK still signed in by phone number); for an identifier no account has, the identifier as typed.
  const found = await findAccount(database, identifier);
  const account = found ? accountLockKey(found.id) : accountKey(identifier);
  const who = ip ?? "unknown";
  const locked = refusal(...(await Promise.all([limitReached(database, "loginAccount", account), limitReached(database, "loginIp", who)])));
  if (locked) throw locked;

  const user = await authenticateAccount(database, found, password);
  if (user) {
    await resetLimit(database, "loginAccount", account);
    return user;
  }
  const now = refusal(...(await Promise.all([consumeLimit(database, "loginAccount", account), consumeLimit(database, "loginIp", who)])));
  if (now) throw now;
  return null;
}
