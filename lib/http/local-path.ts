/**
 * `value` when it is a path on this site, else undefined: where to send someone
 * after signing in. "//evil.example" and "/\evil.example" (which browsers read
 * as another host) are refused by resolving the path and comparing origins.
 */
export function safeLocalPath(value: string | undefined): string | undefined {
  if (!value?.startsWith("/")) return undefined;
  const base = "http://lindung.invalid";
  try {
    const url = new URL(value, base);
    return url.origin === base && !value.includes("\\") ? `${url.pathname}${url.search}${url.hash}` : undefined;
  } catch {
    return undefined;
  }
}
