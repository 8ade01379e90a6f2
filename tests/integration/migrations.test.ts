import { readdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, diffMigrationsToSchema } from "../../lib/db/schema-engine";
import { setupTestDatabase } from "../support/database";

const t = setupTestDatabase();

describe("migrations", () => {
  it("build exactly what schema.prisma describes (no drift)", async () => {
    const shadow = new PGlite();
    try {
      // Empty when in step; otherwise the SQL a new migration would need.
      expect(await diffMigrationsToSchema(new PrismaPGlite(shadow))).toBe("");
    } finally {
      await shadow.close();
    }
  });

  it("are all applied, and finished, in the test database", async () => {
    const folders = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const applied = await t.db.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`;
    expect(applied.map((row) => row.migration_name)).toEqual(folders);
    expect(applied.every((row) => row.finished_at !== null)).toBe(true);
  });
});
