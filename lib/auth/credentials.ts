import { normalizeIndonesianMobile } from "../domain/phone";
import type { Db } from "../db/prisma";
import { DUMMY_HASH, verifyPassword } from "./password";

export interface SessionUser {
  id: string;
  name: string;
  role: "WORKER" | "BANK_OFFICER" | "BPJS_STAFF" | "ADMIN";
  branchId: string | null;
  regionCode: string | null;
  participantId: string | null;
}

/** Workers sign in with their NIK or mobile number, staff and officers with e-mail. */
function whereIdentifier(identifier: string) {
  const trimmed = identifier.trim();
  if (/^\d{16}$/.test(trimmed.replace(/\s/g, ""))) {
    return { participant: { nik: trimmed.replace(/\s/g, "") } };
  }
  if (trimmed.includes("@")) return { email: trimmed.toLowerCase() };
  const phone = normalizeIndonesianMobile(trimmed);
  return phone.ok ? { phone: phone.e164 } : undefined;
}

export async function authenticate(
  database: Db,
  identifier: string,
  password: string,
): Promise<SessionUser | null> {
  const where = whereIdentifier(identifier);
  const user = where
    ? await database.user.findFirst({ where, omit: { passwordHash: false } })
    : null;
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !ok || !user.active) return null;
  await database.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    branchId: user.branchId,
    regionCode: user.regionCode,
    participantId: user.participantId,
  };
}
