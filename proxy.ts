import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { areaOf } from "./lib/auth/roles";
import { contentSecurityPolicy, newNonce, sameOrigin } from "./lib/security/csp";

// Runs before every page, action and route (not static files):
// 1. refuses a POST to a page or route outside /api from another site (CSRF):
//    server actions come with a Next-Action header, or as a plain form post
//    without one, so every such POST must come from this site;
// 2. sends anonymous visitors of a signed-in area to /masuk (a cheap redirect;
//    roles and scope are checked on the server in every page, action and route:
//    lib/auth/session.ts, so a signed-in user in the wrong area gets a 404 there);
// 3. sets a fresh CSP nonce that Next puts on its scripts (pages only).
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (request.method === "POST" && !pathname.startsWith("/api/") && !sameOrigin(request.headers)) {
    return new NextResponse("Permintaan ditolak: asal permintaan tidak sah.", { status: 403 });
  }

  if (areaOf(pathname)) {
    // The cookie is __Secure- and Secure when NEXTAUTH_URL is https (next-auth reads it here too).
    const token = await getToken({ req: request });
    if (!token?.user) {
      const signIn = new URL("/masuk", request.url);
      signIn.searchParams.set("next", `${pathname}${search}`);
      return NextResponse.redirect(signIn);
    }
  }

  // JSON APIs render no HTML: no policy to build for them.
  if (pathname.startsWith("/api/")) return NextResponse.next();
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|robots.txt).*)" }],
};
