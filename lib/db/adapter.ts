import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { log } from "../log";

/**
 * A pg client that is never without an "error" listener. When PostgreSQL
 * restarts or cuts sessions, it sends a FATAL message on every connection;
 * one that arrives while a client is checked out of the pool but between
 * queries would otherwise be an uncaught exception and take the whole app
 * down (found by tests/integration/failures.test.ts). The broken client's next
 * query fails, and the pool replaces it.
 */
class ObservedClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.on("error", (error) => log.warn({ code: (error as { code?: string }).code, message: error.message }, "database connection lost"));
  }
}

/** The one way the app reaches PostgreSQL: adapter-pg over a URL. */
export function adapterFactoryFor(databaseUrl: string, max = 10) {
  return new PrismaPg({ connectionString: databaseUrl, max, Client: ObservedClient });
}
