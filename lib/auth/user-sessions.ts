// Sessions that end (issue 15). next-auth's JWT cannot be recalled, so it only
// carries a session id; the session itself lives here and every request checks
// it: signing out, a password reset or a deactivation ends it on the server (a
// copied cookie stops working at once), and staff, officers, finance, managers
// and admins are signed out after 30 minutes without a request. Workers keep
// the JWT's 8 hours.
import type { Role, SessionEnd } from "../db/generated/enums";
import type { Db, Tx } from "../db/prisma";
import type { RequestSource } from "../http/source";

/** Minutes without a request after which a staff session ends (the number). */
export const IDLE_MINUTES = 30;
/** lastSeenAt is written at most this often per session: a page view is not a write. */
const TOUCH_EVERY_MS = 60_000;

/** Who is signed out when idle: everyone but workers. */
export const idleEnds = (role: Role) => role !== "WORKER";

export async function openSession(db: Db, userId: string, source: Partial<RequestSource>, now: Date = new Date()): Promise<string> {
  const row = await db.userSession.create({
    data: { userId, createdAt: now, lastSeenAt: now, ip: source.ip ?? null, userAgent: source.userAgent?.slice(0, 300) ?? null },
    select: { id: true },
  });
  return row.id;
}

/**
 * The session `id` of a user with `role` while it is on (not ended, and for staff not idle), or null. An idle one is
 * ended here; a live one has its lastSeenAt moved on (at most once a minute).
 */
export async function touchSession(
  db: Db,
  id: string | undefined,
  userId: string,
  role: Role,
  now: Date = new Date(),
): Promise<{ secondFactorAt: Date | null } | null> {
  if (!id) return null;
  const session = await db.userSession.findUnique({
    where: { id },
    select: { userId: true, lastSeenAt: true, endedAt: true, secondFactorAt: true },
  });
  if (!session || session.userId !== userId || session.endedAt) return null;
  const idle = now.getTime() - session.lastSeenAt.getTime();
  if (idleEnds(role) && idle > IDLE_MINUTES * 60_000) {
    await endSession(db, id, "IDLE", now);
    return null;
  }
  if (idle > TOUCH_EVERY_MS) await db.userSession.updateMany({ where: { id, endedAt: null }, data: { lastSeenAt: now } });
  return { secondFactorAt: session.secondFactorAt };
}

export function endSession(db: Db | Tx, id: string, reason: SessionEnd, now: Date = new Date()) {
  return db.userSession.updateMany({ where: { id, endedAt: null }, data: { endedAt: now, endReason: reason } });
}

/** Ends every session of a user at once (a password reset, a deactivation), but `keep` (the one choosing a new password). */
export function endUserSessions(db: Db | Tx, userId: string, reason: SessionEnd, now: Date = new Date(), keep?: string) {
  return db.userSession.updateMany({
    where: { userId, endedAt: null, ...(keep && { id: { not: keep } }) },
    data: { endedAt: now, endReason: reason },
  });
}
