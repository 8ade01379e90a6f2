import { normalizeIndonesianMobile } from "../domain/phone";
import type { Role } from "../db/generated/enums";
import type { Db } from "../db/prisma";
import { needsSecondFactor, type SignInStep } from "./sign-in-steps";
import { DUMMY_HASH, verifyPassword } from "./password";

export interface SessionUser {
  id: string;
  name: string;
  role: Role;
  branchId: string | null;
  regionCode: string | null;
  /** A sponsor's operator: the sponsor whose programmes they work on. */
  sponsorId: string | null;
  participantId: string | null;
  /** A sign-in step this session has yet to take (lib/auth/sign-in-steps.ts): until then it holds only that step. */
  pending?: SignInStep;
  /** The server-side session (UserSession) of this request, where there is one. */
  sessionId?: string;
}

type Identifier = { kind: "nik" | "email" | "phone"; value: string };

/** Workers sign in with their NIK or mobile number, staff and officers with e-mail: each in one canonical form. */
function parseIdentifier(identifier: string): Identifier | undefined {
  const trimmed = identifier.trim();
  const digits = trimmed.replace(/\s/g, "");
  if (/^\d{16}$/.test(digits)) return { kind: "nik", value: digits };
  if (trimmed.includes("@")) return { kind: "email", value: trimmed.toLowerCase() };
  const phone = normalizeIndonesianMobile(trimmed);
  return phone.ok ? { kind: "phone", value: phone.e164 } : undefined;
}

function whereIdentifier(id: Identifier) {
  return id.kind === "nik" ? { participant: { nik: id.value } } : id.kind === "email" ? { email: id.value } : { phone: id.value };
}

/**
 * The account an identifier names, however it was typed ("0812-3456-7890",
 * "+62 812 3456 7890"): what sign-in limits count against.
 */
export function accountKey(identifier: string): string {
  const id = parseIdentifier(identifier);
  return id ? `${id.kind}:${id.value}` : `other:${identifier.replace(/\s/g, "").toLowerCase().slice(0, 100)}`;
}

/** The account an identifier names (NIK, phone or e-mail, however typed), or null. */
export function findAccount(database: Pick<Db, "user">, identifier: string) {
  const id = parseIdentifier(identifier);
  return id ? database.user.findFirst({ where: whereIdentifier(id), omit: { passwordHash: false } }) : Promise.resolve(null);
}

export async function authenticate(database: Db, identifier: string, password: string): Promise<SessionUser | null> {
  return authenticateAccount(database, await findAccount(database, identifier), password);
}

/** The password checked against an account already found (or none: a dummy hash keeps the timing). */
export async function authenticateAccount(
  database: Db,
  user: Awaited<ReturnType<typeof findAccount>>,
  password: string,
): Promise<SessionUser | null> {
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !ok || !user.active) return null;
  // Signed in: now for a worker; for everyone else once the second factor is given too (lib/account/two-factor.ts).
  if (!needsSecondFactor(user.role)) await database.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return sessionUserOf(user);
}

/** Who an account is for the permission check: its role and the records its scope reaches. */
export function sessionUserOf(
  user: Pick<SessionUser, "id" | "name" | "role" | "branchId" | "regionCode" | "sponsorId" | "participantId">,
): SessionUser {
  const { id, name, role, branchId, regionCode, sponsorId, participantId } = user;
  return { id, name, role, branchId, regionCode, sponsorId, participantId };
}

/** A session signed in before the account's sessions were ended (a password reset) is over; one without a time too. */
export function sessionIsCurrent(signedInAt: number | undefined, sessionsValidFrom: Date | null): boolean {
  return !sessionsValidFrom || (signedInAt !== undefined && signedInAt >= sessionsValidFrom.getTime());
}
