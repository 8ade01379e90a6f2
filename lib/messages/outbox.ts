// Writing messages in the transaction of what they tell (the outbox): one row
// per person and channel, rendered now with the values of the moment, sent by
// the worker (lib/jobs). The idempotency key makes a second write of the same
// message (a retried transaction, a replayed notification) a no-op.
import type { MessageChannel, TextChannel } from "../db/generated/enums";
import type { Tx } from "../db/prisma";
import { nextMorning, textSendableFrom } from "../domain/quiet-hours";
import { jakartaDayRange, jakartaDate } from "../domain/time";
import type { Locale } from "../i18n/locales";
import { type MessageParams, renderMessage, type TemplateName } from "./templates";

/** Sent whatever the person's settings and however many they had today: they asked for it or paid (issue 13). */
export const EXEMPT_TEMPLATES: ReadonlySet<TemplateName> = new Set(["paymentReceived", "oneTimeCode"]);

/** Sent at once, at night too, and before anything else waiting: the person is waiting for it. */
export const IMMEDIATE_TEMPLATES: ReadonlySet<TemplateName> = new Set(["oneTimeCode"]);

/** Other messages per person, channel and Jakarta day; more wait for the next morning (ours: issue 13 names no number). */
export const DAILY_CAP = 3;

export type MessageDraft = {
  template: TemplateName;
  /** What the message is about (a payment id, a bill id, a participant id): with the template and channel, its identity. */
  about: string;
  to: { email?: string | null; phone?: string | null; textChannel?: TextChannel };
  participantId?: string | null;
  companyId?: string | null;
  locale?: Locale;
  params: MessageParams;
};

/** Queues a draft on every channel the person can be reached by (e-mail, and a text to the phone); returns how many were new. */
export async function queueMessages(tx: Tx, drafts: readonly MessageDraft[], now: Date = new Date()): Promise<number> {
  const rows = [];
  for (const draft of drafts) {
    const locale = draft.locale ?? "id";
    const { subject, body } = renderMessage(draft.template, locale, draft.params);
    const channels: [MessageChannel, string | null | undefined][] = [
      ["EMAIL", draft.to.email],
      [draft.to.textChannel ?? "SMS", draft.to.phone],
    ];
    for (const [channel, recipient] of channels) {
      if (!recipient) continue;
      const ready = channel === "EMAIL" || IMMEDIATE_TEMPLATES.has(draft.template) ? now : textSendableFrom(now);
      rows.push({
        idempotencyKey: `${draft.template}:${draft.about}:${channel}`,
        channel,
        template: draft.template,
        about: draft.about,
        recipient,
        participantId: draft.participantId ?? null,
        companyId: draft.companyId ?? null,
        locale,
        subject: channel === "EMAIL" ? subject : null,
        body,
        notBefore: (await overTheCap(tx, draft, channel, now)) ? nextMorning(now) : ready,
        createdAt: now,
      });
    }
  }
  if (rows.length === 0) return 0;
  const { count } = await tx.message.createMany({ data: rows, skipDuplicates: true });
  return count;
}

async function overTheCap(tx: Tx, draft: MessageDraft, channel: MessageChannel, now: Date): Promise<boolean> {
  if (!draft.participantId || EXEMPT_TEMPLATES.has(draft.template)) return false;
  const today = jakartaDayRange(jakartaDate(now));
  const sentToday = await tx.message.count({
    where: {
      participantId: draft.participantId,
      channel,
      template: { notIn: [...EXEMPT_TEMPLATES] },
      createdAt: { gte: today.start, lt: today.end },
    },
  });
  return sentToday >= DAILY_CAP;
}
