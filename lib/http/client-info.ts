import "server-only";
import { headers } from "next/headers";

/** Where a request came from, for the audit log. The proxy in front sets x-forwarded-for. */
export async function clientInfo() {
  const h = await headers();
  return {
    ip: h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || null,
    userAgent: h.get("user-agent"),
  };
}
