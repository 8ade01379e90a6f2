// Shared by the benchmarks: a fresh database (TEST_DATABASE_URL's server, else
// embedded) and latency statistics.
import { createPrismaClient } from "../lib/db/prisma";
import { createEmbeddedDatabase, createServerDatabase, migratedSnapshot, prepareServerTemplate } from "../lib/db/test-databases";

export async function benchDatabase() {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let database;
  if (serverUrl) {
    await prepareServerTemplate(serverUrl);
    database = await createServerDatabase(serverUrl, "lindung_bench");
  } else {
    database = await createEmbeddedDatabase(await migratedSnapshot());
  }
  const db = createPrismaClient(database.url);
  return {
    db,
    url: database.url,
    kind: serverUrl ? "PostgreSQL 15 server" : "embedded PGlite",
    async close() {
      await db.$disconnect();
      await database.drop();
    },
  };
}

export function percentile(sortedMs: number[], p: number) {
  return sortedMs[Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1)];
}

/** Runs `task` `count` times with `concurrency` in flight; returns latency stats in ms. */
export async function measure(count: number, concurrency: number, task: (i: number) => Promise<unknown>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        await task(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    count,
    concurrency,
    perSecond: round(count / seconds),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
  };
}
