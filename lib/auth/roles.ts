import type { Role } from "../db/generated/enums";

/**
 * Who may open which part of the portal: the one table that proxy.ts (redirects)
 * and requireArea() in lib/auth/session.ts (the real check, on the server, per page/action/route) read.
 */
export const AREA_ROLES = {
  "/akun": ["WORKER"],
  "/bank": ["BANK_OFFICER", "ADMIN"],
  // BJB managers see the dashboards held to what came through BJB (lib/dashboard/filters.ts)…
  "/dashboard": ["BPJS_STAFF", "ADMIN", "BJB_MANAGER"],
  // …but not BPJS TK's own work: reviewing registrations, reconciling payments, the audit log.
  "/dashboard/tinjauan": ["BPJS_STAFF", "ADMIN"],
  "/dashboard/rekonsiliasi": ["BPJS_STAFF", "ADMIN"],
  "/dashboard/audit": ["BPJS_STAFF", "ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Area = keyof typeof AREA_ROLES;

export const HOME_BY_ROLE: Record<Role, string> = {
  WORKER: "/akun",
  BANK_OFFICER: "/bank",
  BJB_MANAGER: "/dashboard",
  BPJS_STAFF: "/dashboard",
  ADMIN: "/dashboard",
};

/** The most specific area a path is in ("/dashboard/tinjauan/x" → "/dashboard/tinjauan"). */
export function areaOf(pathname: string): Area | undefined {
  return (Object.keys(AREA_ROLES) as Area[])
    .filter((area) => pathname === area || pathname.startsWith(`${area}/`))
    .sort((a, b) => b.length - a.length)[0];
}

export function roleMayEnter(role: Role | undefined, pathname: string): boolean {
  const area = areaOf(pathname);
  if (!area) return true;
  return role !== undefined && (AREA_ROLES[area] as readonly Role[]).includes(role);
}
