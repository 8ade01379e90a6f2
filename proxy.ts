import { withAuth } from "next-auth/middleware";
import { roleMayEnter } from "./lib/auth/roles";

// First line only (cheap redirects before rendering). The real check runs on
// the server in every page, action and route: lib/auth/session.ts.
export default withAuth({
  pages: { signIn: "/masuk" },
  callbacks: {
    authorized: ({ token, req }) => roleMayEnter(token?.user?.role, req.nextUrl.pathname),
  },
});

export const config = { matcher: ["/akun/:path*", "/bank/:path*", "/dashboard/:path*"] };
