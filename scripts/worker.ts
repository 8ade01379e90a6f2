// `npm run worker`: a job worker on DATABASE_URL (lib/jobs/worker.ts). Run as
// many as needed, on any hosts; each stops gracefully on SIGTERM or SIGINT,
// finishing what it holds.
import { startWorker } from "../lib/jobs/worker";
import { log } from "../lib/log";
import { configuredSenders } from "../lib/messages/channels/configured";
import { runMain } from "./support/run-main";

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set");
  const worker = await startWorker({
    databaseUrl,
    senders: configuredSenders(),
    concurrency: Number(process.env.WORKER_CONCURRENCY ?? 32),
    maintenanceIntervalSeconds: Number(process.env.WORKER_MAINTENANCE_SECONDS ?? 60),
    // Tests only: a dead worker's jobs come back sooner.
    queueOverrides: {
      ...(process.env.WORKER_EXPIRE_SECONDS ? { expireInSeconds: Number(process.env.WORKER_EXPIRE_SECONDS) } : {}),
      ...(process.env.WORKER_RETRY_DELAY_SECONDS ? { retryDelay: Number(process.env.WORKER_RETRY_DELAY_SECONDS) } : {}),
    },
  });
  log.info("worker started");
  await new Promise<void>((resolve) => {
    process.once("SIGTERM", resolve);
    process.once("SIGINT", resolve);
  });
  await worker.stop();
  return 0;
}

await runMain(main);
