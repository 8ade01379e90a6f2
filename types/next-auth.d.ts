import type { SessionUser } from "@/lib/auth/credentials";

declare module "next-auth" {
  interface Session {
    user: SessionUser;
    /** Milliseconds since the epoch; absent in sessions from before it was recorded. */
    signedInAt?: number;
    /** The server-side session (UserSession) this JWT names. */
    sessionId?: string;
  }
  // Declaration merging needs an interface; it adds SessionUser's fields (and the new session's id) to next-auth's User.
  interface User extends SessionUser {
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    user: SessionUser;
    signedInAt?: number;
    sessionId?: string;
  }
}
