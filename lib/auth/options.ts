import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "../db/database";
import { safeRedirect } from "../http/local-path";
import { sourceOf } from "../http/source";
import type { SessionUser } from "./credentials";
import { signInWithLimits } from "./login-guard";
import { endSession, openSession } from "./user-sessions";

// next-auth 4 (stable) with JWT sessions: the app keeps no session table and
// any instance can verify a request (docs/decisions/0003-auth.md).
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 60 * 60 * 8 },
  pages: { signIn: "/masuk" },
  providers: [
    CredentialsProvider({
      credentials: { identifier: {}, password: {} },
      async authorize(credentials, req) {
        if (!credentials?.identifier || !credentials.password) return null;
        const headers = new Headers(
          Object.entries(req.headers ?? {}).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])) as [string, string][],
        );
        // A lockout throws: next-auth hands its message (an errors.* key) to the form.
        const source = sourceOf(headers);
        const user = await signInWithLimits(db(), credentials.identifier, credentials.password, source.ip);
        // The session lives on the server; the JWT only names it (lib/auth/user-sessions.ts).
        return user && { ...user, sessionId: await openSession(db(), user.id, source) };
      },
    }),
  ],
  callbacks: {
    redirect: ({ url, baseUrl }) => safeRedirect(url, baseUrl),
    jwt({ token, user }) {
      if (user) {
        const { sessionId, ...sessionUser } = user;
        token.user = sessionUser as SessionUser;
        token.sessionId = sessionId;
        // When this sign-in happened: a password reset ends the sessions from before it (lib/auth/session.ts).
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      session.user = token.user;
      session.signedInAt = token.signedInAt;
      session.sessionId = token.sessionId;
      return session;
    },
  },
  events: {
    // Signing out ends the session on the server: a copy of the cookie no longer works.
    async signOut({ token }) {
      if (token?.sessionId) await endSession(db(), token.sessionId, "SIGN_OUT");
    },
  },
};
