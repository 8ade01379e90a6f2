import { PrismaClient } from "./generated/client";
import { adapterFactoryFor } from "./adapter";

export function createPrismaClient(databaseUrl: string) {
  return new PrismaClient({
    adapter: adapterFactoryFor(databaseUrl),
    // Secrets never leave the database layer unless a query asks by name.
    omit: { user: { passwordHash: true } },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
