// Issue 5 budget: a dashboard load (server time, p95 over 50 loads with random
// filters) ≤ 150 ms at 1.2M participants, flat at 12M.
// `npm run bench:dashboard -- --scale 1 [--reuse URL] [--keep] [--loads 50]`
// builds a seed:scale database on TEST_DATABASE_URL's server (or reuses one),
// then times everything the dashboard page reads (lib/dashboard/figures.ts)
// against the headline figures computed by a naive GROUP BY over the base tables.
import { parseArgs } from "node:util";
import pg from "pg";
import { accessOf } from "../lib/auth/access";
import type { SessionUser } from "../lib/auth/credentials";
import { dashboardFigures } from "../lib/dashboard/figures";
import { dashboardFilters, type DashboardFilters } from "../lib/dashboard/filters";
import { createPrismaClient, type Db } from "../lib/db/prisma";
import { applyMigrations } from "../lib/db/schema-engine";
import { BANTEN_REGENCY_CODES } from "../lib/domain/regions";
import { seedScale } from "../lib/scale/generate";
import { createServerDatabase } from "../lib/db/test-databases";
import { activeCompanies, CATEGORIES, CHANNELS, participantStats } from "../lib/stats/queries";
import { percentile } from "./support";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "1" },
    reuse: { type: "string" },
    keep: { type: "boolean", default: false },
    loads: { type: "string", default: "50" },
  },
});
const scale = Number(values.scale);
const loads = Number(values.loads);

const ADMIN: SessionUser = {
  id: "bench",
  name: "Bench",
  role: "ADMIN",
  branchId: null,
  regionCode: null,
  sponsorId: null,
  participantId: null,
};

/** A small deterministic PRNG (mulberry32), so runs at both sizes see the same filters. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(2016);
const choose = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
const maybe = <T>(list: readonly T[], p: number) => (random() < p ? choose(list) : undefined);

/** A view as the URL would give it, through the page's own filter parsing (the BJB view one time in five). */
function randomFilters(): DashboardFilters {
  const day = new Date(Date.UTC(2016, 0, 1) + Math.floor(random() * 366) * 86_400_000);
  const params = {
    asOf: day.toISOString().slice(0, 10),
    regency: maybe(BANTEN_REGENCY_CODES, 0.6),
    category: maybe(CATEGORIES, 0.4),
    channel: maybe(CHANNELS, 0.3),
    via: maybe(["bjb"], 0.2),
  };
  return dashboardFilters(params, accessOf("dashboard.read", ADMIN));
}

/** Everything the dashboard page reads for one view. */
async function dashboardLoad(db: Db, f: DashboardFilters) {
  const data = await dashboardFigures(db, f);
  return {
    total: data.participants.total,
    active: data.active,
    companies: data.activeCompanies,
    arrears: data.money.reduce((sum, row) => sum + row.arrears, 0n),
  };
}

/** The same figures straight from the base tables (what a page would cost without rollups). */
async function naiveLoad(client: pg.Pool, f: DashboardFilters) {
  const params: unknown[] = [f.asOf, f.from, f.regency ? [f.regency] : BANTEN_REGENCY_CODES];
  const extra: string[] = [];
  if (f.category) extra.push(`p."category" = $${params.push(f.category)}::"Category"`);
  if (f.channel) extra.push(`p."channel" = $${params.push(f.channel)}::"Channel"`);
  if (f.via === "bjb") extra.push(`p."branchId" IS NOT NULL`);
  const participantWhere = [`p."regencyCode" = ANY($3::text[])`, `p."status" <> 'REJECTED'`, ...extra].join(" AND ");
  const end = `($1::date + 1)::timestamp - interval '7 hours'`;
  const [stats, companies, trend, billing] = await Promise.all([
    client.query(
      `SELECT p."regencyCode", p."category", count(*)::bigint AS n, count(*) FILTER (WHERE p."status" = 'ACTIVE')::bigint AS active
       FROM "Participant" p
       WHERE ${participantWhere} AND p."createdAt" < ${end} AND $2::date IS NOT NULL GROUP BY 1, 2`,
      params,
    ),
    client.query(
      `SELECT count(*)::bigint AS n FROM "Company" c WHERE c."status" = 'ACTIVE' AND c."regencyCode" = ANY($3::text[]) AND c."createdAt" < ${end}
       AND $2::date IS NOT NULL${f.via === "bjb" ? ` AND c."branchId" IS NOT NULL` : ""}`,
      params.slice(0, 3),
    ),
    client.query(
      `SELECT date_trunc('month', p."createdAt" + interval '7 hours') AS month, p."category", p."channel", count(*)::bigint AS n
       FROM "Participant" p WHERE ${participantWhere}
         AND p."createdAt" >= $2::timestamp - interval '7 hours' AND p."createdAt" < (date_trunc('month', $1::date) + interval '1 month') - interval '7 hours'
       GROUP BY 1, 2, 3`,
      params,
    ),
    // Money from the ledger: per bill, what was charged (bill issued, fine) less what paid it; arrears are the
    // positive remainders, so one bill's overpayment never offsets another's debt (issue 12).
    client.query(
      `SELECT SUM(GREATEST(owed, 0))::bigint AS arrears, count(*)::bigint AS bills FROM (
         SELECT b."id", COALESCE(SUM(l."debit" - l."credit"), 0) AS owed
         FROM "Bill" b
         LEFT JOIN "ConstructionProject" pr ON pr."id" = b."projectId"
         LEFT JOIN "Company" c ON c."id" = b."companyId"
         LEFT JOIN "Participant" p ON p."id" = b."participantId"
         LEFT JOIN "LedgerEntry" l ON l."billId" = b."id"
         WHERE COALESCE(pr."regencyCode", c."regencyCode", p."regencyCode") = ANY($3::text[])
           AND b."periodStart" >= date_trunc('month', $2::date) AND b."periodStart" < date_trunc('month', $1::date) + interval '1 month'
           ${f.category ? `AND b."category" = $4::"Category"` : ""}
           ${f.via === "bjb" ? `AND CASE WHEN pr."id" IS NOT NULL THEN pr."branchId" WHEN c."id" IS NOT NULL THEN c."branchId" ELSE p."branchId" END IS NOT NULL` : ""}
         GROUP BY b."id"
       ) per_bill`,
      f.category ? [...params.slice(0, 3), f.category] : params.slice(0, 3),
    ),
  ]);
  const total = stats.rows.reduce((s, r: { n: string }) => s + Number(r.n), 0);
  // Active as of the day = ACTIVE now and created by then: the scale seed sets each status once, at creation.
  const active = stats.rows.reduce((s, r: { active: string }) => s + Number(r.active), 0);
  return { total, active, companies: Number(companies.rows[0].n), trend: trend.rowCount, arrears: BigInt(billing.rows[0].arrears ?? 0) };
}

function summarise(ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), max: round(sorted[sorted.length - 1]) };
}

const serverUrl = process.env.TEST_DATABASE_URL;
let url = values.reuse;
let drop: (() => Promise<void>) | undefined;
let buildSeconds: number | undefined;
if (!url) {
  if (!serverUrl) throw new Error("bench:dashboard needs TEST_DATABASE_URL (a PostgreSQL server) or --reuse URL");
  const database = await createServerDatabase(serverUrl, "lindung_bench_scale", "empty");
  url = database.url;
  drop = database.drop;
  await applyMigrations(url);
  console.log(`building ×${scale} in ${new URL(url).pathname.slice(1)}`);
  const built = await seedScale(url, { scale, log: (line) => console.log(line) });
  buildSeconds = built.seconds.total;
  console.table(built.seconds);
}

const db = createPrismaClient(url, 8);
// Four connections: the naive load runs its four queries side by side.
const client = new pg.Pool({ connectionString: url, max: 4 });
try {
  const [size] = (
    await client.query<{ participants: string; bills: string; bytes: string }>(
      `SELECT (SELECT count(*) FROM "Participant") AS participants, (SELECT count(*) FROM "Bill") AS bills,
         pg_database_size(current_database()) AS bytes`,
    )
  ).rows;
  const filters = Array.from({ length: loads }, randomFilters);
  for (const f of filters.slice(0, 3)) await dashboardLoad(db, f); // warm-up: connections, plans
  const rollupMs: number[] = [];
  const naiveMs: number[] = [];
  let mismatches = 0;
  for (const f of filters) {
    let t0 = performance.now();
    const fast = await dashboardLoad(db, f);
    rollupMs.push(performance.now() - t0);
    t0 = performance.now();
    const slow = await naiveLoad(client, f);
    naiveMs.push(performance.now() - t0);
    if (fast.total !== slow.total || fast.active !== slow.active || fast.companies !== slow.companies || fast.arrears !== slow.arrears) {
      mismatches += 1;
      console.error("figures differ", f, fast, slow);
    }
  }
  const stats = await participantStats(db, { asOf: "2016-12-31" });
  console.log(
    `\n×${scale}: ${Number(size.participants).toLocaleString("en")} participants, ${Number(size.bills).toLocaleString("en")} bills, ` +
      `database ${(Number(size.bytes) / 2 ** 30).toFixed(2)} GiB` +
      (buildSeconds === undefined ? "" : `, built in ${buildSeconds} s`),
  );
  console.log(
    `as of 2016-12-31: ${JSON.stringify(stats.participants)}, active companies ${await activeCompanies(db, { asOf: "2016-12-31" })}`,
  );
  console.table({ rollups: summarise(rollupMs), "naive GROUP BY": summarise(naiveMs) });
  console.log(`${loads} loads, ${mismatches} with different totals`);
} finally {
  await client.end();
  await db.$disconnect();
  if (drop && !values.keep) {
    await drop();
    console.log("dropped the bench database");
  } else if (drop) {
    console.log(`kept ${url}`);
  }
}
