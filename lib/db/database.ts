import "server-only";
import { env } from "../env";
import { createPrismaClient, type Db } from "./prisma";

// One client per process, created on first use: `next build` imports this
// module without a database, and dev hot reloads must not open new pools.
declare global {
  var lindungDb: Db | undefined;
}

export function db(): Db {
  globalThis.lindungDb ??= createPrismaClient(env.DATABASE_URL, env.DATABASE_POOL_MAX);
  return globalThis.lindungDb;
}
