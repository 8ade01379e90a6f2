import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { publicRoute } from "@/lib/auth/session";

// Sign-in, sign-out, CSRF token and session: next-auth's own routes, for anyone.
const handler = publicRoute("site.read", NextAuth(authOptions));
export { handler as GET, handler as POST };
