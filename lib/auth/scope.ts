// A grant's scope (lib/auth/permissions.ts) as the filter a query puts in its
// WHERE clause, so another branch's client or another regency's case is simply
// not found (404), never "forbidden".
import { branchIdOf, userOf, type Access } from "./access";

/** The BJB branch whose records are reachable; null = every branch. */
export interface BranchScope {
  branchId: string | null;
}

/** The regency whose records are reachable; null = all of Banten. */
export interface RegionScope {
  regionCode: string | null;
}

export function branchScope(access: Access): BranchScope {
  if (access.scope === "all") return { branchId: null };
  if (access.scope === "branch") return { branchId: branchIdOf(access.requester) };
  throw new Error(`${access.permission} in scope ${access.scope} has no branch`);
}

export const inBranch = (scope: BranchScope) => (scope.branchId ? { branchId: scope.branchId } : {});

/** The companies (clients) reachable: a branch's, every branch's, or the ones the requester owns or manages. */
export type ClientScope = BranchScope | { participantId: string };

export function clientScope(access: Access): ClientScope {
  if (access.scope !== "owned") return branchScope(access);
  const participantId = userOf(access)?.participantId;
  if (!participantId) throw new Error(`${access.permission} in scope owned has no participant`);
  return { participantId };
}

/** Whether `scope` is a participant's own (owner or named manager), not an officer's branch. */
export const isOwnScope = (scope: ClientScope): scope is { participantId: string } => "participantId" in scope;

/** A company filter for `scope`: its branch, or the businesses the participant owns or was named to manage. */
export const ofClient = (scope: ClientScope) =>
  isOwnScope(scope) ? { OR: [{ ownerId: scope.participantId }, { managerId: scope.participantId }] } : inBranch(scope);

export function regionScope(access: Access): RegionScope {
  if (access.scope === "region") return { regionCode: userOf(access)?.regionCode ?? null };
  if (access.scope === "all" || access.scope === "bjb") return { regionCode: null };
  throw new Error(`${access.permission} in scope ${access.scope} has no region`);
}

/** The sponsor whose programmes are reachable; null = every sponsor. */
export interface SponsorScope {
  sponsorId: string | null;
}

/** A programme filter for `scope`: its sponsor's, or every one. */
export const inSponsor = (scope: SponsorScope) => (scope.sponsorId ? { sponsorId: scope.sponsorId } : {});

export function sponsorScope(access: Access): SponsorScope {
  if (access.scope === "all") return { sponsorId: null };
  const sponsorId = access.scope === "sponsor" ? userOf(access)?.sponsorId : null;
  if (!sponsorId) throw new Error(`${access.permission} in scope ${access.scope} has no sponsor`);
  return { sponsorId };
}

/** Only what came in through BJB: BJB management's view of the dashboards. */
export const throughBjbOnly = (access: Access) => access.scope === "bjb";

/** The worker's own participant record, for "own" grants; null when the account has none. */
export function ownParticipantId(access: Access): string | null {
  return access.scope === "own" ? (userOf(access)?.participantId ?? null) : null;
}
