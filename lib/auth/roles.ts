import type { Role } from "../db/generated/enums";

/**
 * Who may open which part of the portal: the one table that proxy.ts (redirects)
 * and requireRole() (the real check, on the server, per page/action/route) read.
 */
export const AREA_ROLES = {
  "/akun": ["WORKER"],
  "/bank": ["BANK_OFFICER", "ADMIN"],
  "/dashboard": ["BPJS_STAFF", "ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Area = keyof typeof AREA_ROLES;

export const HOME_BY_ROLE: Record<Role, string> = {
  WORKER: "/akun",
  BANK_OFFICER: "/bank",
  BPJS_STAFF: "/dashboard",
  ADMIN: "/dashboard",
};

export function areaOf(pathname: string): Area | undefined {
  return (Object.keys(AREA_ROLES) as Area[]).find(
    (area) => pathname === area || pathname.startsWith(`${area}/`),
  );
}

export function roleMayEnter(role: Role | undefined, pathname: string): boolean {
  const area = areaOf(pathname);
  if (!area) return true;
  return role !== undefined && (AREA_ROLES[area] as readonly Role[]).includes(role);
}
