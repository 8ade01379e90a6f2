import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { CALLBACK_COOKIES, isOwnAddress } from "./lib/http/local-path";
import { REQUEST_PATH_HEADER } from "./lib/http/request-path";
import idErrors from "./messages/id/errors.json";
import { contentSecurityPolicy, newNonce, sameOrigin } from "./lib/security/csp";

/**
 * Parts of the site with nothing for anonymous visitors: sent to /masuk before
 * rendering, a cheap redirect. Who may see what is decided on the server by
 * each page, action and route (lib/auth/permissions.ts); a signed-in user
 * without the permission gets a 404 there.
 */
const SIGNED_IN_ONLY = ["/akun", "/bank", "/dashboard"];

const signedInOnly = (pathname: string) => SIGNED_IN_ONLY.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));

// Runs before every page, action and route (not static files):
// 1. refuses a POST to a page or route outside /api from another site (CSRF):
//    server actions come with a Next-Action header, or as a plain form post
//    without one, so every such POST must come from this site;
// 2. sends anonymous visitors of a signed-in part to /masuk;
// 3. passes the path on (lib/http/request-path.ts) and sets a fresh CSP nonce
//    that Next puts on its scripts (pages only).
// Before all that, a callback address next-auth cannot read is dropped (it answers 500 to it).
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // next-auth answers 500 to a callback address it cannot parse ("http://localhost:3100.evil.example/"), on every
  // page while such a cookie is held (issue 15): the address is dropped here, before anything reads it.
  const callback = request.nextUrl.searchParams.get("callbackUrl");
  if (pathname.startsWith("/api/auth/") && callback !== null && !isOwnAddress(callback, request.nextUrl.origin)) {
    const cleaned = request.nextUrl.clone();
    cleaned.searchParams.delete("callbackUrl");
    return NextResponse.redirect(cleaned);
  }
  const badCookies = CALLBACK_COOKIES.filter((name) => {
    const value = request.cookies.get(name)?.value;
    return value !== undefined && !isOwnAddress(value, request.nextUrl.origin);
  });
  // Gone from this request (what reads cookies downstream sees the headers below) and from the browser.
  for (const name of badCookies) request.cookies.delete(name);
  const forget = (response: NextResponse) => {
    for (const name of badCookies) response.cookies.delete(name);
    return response;
  };
  if (request.method === "POST" && !pathname.startsWith("/api/") && !sameOrigin(request.headers)) {
    // Before any page or locale is known: the portal's language, Bahasa Indonesia.
    return new NextResponse(idErrors.errors.crossSite, { status: 403 });
  }

  if (signedInOnly(pathname)) {
    // The cookie is __Secure- and Secure when NEXTAUTH_URL is https (next-auth reads it here too).
    const token = await getToken({ req: request });
    if (!token?.user) {
      const signIn = new URL("/masuk", request.url);
      signIn.searchParams.set("next", `${pathname}${search}`);
      return forget(NextResponse.redirect(signIn));
    }
  }

  // JSON APIs render no HTML: no policy to build for them.
  if (pathname.startsWith("/api/")) return forget(NextResponse.next({ request: { headers: request.headers } }));
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  headers.set(REQUEST_PATH_HEADER, `${pathname}${search}`);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return forget(response);
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|robots.txt).*)" }],
};
