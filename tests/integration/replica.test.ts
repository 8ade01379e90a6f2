// Issue 17.8: dashboards read from a real hot standby (pg_basebackup of a primary of the test's own, streaming its
// WAL): the same figures as the primary once it has replayed, its lag known, and it refuses writes.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dashboardFigures } from "../../lib/dashboard/figures";
import { dashboardFilters } from "../../lib/dashboard/filters";
import { createPrismaClient, type Db } from "../../lib/db/prisma";
import { replicaStatus } from "../../lib/db/replica";
import { applyMigrations } from "../../lib/db/schema-engine";
import { dashboardReader } from "../support/actions";
import { bpuWorker } from "../support/bpu-fixtures";
import { postgresBinaries, startPrivatePostgres, type PrivatePostgres } from "../support/private-postgres";

const admin = dashboardReader();

describe.skipIf(!postgresBinaries())("dashboards on a streaming replica", () => {
  let primary: PrivatePostgres;
  let standby: PrivatePostgres;
  let write: Db;
  let read: Db;

  beforeAll(async () => {
    primary = await startPrivatePostgres({ fsync: false });
    const client = new pg.Client({ connectionString: primary.url });
    await client.connect();
    await client.query("CREATE DATABASE lindung");
    await client.end();
    const database = (url: string) => url.replace(/\/postgres$/, "/lindung");
    await applyMigrations(database(primary.url));
    standby = await startPrivatePostgres({ standbyOf: primary.url, fsync: false });
    write = createPrismaClient(database(primary.url), 2);
    read = createPrismaClient(database(standby.url), 2);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([write?.$disconnect(), read?.$disconnect()]);
    await standby?.stop();
    await primary?.stop();
  });

  it("shows the primary's figures once replayed, says how far behind it is, and takes no writes", { timeout: 60_000 }, async () => {
    expect(await replicaStatus(write)).toEqual({ replica: false });
    for (let i = 0; i < 3; i++) await bpuWorker(write, { regencyCode: "3602" });
    const expected = await dashboardFigures(write, dashboardFilters({}, admin));
    expect(expected.participants.total).toBe(3);
    // Streaming is asynchronous: the replica catches up within moments.
    await expect
      .poll(async () => (await dashboardFigures(read, dashboardFilters({}, admin))).participants, { timeout: 20_000 })
      .toEqual(expected.participants);
    const replicated = await dashboardFigures(read, dashboardFilters({}, admin));
    expect(replicated.byRegency).toEqual(expected.byRegency);
    expect(replicated.retention).toEqual(expected.retention);
    const status = await replicaStatus(read);
    expect(status).toMatchObject({ replica: true });
    expect(status.replica && status.lagSeconds).toBeLessThan(20);
    await expect(read.participant.deleteMany({})).rejects.toThrow(/read-only transaction/);
  });
});
