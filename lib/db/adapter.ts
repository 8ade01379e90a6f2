import { PrismaPg } from "@prisma/adapter-pg";

/** The one way the app reaches PostgreSQL: adapter-pg over a URL. */
export function adapterFactoryFor(databaseUrl: string, max = 10) {
  return new PrismaPg({ connectionString: databaseUrl, max });
}
