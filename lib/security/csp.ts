// Content-Security-Policy for every page (issue 6). Scripts run only with this
// request's nonce ('strict-dynamic' lets Next's own chunks load the rest):
// no 'unsafe-inline' scripts. Styles keep 'unsafe-inline' because React
// style={} attributes (the dashboard's bars) cannot carry a nonce.
export function contentSecurityPolicy(nonce: string, options: { dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh, unguessable nonce per request (128 bits). */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * Whether a POST comes from this site. A browser always sends Origin on a
 * POST; one from another site (or none at all) is refused before any server
 * action runs (CSRF), compared with the host as the proxy in front forwarded it.
 */
export function sameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
