/**
 * `value` when it is a path on this site, else undefined: where to send someone
 * after signing in. "//evil.example" and "/\evil.example" (which browsers read
 * as another host) are refused by resolving the path and comparing origins, and
 * so is a path that only becomes "//evil.example" once its dot segments are
 * collapsed ("/.//evil.example", issue 15): the collapsed path is what is handed on.
 */
export function safeLocalPath(value: string | undefined): string | undefined {
  if (!value?.startsWith("/")) return undefined;
  const base = "http://lindung.invalid";
  try {
    const url = new URL(value, base);
    const local = url.origin === base && !value.includes("\\") && !url.pathname.startsWith("//");
    return local ? `${url.pathname}${url.search}${url.hash}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where next-auth may send someone (its `redirect` callback): a path on this site, or an address of this site's
 * own origin, else the site itself. Never throws: a malformed callbackUrl ("http://localhost:3100.evil.example/",
 * an invalid port) made next-auth's own check throw, and sign-in, sign-out and every page of a browser holding
 * such a cookie answered 500 (issue 15).
 */
export function safeRedirect(url: string, baseUrl: string): string {
  const path = safeLocalPath(url);
  if (path) return `${baseUrl}${path}`;
  try {
    const target = new URL(url);
    return target.origin === new URL(baseUrl).origin ? safeRedirectPath(target, baseUrl) : baseUrl;
  } catch {
    return baseUrl;
  }
}

/** An address of this origin, by its path (checked like any other). */
const safeRedirectPath = (target: URL, baseUrl: string) => {
  const path = safeLocalPath(`${target.pathname}${target.search}${target.hash}`);
  return path ? `${baseUrl}${path}` : baseUrl;
};

/** next-auth's callback cookie (plain, and `__Secure-` under https). */
export const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"] as const;

/** Whether next-auth would accept `value` as where to go next: a path of this site or an address of `origin`. */
export function isOwnAddress(value: string, origin: string): boolean {
  if (safeLocalPath(value)) return true;
  try {
    return new URL(value).origin === origin;
  } catch {
    return false;
  }
}
