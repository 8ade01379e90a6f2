// From the outbox (and the export requests) to the job queue: messages that are due and not yet handed
// over become "message.deliver" jobs whose id is the message's id. Inserting a
// job that exists is a no-op (pg-boss: ON CONFLICT DO NOTHING), so two workers
// dispatching at once, or one that died between the insert and the mark, hand
// nothing over twice.
import type PgBoss from "pg-boss";
import type { Prisma } from "../db/generated/client";
import type { Db } from "../db/prisma";
import { IMMEDIATE_TEMPLATES } from "../messages/outbox";
import { QUEUES } from "./queues";

/** Per look at the outbox (every 2 s): up to 500 messages a second handed over, more than workers send. */
const BATCH = 1_000;

/** Delivered before other waiting jobs (pg-boss: higher first). */
const URGENT = 10;

/** Hands over what is due now, one-time codes first; returns how many messages were handed over. */
export async function dispatchOutbox(db: Db, boss: PgBoss, now: Date = new Date()): Promise<number> {
  const immediate: string[] = [...IMMEDIATE_TEMPLATES];
  const pick = (template: Prisma.StringFilter, take: number) =>
    take <= 0
      ? Promise.resolve([])
      : db.message.findMany({
          where: { status: "QUEUED", dispatchedAt: null, notBefore: { lte: now }, template },
          orderBy: { notBefore: "asc" },
          take,
          select: { id: true, template: true },
        });
  const urgent = await pick({ in: immediate }, BATCH);
  const due = [...urgent, ...(await pick({ notIn: immediate }, BATCH - urgent.length))];
  if (due.length === 0) return 0;
  await boss.insert(
    due.map(({ id, template }) => ({
      name: QUEUES.deliverMessage,
      id,
      data: { messageId: id },
      priority: immediate.includes(template) ? URGENT : 0,
    })),
  );
  await db.message.updateMany({ where: { id: { in: due.map(({ id }) => id) }, dispatchedAt: null }, data: { dispatchedAt: now } });
  return due.length;
}

/** Hands over exports that were asked for and not yet handed over (job id = export id, so twice is a no-op). */
export async function dispatchExports(db: Db, boss: PgBoss, now: Date = new Date()): Promise<number> {
  const due = await db.exportJob.findMany({ where: { status: "QUEUED", dispatchedAt: null }, take: BATCH, select: { id: true } });
  if (due.length === 0) return 0;
  await boss.insert(due.map(({ id }) => ({ name: QUEUES.buildExport, id, data: { exportId: id } })));
  await db.exportJob.updateMany({ where: { id: { in: due.map(({ id }) => id) }, dispatchedAt: null }, data: { dispatchedAt: now } });
  return due.length;
}
