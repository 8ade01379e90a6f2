import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, inject } from "vitest";
import { createPrismaClient, type Db } from "../../lib/db/prisma";
import { createEmbeddedDatabase, createServerDatabase, type TestDatabase } from "../../lib/db/test-databases";

/**
 * A fresh, migrated database for this test file (real PostgreSQL when
 * TEST_DATABASE_URL is set, embedded otherwise). Tests inside a file share it
 * and make their own rows (unique NIKs from tests/support/factories.ts).
 */
export function setupTestDatabase(): { readonly db: Db; readonly url: string } {
  let database: TestDatabase;
  let client: Db;
  beforeAll(async () => {
    const config = inject("database");
    database =
      config.kind === "server"
        ? await createServerDatabase(config.serverUrl)
        : await createEmbeddedDatabase(new Blob([await readFile(config.snapshotFile)]));
    client = createPrismaClient(database.url);
  }, 60_000);
  afterAll(async () => {
    await client?.$disconnect();
    await database?.drop();
  });
  return {
    get db() {
      return client;
    },
    get url() {
      return database.url;
    },
  };
}

/**
 * A client for requests that run at the same moment. The real server takes
 * them on separate connections. The embedded PGlite server keeps transactions
 * apart but mixes up other statements arriving on several connections at once
 * ("unnamed prepared statement does not exist"), so there they share one
 * connection: the requests still interleave, the database sees them in turn.
 */
export function concurrentClient(t: { readonly db: Db; readonly url: string }): { db: Db; close: () => Promise<void> } {
  if (inject("database").kind === "server") return { db: t.db, close: async () => {} };
  const client = createPrismaClient(t.url, 1);
  return { db: client, close: () => client.$disconnect() };
}
