/** Where a request came from, for the audit log and abuse limits. */
export interface RequestSource {
  ip: string | null;
  userAgent: string | null;
}

/**
 * The source of a request, from its headers. Lindung runs behind a reverse
 * proxy (nginx, docs/scaling.md) that sets X-Real-IP to the address it saw, so
 * that one is trusted first; else the last X-Forwarded-For entry, the one added
 * by the nearest proxy (earlier entries are whatever the requester claimed).
 */
export function sourceOf(headers: Headers): RequestSource {
  const forwarded = headers
    .get("x-forwarded-for")
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return {
    ip: headers.get("x-real-ip")?.trim() || forwarded?.at(-1) || null,
    userAgent: headers.get("user-agent")?.slice(0, 300) ?? null,
  };
}
