import { readdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, diffMigrationsToSchema } from "../../lib/db/schema-engine";
import { setupTestDatabase } from "../support/database";
import { demoSeedRefusal } from "../../prisma/seed";

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

describe("the demo seed", () => {
  it("refuses a database that holds participants and no demo accounts (someone's real data), not an empty or demo one", async () => {
    expect(await demoSeedRefusal(t.db)).toBeNull();
    await t.db.participant.create({
      data: {
        kpj: "99999999991",
        nik: "3673014101900001",
        name: "Peserta Nyata",
        birthDate: new Date("1990-01-01"),
        gender: "F",
        category: "BPU",
        channel: "SELF",
        regencyCode: "3673",
      },
    });
    expect(await demoSeedRefusal(t.db)).toMatch(/start:prod/);
    await t.db.user.create({ data: { role: "ADMIN", name: "Admin Lindung", email: "admin@lindung.test", passwordHash: "x" } });
    expect(await demoSeedRefusal(t.db)).toBeNull();
  });
});
