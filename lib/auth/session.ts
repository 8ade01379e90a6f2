import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db/database";
import type { SessionUser } from "./credentials";
import { authOptions } from "./options";
import { AREA_ROLES, type Area } from "./roles";

/**
 * The signed-in user as the database knows them now: the role, scope and
 * active flag are re-read on every request, so a disabled account or a
 * changed branch takes effect at once, whatever the JWT still says. Read once
 * per request (React cache): the header and the page share it.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  const user = await db().user.findUnique({ where: { id: session.user.id } });
  if (!user?.active) return null;
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    branchId: user.branchId,
    regionCode: user.regionCode,
    participantId: user.participantId,
  };
});

/** Pages: anonymous → sign-in; signed in with the wrong role → 404 (nothing to see here). */
export async function requireArea(area: Area, from: string = area): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/masuk?next=${encodeURIComponent(from)}`);
  if (!(AREA_ROLES[area] as readonly string[]).includes(user.role)) notFound();
  return user;
}
