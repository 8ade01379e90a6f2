import { defineConfig } from "prisma/config";

// Prisma 7 keeps the URL out of schema.prisma. Only `prisma generate` runs
// the CLI here (see docs/decisions/0002-offline-migrations.md); migrations go
// through scripts/migrate.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
