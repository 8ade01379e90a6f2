import "server-only";
import { env } from "../env";
import { createPrismaClient, type Db } from "./prisma";

// One client per process, created on first use: `next build` imports this
// module without a database, and dev hot reloads must not open new pools.
declare global {
  var lindungDb: Db | undefined;
  var lindungReadDb: Db | undefined;
}

export function db(): Db {
  globalThis.lindungDb ??= createPrismaClient(env.DATABASE_URL, env.DATABASE_POOL_MAX);
  return globalThis.lindungDb;
}

/**
 * For reads that may lag the primary by a moment (dashboards, their lists and exports, the stats API): the streaming
 * replica when DATABASE_REPLICA_URL is set, else the primary. Never for a read a write depends on.
 */
export function readDb(): Db {
  if (!env.DATABASE_REPLICA_URL) return db();
  globalThis.lindungReadDb ??= createPrismaClient(env.DATABASE_REPLICA_URL, env.DATABASE_POOL_MAX);
  return globalThis.lindungReadDb;
}
