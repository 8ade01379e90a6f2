import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db/database";
import { REQUEST_PATH_HEADER } from "../http/request-path";
import { ANONYMOUS, decideAccess, type Access, type PersonRequester } from "./access";
import { sessionIsCurrent, sessionUserOf, type SessionUser } from "./credentials";
import { authOptions } from "./options";
import { pendingStep, SIGN_IN_STEPS, type SignInStep } from "./sign-in-steps";
import { touchSession } from "./user-sessions";
import type { Permission, PublicPermission, SignedInPermission } from "./permissions";

/**
 * The signed-in user as the database knows them now: the role, scope and
 * active flag are re-read on every request, so a disabled account or a
 * changed branch takes effect at once, whatever the JWT still says; a
 * session ended on the server (signed out, a password reset, idle) is over. Read once
 * per request (React cache): the header and the page share it.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  const user = await db().user.findUnique({ where: { id: session.user.id } });
  if (!user?.active || !sessionIsCurrent(session.signedInAt, user.sessionsValidFrom)) return null;
  // Ended on the server (signed out, reset, deactivated) or idle too long: signed out.
  const live = await touchSession(db(), session.sessionId, user.id, user.role);
  if (!live) return null;
  return {
    ...sessionUserOf(user),
    pending: pendingStep(user, live),
    sessionId: session.sessionId,
  };
});

/** This request's requester: the signed-in user, or nobody. */
export async function requester(): Promise<PersonRequester> {
  const user = await currentUser();
  return user ? { kind: "user", user } : ANONYMOUS;
}

/** Sign-in (or the sign-in step still to take), coming back to the page asked for (proxy.ts passes its path along). */
export async function signInPath(step?: SignInStep): Promise<string> {
  const path = (await headers()).get(REQUEST_PATH_HEADER);
  const page = step ? SIGN_IN_STEPS[step].path : "/masuk";
  return path && path !== page ? `${page}?next=${encodeURIComponent(path)}` : page;
}

/** A page's access under a permission only signed-in users hold: the user is known. */
export interface UserAccess extends Access {
  user: SessionUser;
}

/**
 * Pages and route handlers: the access `permission` gives this request.
 * Anonymous → sign in; signed in without it → 404 (nothing to see here).
 */
export async function authorize<P extends Permission>(permission: P): Promise<P extends SignedInPermission ? UserAccess : Access>;
export async function authorize(permission: Permission): Promise<Access | UserAccess> {
  const decision = decideAccess(permission, await requester());
  if (!decision.ok) {
    if (decision.reason === "unauthenticated") redirect(await signInPath());
    if (decision.reason === "unfinished") redirect(await signInPath(decision.step));
    notFound();
  }
  const { requester: who } = decision.access;
  return who.kind === "user" ? { ...decision.access, user: who.user } : decision.access;
}

/**
 * A route handler that is public by nature (next-auth's own routes): declares
 * its permission, which only a public one can be, and checks nothing.
 */
export function publicRoute<Handler>(permission: PublicPermission, handler: Handler): Handler {
  void permission;
  return handler;
}

/** Whether this request's requester holds `permission` (a link to show or hide; the target checks again). */
export async function holds(permission: Permission): Promise<boolean> {
  return decideAccess(permission, await requester()).ok;
}
