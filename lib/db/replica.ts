// Whether a database is a streaming replica, and how far behind its primary
// it is (issue 17.8): shown on the dashboard so a figure is read with its age.
import type { Db } from "./prisma";

export type ReplicaStatus = { replica: false } | { replica: true; lagSeconds: number };

/**
 * Lag = 0 when the replica has replayed all the WAL it received; else the time since the last transaction it
 * replayed (the primary's commit time). A quiet primary sends nothing to replay, so "time since the last replay"
 * alone would grow while the replica is in fact up to date.
 */
export async function replicaStatus(db: Db): Promise<ReplicaStatus> {
  const [row] = await db.$queryRaw<{ replica: boolean; lag: number | null }[]>`
    SELECT pg_is_in_recovery() AS replica,
      CASE WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() THEN 0
        ELSE EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp())::float8 END AS lag`;
  return row?.replica ? { replica: true, lagSeconds: Math.max(0, row.lag ?? 0) } : { replica: false };
}
