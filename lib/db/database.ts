import "server-only";
import { env } from "../env";
import { createPrismaClient, type Db } from "./prisma";
import { replicaStatus, type ReplicaStatus } from "./replica";

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

/** Where readDb() reads: a replica and how far behind it is — asked only when one is configured (no query else). */
export function readSource(): Promise<ReplicaStatus> {
  return env.DATABASE_REPLICA_URL ? replicaStatus(readDb()) : Promise.resolve({ replica: false });
}
