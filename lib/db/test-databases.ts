// Databases for tests: on a real PostgreSQL server (TEST_DATABASE_URL) each
// caller gets a fresh database cloned from a migrated template; without one,
// an in-memory embedded PostgreSQL loaded from a migrated snapshot. Used by
// the integration tests and the e2e server, never by the app.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { applyMigrations } from "./schema-engine";

export const TEMPLATE_DATABASE = "lindung_test_template";

function withDatabase(serverUrl: string, database: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Rebuilds the migrated template on the server (once per test run). */
export async function prepareServerTemplate(serverUrl: string) {
  await admin(serverUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  await applyMigrations(withDatabase(serverUrl, TEMPLATE_DATABASE));
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh database on the server, cloned from the migrated template (or empty, to be migrated by the caller). */
export async function createServerDatabase(
  serverUrl: string,
  prefix = "lindung_t",
  from: "template" | "empty" = "template",
): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(5).toString("hex")}`;
  await admin(serverUrl, (c) => c.query(`CREATE DATABASE ${name}${from === "template" ? ` TEMPLATE ${TEMPLATE_DATABASE}` : ""}`));
  return {
    url: withDatabase(serverUrl, name),
    drop: () => admin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** A migrated in-memory PGlite, dumped so each test file can start from it in a second. */
export async function migratedSnapshot(): Promise<Blob> {
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 10 });
  await server.start();
  try {
    await applyMigrations(`postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`);
  } finally {
    await server.stop();
  }
  const dump = await db.dumpDataDir("none");
  await db.close();
  return dump;
}

export async function createEmbeddedDatabase(snapshot: Blob): Promise<TestDatabase> {
  const db = await PGlite.create({ loadDataDir: snapshot });
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 100 });
  await server.start();
  return {
    url: `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    async drop() {
      await server.stop();
      await db.close();
    },
  };
}
