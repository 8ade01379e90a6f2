// A worker: pg-boss on the portal's own PostgreSQL, handing due messages over
// from the outbox, delivering them, and running the nightly billing. Any number
// of workers may run, on any hosts (`npm run worker`); `npm start` runs one in
// its own process for the demo. Jobs are at-least-once: a worker that dies
// holding a job loses it to another once it expires, and every handler is
// safe to run again (lib/messages/deliver.ts, lib/billing/run.ts).
import PgBoss from "pg-boss";
import { runBilling } from "../billing/run";
import { createPrismaClient } from "../db/prisma";
import { currentPeriod } from "../domain/billing-period";
import { log } from "../log";
import { deliverMessages, type Senders } from "../messages/deliver";
import { queueDailyNotices } from "../messages/notices";
import { refreshReachFigures } from "../stats/reach";
import { buildExport, deleteOldExports } from "../exports/participant-export";
import { dispatchExports, dispatchOutbox } from "./dispatch";
import { QUEUE_OPTIONS, QUEUES, type QueueOptions, SCHEDULES } from "./queues";

export type WorkerOptions = {
  databaseUrl: string;
  senders: Senders;
  /** Connections for the portal's queries (a batch of messages is one transaction). */
  poolMax?: number;
  /** Messages delivered at once by this worker. */
  concurrency?: number;
  /** How often the outbox is looked at (ms), and the queue polled when it was empty (s). */
  dispatchEveryMs?: number;
  pollingIntervalSeconds?: number;
  /** How often expired jobs are found and retried (s). */
  maintenanceIntervalSeconds?: number;
  /** Whether this worker keeps the schedules (any number may: pg-boss sends each scheduled job once). */
  schedule?: boolean;
  /** Queue settings for tests (a short expiry); production uses QUEUE_OPTIONS as they are. */
  queueOverrides?: Partial<QueueOptions>;
};

export type Worker = { boss: PgBoss; stop(): Promise<void> };

export async function startWorker(options: WorkerOptions): Promise<Worker> {
  const poolMax = options.poolMax ?? 4;
  const db = createPrismaClient(options.databaseUrl, poolMax);
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    // pg-boss itself needs few: a fetch, a completion and maintenance at a time.
    max: 4,
    application_name: "lindung-worker",
    schedule: options.schedule ?? true,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
  });
  boss.on("error", (error) => log.error({ err: error }, "job queue error"));
  await boss.start();
  for (const [name, settings] of Object.entries(QUEUE_OPTIONS)) {
    await createQueue(boss, { name, ...settings, ...options.queueOverrides });
  }
  if (options.schedule ?? true) {
    for (const { queue, cron, tz } of SCHEDULES) await boss.schedule(queue, cron, {}, { tz });
  }

  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 };
  // A batch of messages at a time, sent side by side. A message to try again later fails its own job (retried
  // with backoff, dead-lettered after the last attempt); the rest of the batch completes when the handler returns.
  // A full batch means more are waiting: fetch again at once instead of after the polling interval.
  const batchSize = options.concurrency ?? 4;
  const deliverer: string = await boss.work<{ messageId: string }>(QUEUES.deliverMessage, { ...polling, batchSize }, async (jobs) => {
    const outcomes = await deliverMessages(
      db,
      jobs.map((job) => job.data.messageId),
      options.senders,
    );
    const retry = jobs.filter((job) => outcomes.get(job.data.messageId) === "retry").map((job) => job.id);
    await Promise.all(retry.map((id) => boss.fail(QUEUES.deliverMessage, id, { message: "not sent yet: retrying" })));
    if (jobs.length === batchSize) boss.notifyWorker(deliverer);
  });
  await boss.work(QUEUES.billing, { ...polling, batchSize: 1 }, async () => {
    const period = currentPeriod();
    const result = await runBilling(db, period);
    log.info(
      { period, created: result.run.BPU.created + result.run.PU.created + result.run.JAKON.created + result.run.SPONSORED.created },
      "nightly billing done",
    );
    // After the night's coverage changes, so the day's lapses are in; safe to run again with the billing.
    await refreshReachFigures(db);
    log.info({ deleted: await deleteOldExports(db) }, "old exports deleted");
  });

  await boss.work(QUEUES.notices, { ...polling, batchSize: 1 }, async () => {
    log.info(await queueDailyNotices(db), "daily notices queued");
  });

  await boss.work<{ exportId: string }>(QUEUES.buildExport, { ...polling, batchSize: 1 }, async ([job]) => {
    await buildExport(db, job!.data.exportId);
  });

  let dispatching: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    dispatching = dispatching
      .then(() => Promise.all([dispatchOutbox(db, boss), dispatchExports(db, boss)]))
      .catch((error) => log.error({ err: error }, "outbox dispatch failed"));
  }, options.dispatchEveryMs ?? 2_000);

  return {
    boss,
    async stop() {
      clearInterval(timer);
      await dispatching;
      await boss.stop({ graceful: true, wait: true, timeout: 15_000 });
      await db.$disconnect();
    },
  };
}

/** Idempotent; workers starting together may deadlock on pg-boss's queue tables, and then simply try again. */
async function createQueue(boss: PgBoss, queue: PgBoss.Queue, attempts = 5): Promise<void> {
  try {
    await boss.createQueue(queue.name, queue);
  } catch (error) {
    if ((error as { code?: string }).code !== "40P01" || attempts <= 1) throw error;
    await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200));
    await createQueue(boss, queue, attempts - 1);
  }
}
