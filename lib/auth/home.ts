import type { Role } from "../db/generated/enums";

/** Where each role's work starts after signing in (/masuk/lanjut, the site header). */
export const HOME_BY_ROLE: Record<Role, string> = {
  WORKER: "/akun",
  BANK_OFFICER: "/bank",
  BJB_MANAGER: "/dashboard",
  BPJS_STAFF: "/dashboard",
  FINANCE: "/dashboard/rekonsiliasi",
  ADMIN: "/dashboard",
  SPONSOR_OPERATOR: "/sponsor",
};
