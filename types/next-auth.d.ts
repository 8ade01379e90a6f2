import type { SessionUser } from "@/lib/auth/credentials";

declare module "next-auth" {
  interface Session {
    user: SessionUser;
    /** Milliseconds since the epoch; absent in sessions from before it was recorded. */
    signedInAt?: number;
  }
  // Declaration merging needs an interface; it adds SessionUser's fields to next-auth's User.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface User extends SessionUser {}
}

declare module "next-auth/jwt" {
  interface JWT {
    user: SessionUser;
    signedInAt?: number;
  }
}
