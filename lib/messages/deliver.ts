// Delivering one queued message (the job queue's "message.deliver" handler).
// The message's row stays locked while it is sent: a second worker given the
// same job (after the first one died and the job expired) waits, then finds it
// SENT. Each attempt is counted; a temporary failure is retried by the queue
// with backoff until MAX_ATTEMPTS, then the message is FAILED (and the job goes
// to the dead-letter queue). Recipients are never logged.
import { recordAudit } from "../audit/record";
import type { MessageChannel } from "../db/generated/enums";
import type { Db } from "../db/prisma";
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

/** Longer than any sender's own timeout: the row lock is held across the send. */
const TRANSACTION_TIMEOUT_MS = 60_000;

export async function deliverMessage(db: Db, messageId: string, senders: Senders): Promise<DeliveryOutcome> {
  return db.$transaction(
    async (tx) => {
      const [message] = await tx.$queryRaw<LockedMessage[]>`
        SELECT "id", "channel", "status", "recipient", "subject", "body", "attempts", "template"
        FROM "Message" WHERE "id" = ${messageId}::uuid FOR UPDATE`;
      if (!message || message.status !== "QUEUED") return "done_before";
      const attempts = message.attempts + 1;
      const finish = async (status: "SENT" | "FAILED", detail: { providerId?: string | null; error?: string }) => {
        await tx.message.update({
          where: { id: message.id },
          data: {
            status,
            attempts,
            providerId: detail.providerId ?? null,
            lastError: detail.error ?? null,
            ...(status === "SENT" ? { sentAt: new Date() } : {}),
          },
        });
        await recordAudit(
          tx,
          {},
          {
            action: status === "SENT" ? MESSAGE_SENT_ACTION : MESSAGE_FAILED_ACTION,
            entity: "Message",
            entityId: message.id,
            after: { channel: message.channel, template: message.template, attempts, ...(detail.error ? { error: detail.error } : {}) },
          },
        );
      };
      const sender = senders[message.channel];
      if (!sender) {
        await finish("FAILED", { error: `no ${message.channel} channel configured` });
        log.error({ messageId, channel: message.channel }, "message not sent: channel not configured");
        return "failed";
      }
      try {
        const { providerId } = await sender.send(message);
        await finish("SENT", { providerId });
        return "sent";
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        if (error instanceof TemporaryFailure && attempts < MAX_ATTEMPTS) {
          await tx.message.update({ where: { id: message.id }, data: { attempts, lastError: text } });
          log.warn({ messageId, channel: message.channel, attempts, error: text }, "message not sent yet: will retry");
          return "retry";
        }
        if (!(error instanceof TemporaryFailure) && !(error instanceof PermanentFailure)) throw error;
        await finish("FAILED", { error: text });
        log.error({ messageId, channel: message.channel, attempts, error: text }, "message failed");
        return "failed";
      }
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
  );
}
