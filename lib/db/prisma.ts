import { PrismaClient } from "./generated/client";
import { adapterFactoryFor } from "./adapter";

export function createPrismaClient(databaseUrl: string, poolMax?: number) {
  return new PrismaClient({
    adapter: adapterFactoryFor(databaseUrl, poolMax),
    // Secrets never leave the database layer unless a query asks by name.
    omit: { user: { passwordHash: true } },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
/**
 * What code inside `$transaction(async (tx) => …)` gets: the client without
 * connection and transaction control. The client itself also fits, so reads
 * can run inside or outside a transaction.
 */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
