// Delivering queued messages (the job queue's "message.deliver" handler), a
// batch at a time in one transaction: the rows stay locked while they are
// sent, so a second worker given the same job (after the first one died and
// the job expired) waits, then finds the message SENT. Each attempt is
// counted; a temporary failure is retried by the queue with backoff until
// MAX_ATTEMPTS, then the message is FAILED (and the job goes to the
// dead-letter queue). One transaction, one status write and one audit insert
// per batch rather than per message: a night's reminders are tens of
// thousands (bench/reminders.ts). Recipients are never logged.
import { recordAudits } from "../audit/record";
import type { MessageChannel } from "../db/generated/enums";
import type { Db, Tx } from "../db/prisma";
import { log } from "../log";
import { PermanentFailure, type Sender, TemporaryFailure } from "./channels/sender";

export const MAX_ATTEMPTS = 5;
export const MESSAGE_SENT_ACTION = "message.sent";
export const MESSAGE_FAILED_ACTION = "message.failed";

export type Senders = Partial<Record<MessageChannel, Sender>>;

export type DeliveryOutcome = "sent" | "done_before" | "failed" | "retry";

type LockedMessage = {
  id: string;
  channel: MessageChannel;
  status: string;
  recipient: string;
  subject: string | null;
  body: string;
  attempts: number;
  template: string;
};

type Result =
  | { id: string; outcome: "done_before" }
  | { id: string; outcome: "sent"; message: LockedMessage; providerId: string | null }
  | { id: string; outcome: "failed" | "retry"; message: LockedMessage; error: string };

/** Longer than any sender's own timeout: the row locks are held across the sends. */
const TRANSACTION_TIMEOUT_MS = 60_000;

/** Delivers one message; its outcome. */
export async function deliverMessage(db: Db, messageId: string, senders: Senders): Promise<DeliveryOutcome> {
  return (await deliverMessages(db, [messageId], senders)).get(messageId) ?? "done_before";
}

/** Delivers a batch of messages side by side in one transaction; each one's outcome by id. */
export async function deliverMessages(db: Db, ids: string[], senders: Senders): Promise<Map<string, DeliveryOutcome>> {
  // Each message once, however often it is named.
  const messageIds = [...new Set(ids)];
  const results = await db.$transaction(
    async (tx) => {
      const locked = await tx.$queryRaw<LockedMessage[]>`
        SELECT "id", "channel", "status", "recipient", "subject", "body", "attempts", "template"
        FROM "Message" WHERE "id" = ANY(${messageIds}::uuid[]) ORDER BY "id" FOR UPDATE`;
      const byId = new Map(locked.map((message) => [message.id, message]));
      const results = await Promise.all(
        messageIds.map(async (id): Promise<Result> => {
          const message = byId.get(id);
          if (!message || message.status !== "QUEUED") return { id, outcome: "done_before" };
          return { id, message, ...(await send(message, senders[message.channel])) };
        }),
      );
      await record(tx, results);
      return results;
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
  );
  for (const result of results) {
    if (result.outcome === "retry" || result.outcome === "failed") {
      const { id, channel } = result.message;
      const detail = { messageId: id, channel, attempts: result.message.attempts + 1, error: result.error };
      if (result.outcome === "retry") log.warn(detail, "message not sent yet: will retry");
      else log.error(detail, "message failed");
    }
  }
  return new Map(results.map((result) => [result.id, result.outcome]));
}

async function send(
  message: LockedMessage,
  sender: Sender | undefined,
): Promise<{ outcome: "sent"; providerId: string | null } | { outcome: "failed" | "retry"; error: string }> {
  if (!sender) return { outcome: "failed", error: `no ${message.channel} channel configured` };
  try {
    const { providerId } = await sender.send(message);
    return { outcome: "sent", providerId };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    if (error instanceof TemporaryFailure) return { outcome: message.attempts + 1 < MAX_ATTEMPTS ? "retry" : "failed", error: text };
    if (error instanceof PermanentFailure) return { outcome: "failed", error: text };
    // Not a channel's answer (a bug): the batch rolls back and the queue retries it.
    throw error;
  }
}

/** The batch's status changes in one statement, and its sends and failures in the audit trail (without addresses). */
async function record(tx: Tx, results: Result[]) {
  const done = results.filter((r): r is Exclude<Result, { outcome: "done_before" }> => r.outcome !== "done_before");
  if (done.length === 0) return;
  const column = <T>(pick: (r: (typeof done)[number]) => T) => done.map(pick);
  await tx.$executeRaw`
    UPDATE "Message" AS m SET
      "status" = CASE WHEN u.outcome = 'sent' THEN 'SENT'::"MessageStatus" WHEN u.outcome = 'failed' THEN 'FAILED'::"MessageStatus" ELSE m."status" END,
      "attempts" = m."attempts" + 1,
      "providerId" = u.provider_id,
      "lastError" = u.error,
      "sentAt" = CASE WHEN u.outcome = 'sent' THEN now() ELSE m."sentAt" END
    FROM unnest(${column((r) => r.id)}::uuid[], ${column((r) => r.outcome)}::text[],
                ${column((r) => (r.outcome === "sent" ? r.providerId : null))}::text[],
                ${column((r) => (r.outcome === "sent" ? null : r.error))}::text[]) AS u(id, outcome, provider_id, error)
    WHERE m."id" = u.id`;
  await recordAudits(
    tx,
    {},
    done
      .filter((r) => r.outcome !== "retry")
      .map((r) => ({
        action: r.outcome === "sent" ? MESSAGE_SENT_ACTION : MESSAGE_FAILED_ACTION,
        entity: "Message",
        entityId: r.id,
        after: {
          channel: r.message.channel,
          template: r.message.template,
          attempts: r.message.attempts + 1,
          ...(r.outcome === "sent" ? {} : { error: r.error }),
        },
      })),
  );
}
