// The one permission check (lib/auth/permissions.ts applied to a requester),
// without Next: pages and routes reach it through lib/auth/session.ts, server
// actions through lib/actions, the API through lib/api/endpoint.ts, tests directly.
import type { SessionUser } from "./credentials";
import { ANYONE, grantOf, PERMISSIONS, type Permission, type Principal, type Scope } from "./permissions";
import { SIGN_IN_STEPS, type SignInStep } from "./sign-in-steps";

/** Who is asking. */
export type Requester =
  | { kind: "anonymous" }
  | { kind: "user"; user: SessionUser }
  /** A bank system, with an API key issued to one BJB branch (lib/api/keys.ts). */
  | { kind: "apiKey"; keyId: string; branchId: string; scopes: readonly Permission[] }
  /** Bank BJB's host-to-host link, proven by the notification's signature. */
  | { kind: "bjbHost" };

/** A person on the portal, signed in or not (server actions and pages: never a key). */
export type PersonRequester = Extract<Requester, { kind: "user" | "anonymous" }>;

export const ANONYMOUS: PersonRequester = { kind: "anonymous" };

/** What a requester may do under one permission, and over which records. */
export interface Access {
  permission: Permission;
  scope: Scope;
  requester: Requester;
}

export type AccessDecision =
  | { ok: true; access: Access }
  /** Nobody is signed in (or no key was given) for a permission the public does not hold. */
  | { ok: false; reason: "unauthenticated" }
  /** Signed in, but without the permission: answered as "not found", like a record out of scope. */
  | { ok: false; reason: "denied" }
  /** Signed in with a password, with a step still to take (a second factor, a new password): sent to that step. */
  | { ok: false; reason: "unfinished"; step: SignInStep };

function principalOf(requester: Requester): Principal | null {
  switch (requester.kind) {
    case "user":
      return requester.user.role;
    case "apiKey":
      return "API_KEY";
    case "bjbHost":
      return "BJB_HOST";
    default:
      return null;
  }
}

export function branchIdOf(requester: Requester): string | null {
  if (requester.kind === "apiKey") return requester.branchId;
  return requester.kind === "user" ? requester.user.branchId : null;
}

export function decideAccess(permission: Permission, requester: Requester): AccessDecision {
  // A session with a sign-in step to take holds that step's permission and what anyone holds, nothing else.
  const step = requester.kind === "user" ? requester.user.pending : undefined;
  if (step && permission !== SIGN_IN_STEPS[step].permission && PERMISSIONS[permission] !== ANYONE) {
    return { ok: false, reason: "unfinished", step };
  }
  const scope = grantOf(permission, principalOf(requester));
  // A key holds what API keys hold, narrowed to the scopes it was made with.
  if (requester.kind === "apiKey" && !requester.scopes.includes(permission)) return { ok: false, reason: "denied" };
  if (!scope) return { ok: false, reason: requester.kind === "anonymous" ? "unauthenticated" : "denied" };
  // An officer whose account has no branch yet holds a branch grant over nothing.
  if (scope === "branch" && !branchIdOf(requester)) return { ok: false, reason: "denied" };
  // …and an owner whose account has no participant record, over nothing too.
  if (scope === "owned" && !(requester.kind === "user" && requester.user.participantId)) return { ok: false, reason: "denied" };
  // …and an operator whose account names no sponsor, over nothing too.
  if (scope === "sponsor" && !(requester.kind === "user" && requester.user.sponsorId)) return { ok: false, reason: "denied" };
  return { ok: true, access: { permission, scope, requester } };
}

/** The signed-in user behind an access, if any (public permissions may be used signed in or not). */
export function userOf(access: Access): SessionUser | null {
  return access.requester.kind === "user" ? access.requester.user : null;
}

/** The access a user holds under `permission` (scripts, benchmarks, tests); throws when they do not hold it. */
export function accessOf(permission: Permission, user: SessionUser): Access {
  const decision = decideAccess(permission, { kind: "user", user });
  if (!decision.ok) throw new Error(`${user.role} does not hold ${permission}`);
  return decision.access;
}
