import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "../db/client";
import { authenticate, type SessionUser } from "./credentials";

// next-auth 4 (stable) with JWT sessions: the app keeps no session table and
// any instance can verify a request (docs/decisions/0003-auth.md).
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 60 * 60 * 8 },
  pages: { signIn: "/masuk" },
  providers: [
    CredentialsProvider({
      credentials: { identifier: {}, password: {} },
      async authorize(credentials) {
        if (!credentials?.identifier || !credentials.password) return null;
        return authenticate(db(), credentials.identifier, credentials.password);
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.user = user as SessionUser;
      return token;
    },
    session({ session, token }) {
      session.user = token.user;
      return session;
    },
  },
};
