// Writing messages in the transaction of what they tell (the outbox): one row
// per person and channel, rendered now with the values of the moment, sent by
// the worker (lib/jobs). The idempotency key makes a second write of the same
// message (a retried transaction, a replayed notification) a no-op.
import { v7 as uuidv7 } from "uuid";
import type { MessageChannel, TextChannel } from "../db/generated/enums";
import type { Tx } from "../db/prisma";
import { nextMorning, textSendableFrom } from "../domain/quiet-hours";
import { jakartaDayRange, jakartaDate } from "../domain/time";
import type { Locale } from "../i18n/locales";
import { type MessageParams, renderMessage, type TemplateName } from "./templates";

/** Sent whatever the person's settings and however many they had today: they asked for it, paid, or must know. */
export const EXEMPT_TEMPLATES: ReadonlySet<TemplateName> = new Set(["paymentReceived", "oneTimeCode", "contactChanged"]);

/** Sent at once, at night too, and before anything else waiting: the person is waiting for it. */
export const IMMEDIATE_TEMPLATES: ReadonlySet<TemplateName> = new Set(["oneTimeCode", "contactChanged"]);

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
  const sentToday = await countedToday(tx, drafts, now);
  const rows: MessageRow[] = [];
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
      let overCap = false;
      if (draft.participantId && !EXEMPT_TEMPLATES.has(draft.template)) {
        const key = capKey(draft.participantId, channel);
        const count = sentToday.get(key) ?? 0;
        overCap = count >= DAILY_CAP;
        sentToday.set(key, count + 1);
      }
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
        notBefore: overCap ? nextMorning(now) : ready,
        createdAt: now,
      });
    }
  }
  if (rows.length === 0) return 0;
  return insertMessages(tx, rows);
}

type MessageRow = {
  idempotencyKey: string;
  channel: MessageChannel;
  template: string;
  about: string;
  recipient: string;
  participantId: string | null;
  companyId: string | null;
  locale: string;
  subject: string | null;
  body: string;
  notBefore: Date;
  createdAt: Date;
};

/**
 * One INSERT … SELECT FROM unnest(…) for the whole batch, one array per column: Prisma's createMany spends
 * most of a night's enqueue building and binding one parameter per value (bench/reminders.ts). A key already
 * there is skipped (the message exists). Ids are UUIDv7, as Prisma would make them; times are UTC.
 */
async function insertMessages(tx: Tx, rows: MessageRow[]): Promise<number> {
  const column = <T>(pick: (row: MessageRow) => T) => rows.map(pick);
  return tx.$executeRaw`
    INSERT INTO "Message" ("id", "idempotencyKey", "channel", "template", "about", "recipient", "participantId", "companyId",
                           "locale", "subject", "body", "notBefore", "createdAt")
    SELECT u.id, u.key, u.channel, u.template, u.about, u.recipient, u.participant, u.company, u.locale, u.subject, u.body,
           u.not_before::timestamptz AT TIME ZONE 'UTC', u.created_at::timestamptz AT TIME ZONE 'UTC'
      FROM unnest(${column(() => uuidv7())}::uuid[], ${column((r) => r.idempotencyKey)}::text[],
                  ${column((r) => r.channel)}::"MessageChannel"[], ${column((r) => r.template)}::text[],
                  ${column((r) => r.about)}::text[], ${column((r) => r.recipient)}::text[],
                  ${column((r) => r.participantId)}::uuid[], ${column((r) => r.companyId)}::uuid[],
                  ${column((r) => r.locale)}::text[], ${column((r) => r.subject)}::text[], ${column((r) => r.body)}::text[],
                  ${column((r) => r.notBefore.toISOString())}::text[], ${column((r) => r.createdAt.toISOString())}::text[])
        AS u(id, key, channel, template, about, recipient, participant, company, locale, subject, body, not_before, created_at)
    ON CONFLICT ("idempotencyKey") DO NOTHING`;
}

const capKey = (participantId: string, channel: MessageChannel) => `${participantId}:${channel}`;

/** Messages under the cap already written today, per person and channel: one query for the whole batch. */
async function countedToday(tx: Tx, drafts: readonly MessageDraft[], now: Date): Promise<Map<string, number>> {
  const people = [...new Set(drafts.flatMap((d) => (d.participantId && !EXEMPT_TEMPLATES.has(d.template) ? [d.participantId] : [])))];
  if (people.length === 0) return new Map();
  const today = jakartaDayRange(jakartaDate(now));
  const counts = await tx.message.groupBy({
    by: ["participantId", "channel"],
    where: {
      participantId: { in: people },
      template: { notIn: [...EXEMPT_TEMPLATES] },
      createdAt: { gte: today.start, lt: today.end },
    },
    _count: { _all: true },
  });
  return new Map(counts.map((c) => [capKey(c.participantId!, c.channel), c._count._all]));
}
