// What an admin sees of message delivery (issue 13: "visible to an admin"):
// counts per status and channel, the messages that failed with their reason,
// and the jobs in the dead-letter queues. Recipients are shown masked.
import type { Db } from "../db/prisma";
import { maskRecipient } from "../domain/contact-mask";
import { QUEUES } from "./queues";

const DEAD_QUEUES = [QUEUES.deadMessages, QUEUES.deadBilling, QUEUES.deadNotices, QUEUES.deadExports];

/** Counted over the last days (the page says 7). */
export const DELIVERY_STATUS_DAYS = 7;

export async function deliveryStatus(db: Db, now: Date = new Date()) {
  const since = new Date(now.getTime() - DELIVERY_STATUS_DAYS * 86_400_000);
  const [counts, failed, dead] = await Promise.all([
    db.message.groupBy({ by: ["status", "channel"], where: { createdAt: { gte: since } }, _count: { _all: true } }),
    db.message.findMany({
      where: { status: "FAILED" },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, createdAt: true, channel: true, template: true, recipient: true, attempts: true, lastError: true },
    }),
    deadLetters(db),
  ]);
  return {
    counts: counts.map((c) => ({ status: c.status, channel: c.channel, count: c._count._all })),
    failed: failed.map((m) => ({ ...m, recipient: maskRecipient(m.recipient) })),
    dead,
  };
}

/** Jobs per dead-letter queue (pg-boss's own table: absent until a worker first started). */
async function deadLetters(db: Db): Promise<{ queue: string; count: number }[]> {
  const [table] = await db.$queryRaw<{ exists: boolean }[]>`SELECT to_regclass('pgboss.job') IS NOT NULL AS "exists"`;
  if (!table?.exists) return DEAD_QUEUES.map((queue) => ({ queue, count: 0 }));
  const rows = await db.$queryRaw<{ name: string; count: bigint }[]>`
    SELECT name, count(*) AS count FROM pgboss.job WHERE name = ANY(${DEAD_QUEUES}::text[]) GROUP BY name`;
  return DEAD_QUEUES.map((queue) => ({ queue, count: Number(rows.find((r) => r.name === queue)?.count ?? 0) }));
}
