// What the admin console reads: staff accounts, one account's recent sign-ins, branches, API keys.
import { z } from "zod";
import type { Role } from "../db/generated/enums";
import type { Db } from "../db/prisma";
import { accountLockKey } from "../auth/login-guard";
import { limitReached } from "../security/rate-limit";
import { searchField } from "../validation/person";
import { STAFF_ROLES, type StaffRole } from "./accounts";

/** Rows on the users page: staff are a few hundred at most, so one page ordered by name, filtered on the server. */
const ACCOUNT_LIST_MAX = 500;
/** Recent sign-ins shown on an account's page. */
export const RECENT_SIGN_INS = 20;

/** The users page's filters from its address: a role and a search; anything else reads as none. */
export const accountFilters = z.object({
  peran: z.enum(STAFF_ROLES).optional().catch(undefined),
  q: searchField(100),
});

/** What the list and an account's page both show. */
const ACCOUNT_COLUMNS = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  regionCode: true,
  sponsor: { select: { name: true } },
  lastLoginAt: true,
  totpEnabledAt: true,
  passwordChangeRequired: true,
} as const;

export function listAccounts(db: Db, filter: { role?: StaffRole; q?: string }) {
  const q = filter.q?.trim();
  return db.user.findMany({
    where: {
      role: filter.role ?? { in: [...STAFF_ROLES] as Role[] },
      ...(q && { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q.toLowerCase() } }] }),
    },
    orderBy: [{ active: "desc" }, { name: "asc" }],
    take: ACCOUNT_LIST_MAX,
    select: { ...ACCOUNT_COLUMNS, branch: { select: { code: true } } },
  });
}

/** One staff account with its recent sign-ins and whether it is locked now; null for a worker's or none. */
export async function accountDetail(db: Db, id: string) {
  const user = await db.user.findUnique({
    where: { id },
    select: {
      ...ACCOUNT_COLUMNS,
      createdAt: true,
      branch: { select: { code: true, name: true } },
      sessions: {
        orderBy: { createdAt: "desc" },
        take: RECENT_SIGN_INS,
        select: {
          id: true,
          createdAt: true,
          lastSeenAt: true,
          endedAt: true,
          endReason: true,
          ip: true,
          userAgent: true,
          secondFactorAt: true,
        },
      },
      _count: { select: { recoveryCodes: { where: { usedAt: null } } } },
    },
  });
  if (!user || user.role === "WORKER") return null;
  const lock = await limitReached(db, "loginAccount", accountLockKey(user.id));
  return { ...user, lockedForSeconds: lock.ok ? 0 : lock.retryAfterSeconds };
}

export function listBranches(db: Db) {
  return db.branch.findMany({
    orderBy: { code: "asc" },
    select: { id: true, code: true, name: true, regencyCode: true, _count: { select: { users: true, companies: true, apiKeys: true } } },
  });
}

/** Branches as a form's choices ("BJB-SRG · Bank BJB KC Serang"): no counts to make. */
export async function branchOptions(db: Db) {
  const branches = await db.branch.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, name: true } });
  return branches.map((b) => ({ value: b.id, label: `${b.code} · ${b.name}` }));
}

export function listApiKeys(db: Db) {
  return db.apiKey.findMany({
    orderBy: [{ createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      prefix: true,
      scopes: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      branch: { select: { code: true } },
    },
  });
}
