// Builds the Banten-sized dataset of issue 5 in a fresh, migrated database
// (docs/decisions/0009-scale-seed.md): set-based SQL only (INSERT … SELECT FROM
// generate_series, one statement per batch), every value derived from a row
// number, so the same scale always gives the same rows and the figures as of
// 2016-12-31 equal lib/scale/targets.ts exactly. The rollup triggers fire on
// every statement as they do for the app: nothing is disabled or backfilled.
//
// The phases live in lib/scale/phases (in the order seedScale runs them), the
// row-number expressions they share in lib/scale/sql.ts, the plan of which row
// numbers become what in lib/scale/plan.ts.
import pg from "pg";
import { seedContext } from "./context";
import { planRanges } from "./plan";
import { scaleTargets, type ScaleTargets } from "./targets";
import { createPayroll } from "./phases/bills";
import { createRangeTable, insertBranches } from "./phases/branches";
import { seedBpuBills } from "./phases/bpu-bills";
import { seedCompanies } from "./phases/companies";
import { seedCompanyBills } from "./phases/company-bills";
import { advanceSequences, analyze } from "./phases/finish";
import { seedJakonBills } from "./phases/jakon-bills";
import { seedParticipants } from "./phases/participants";
import { seedProjects } from "./phases/projects";
import { seedSponsorships } from "./phases/sponsorships";

export { SCALE_BRANCHES, WORKERS_PER_PROJECT, planRanges } from "./plan";

/** Rows per INSERT statement: progress every batch, memory bounded. */
export const DEFAULT_BATCH = 200_000;

export type SeedScaleOptions = {
  scale: number;
  batchSize?: number;
  log?: (line: string) => void;
};

export type SeedScaleResult = {
  targets: ScaleTargets;
  rows: Record<string, number>;
  /** Seconds per phase, and in all. */
  seconds: Record<string, number>;
};

/** Thrown when the database already holds participants or companies: the exact figures need a fresh one. */
export class NotFreshError extends Error {}

async function assertFresh(client: pg.Client) {
  const [existing] = (
    await client.query<{ participants: boolean; companies: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM "Participant") AS participants, EXISTS (SELECT 1 FROM "Company") AS companies`,
    )
  ).rows;
  if (existing.participants || existing.companies) {
    throw new NotFreshError(
      "seed:scale needs a fresh database: this one already has participants or companies, and the figures as of 2016-12-31 " +
        "must equal the targets exactly. Point --database-url (or DATABASE_URL) at an empty database.",
    );
  }
}

const secondsSince = (t0: number) => Math.round((performance.now() - t0) / 100) / 10;

export async function seedScale(databaseUrl: string, options: SeedScaleOptions): Promise<SeedScaleResult> {
  const targets = scaleTargets(options.scale);
  const log = options.log ?? (() => {});
  const { ranges, companies, projects } = planRanges(targets);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const seed = seedContext(client, { targets, ranges, companies, projects, batch: options.batchSize ?? DEFAULT_BATCH, log });
  const seconds: Record<string, number> = {};
  const rows: Record<string, number> = {};
  const started = performance.now();
  /** Runs a phase, recording and printing its rows and seconds. */
  const phase = async (name: string, run: () => Promise<number>) => {
    const t0 = performance.now();
    rows[name] = await run();
    seconds[name] = secondsSince(t0);
    log(`${name}: ${rows[name].toLocaleString("en")} rows in ${seconds[name]} s`);
  };

  try {
    await assertFresh(client);
    await insertBranches(seed);
    await createRangeTable(seed);
    await phase("companies", () => seedCompanies(seed));
    await phase("projects", () => seedProjects(seed));
    await phase("participants", () => seedParticipants(seed));
    const caps = await createPayroll(seed);
    let companyBills = 0;
    await phase("company bills", async () => {
      const { inserted, bills } = await seedCompanyBills(seed, caps);
      companyBills = bills;
      return inserted > 0 ? bills : 0;
    });
    await phase("BPU bills", () => seedBpuBills(seed));
    await phase("Jakon bills", () => seedJakonBills(seed));
    await phase("sponsorships", () => seedSponsorships(seed));
    await advanceSequences(seed);
    const t0 = performance.now();
    await analyze(seed);
    seconds.analyze = secondsSince(t0);
    seconds.total = secondsSince(started);
    rows.bills = companyBills + rows["BPU bills"] + (rows["Jakon bills"] ?? 0);
    return { targets, rows, seconds };
  } finally {
    await client.end();
  }
}
