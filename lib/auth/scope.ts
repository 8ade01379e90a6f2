import type { SessionUser } from "./credentials";

/**
 * Which clients an officer may see: their own branch; ADMIN all branches.
 * Every officer query puts this in its WHERE clause, so another branch's
 * client is simply not found (404), never "forbidden".
 */
export interface BranchScope {
  branchId: string | null;
}

export function branchScopeOf(user: SessionUser): BranchScope {
  if (user.role === "ADMIN") return { branchId: null };
  if (user.role === "BANK_OFFICER" && user.branchId) return { branchId: user.branchId };
  throw new Error(`${user.role} has no branch scope`);
}

export const inBranch = (scope: BranchScope) => (scope.branchId ? { branchId: scope.branchId } : {});

/** Which regency staff see: their own (null = all of Banten); ADMIN all of Banten. */
export interface RegionScope {
  regionCode: string | null;
}

export function regionScopeOf(user: SessionUser): RegionScope {
  return { regionCode: user.role === "ADMIN" ? null : user.regionCode };
}
