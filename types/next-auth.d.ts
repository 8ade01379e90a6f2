import type { SessionUser } from "@/lib/auth/credentials";

declare module "next-auth" {
  interface Session {
    user: SessionUser;
  }
  interface User extends SessionUser {}
}

declare module "next-auth/jwt" {
  interface JWT {
    user: SessionUser;
  }
}
