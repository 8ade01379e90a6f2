import type { SeedContext } from "../context";
import { vaLayout } from "./bills";

/** Later app inserts continue after the seeded numbers. */
export async function advanceSequences(seed: SeedContext) {
  await seed.q(
    `INSERT INTO "NumberSequence" ("name", "last") SELECT * FROM unnest($1::text[], $2::bigint[])
       ON CONFLICT ("name") DO UPDATE SET "last" = GREATEST("NumberSequence"."last", EXCLUDED."last")`,
    [
      ["KPJ", "NPP", "VA"],
      [seed.targets.participants, seed.companies, vaLayout(seed).total],
    ],
  );
}

/** Planner statistics for the tables just filled, before anything queries them. */
export async function analyze(seed: SeedContext) {
  await seed.q("ANALYZE");
}
