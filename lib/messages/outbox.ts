// Writing messages in the transaction of what they tell (the outbox): one row
// per person and channel, rendered now with the values of the moment, sent by
// the worker (lib/jobs). The idempotency key makes a second write of the same
// message (a retried transaction, a replayed notification) a no-op.
import type { MessageChannel } from "../db/generated/enums";
import type { Tx } from "../db/prisma";
import { textSendableFrom } from "../domain/quiet-hours";
import type { Locale } from "../i18n/locales";
import { type MessageParams, renderMessage, type TemplateName } from "./templates";

export type MessageDraft = {
  template: TemplateName;
  /** What the message is about (a payment id, a bill id, a participant id): with the template and channel, its identity. */
  about: string;
  to: { email?: string | null; phone?: string | null };
  participantId?: string | null;
  companyId?: string | null;
  locale?: Locale;
  params: MessageParams;
};

/** Queues a draft on every channel the person can be reached by (e-mail, and a text to the phone); returns how many were new. */
export async function queueMessages(tx: Tx, drafts: readonly MessageDraft[], now: Date = new Date()): Promise<number> {
  const rows = drafts.flatMap((draft) => {
    const locale = draft.locale ?? "id";
    const { subject, body } = renderMessage(draft.template, locale, draft.params);
    const channels: [MessageChannel, string | null | undefined][] = [
      ["EMAIL", draft.to.email],
      ["SMS", draft.to.phone],
    ];
    return channels.flatMap(([channel, recipient]) =>
      recipient
        ? [
            {
              idempotencyKey: `${draft.template}:${draft.about}:${channel}`,
              channel,
              template: draft.template,
              recipient,
              participantId: draft.participantId ?? null,
              companyId: draft.companyId ?? null,
              locale,
              subject: channel === "EMAIL" ? subject : null,
              body,
              notBefore: channel === "EMAIL" ? now : textSendableFrom(now),
            },
          ]
        : [],
    );
  });
  if (rows.length === 0) return 0;
  const { count } = await tx.message.createMany({ data: rows, skipDuplicates: true });
  return count;
}
