// From the outbox to the job queue: messages that are due and not yet handed
// over become "message.deliver" jobs whose id is the message's id. Inserting a
// job that exists is a no-op (pg-boss: ON CONFLICT DO NOTHING), so two workers
// dispatching at once, or one that died between the insert and the mark, hand
// nothing over twice.
import type PgBoss from "pg-boss";
import type { Db } from "../db/prisma";
import { QUEUES } from "./queues";

const BATCH = 200;

/** Hands over what is due now; returns how many messages were handed over. */
export async function dispatchOutbox(db: Db, boss: PgBoss, now: Date = new Date()): Promise<number> {
  const due = await db.message.findMany({
    where: { status: "QUEUED", dispatchedAt: null, notBefore: { lte: now } },
    orderBy: { notBefore: "asc" },
    take: BATCH,
    select: { id: true },
  });
  if (due.length === 0) return 0;
  await boss.insert(due.map(({ id }) => ({ name: QUEUES.deliverMessage, id, data: { messageId: id } })));
  await db.message.updateMany({ where: { id: { in: due.map(({ id }) => id) }, dispatchedAt: null }, data: { dispatchedAt: now } });
  return due.length;
}
