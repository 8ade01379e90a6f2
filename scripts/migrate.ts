// Offline migrations (docs/decisions/0002-offline-migrations.md).
//   tsx scripts/migrate.ts create <name>  write prisma/migrations/<ts>_<name>/migration.sql
//   tsx scripts/migrate.ts deploy         apply pending migrations to DATABASE_URL
//   tsx scripts/migrate.ts check          exit 1 when migrations and schema.prisma differ
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PrismaPGlite } from "pglite-prisma-adapter";
import { MIGRATIONS_DIR, applyMigrations, diffMigrationsToSchema } from "../lib/db/schema-engine";

const [command, name] = process.argv.slice(2);

/** create and check only, on a developer's machine: the adapter is a dev dependency, `deploy` runs without it. */
async function withMemoryDatabase<T>(run: (f: PrismaPGlite) => Promise<T>): Promise<T> {
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const db = new PGlite();
  try {
    return await run(new PrismaPGlite(db));
  } finally {
    await db.close();
  }
}

async function create(migrationName: string) {
  if (!/^[a-z0-9_]+$/.test(migrationName)) throw new Error("name: lowercase letters, digits, _");
  const sql = await withMemoryDatabase(diffMigrationsToSchema);
  if (!sql.trim()) return console.log("schema.prisma matches the migrations: nothing to create");
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${migrationName}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
  console.log(`created ${path.relative(process.cwd(), dir)}/migration.sql`);
}

async function deploy() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const applied = await applyMigrations(url);
  console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
}

async function check() {
  const sql = await withMemoryDatabase(diffMigrationsToSchema);
  if (sql.trim()) {
    console.error("schema.prisma differs from prisma/migrations; run `npm run db:migration -- <name>`:\n" + sql);
    process.exit(1);
  }
  console.log("migrations match schema.prisma");
}

const commands: Record<string, () => Promise<void>> = {
  create: () => create(name ?? ""),
  deploy,
  check,
};
const run = commands[command ?? ""];
if (!run) {
  console.error("usage: migrate.ts create <name> | deploy | check");
  process.exit(2);
}
await run();
