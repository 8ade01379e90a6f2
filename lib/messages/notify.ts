// What the portal tells a participant, and when: one function per event,
// called in the transaction of the event (the outbox: lib/messages/outbox.ts),
// or by the daily notices job (lib/messages/notices.ts). Values come from the
// records and rules themselves, formatted as the pages format them.
import type { TextChannel } from "../db/generated/enums";
import type { Tx } from "../db/prisma";
import { formatRupiah } from "../domain/money";
import { localeOr } from "../i18n/locales";
import { monthDate } from "../i18n/month";
import { type MessageDraft, queueMessages } from "./outbox";

/** Who is told, and how they asked to be told. */
export type Contact = { id: string; email: string | null; phone: string | null; textChannel: TextChannel; locale: string };

export const CONTACT_COLUMNS = { id: true, email: true, phone: true, textChannel: true, remindersOptOut: true, locale: true } as const;

/** The portal's own address, for links in messages (NEXTAUTH_URL, as sign-in uses it). */
export function portalLink(path: string): string {
  return new URL(path, process.env.NEXTAUTH_URL ?? "http://localhost:3000").toString();
}

export const recipient = (participant: Contact): Pick<MessageDraft, "to" | "participantId" | "locale"> => ({
  to: { email: participant.email, phone: participant.phone, textChannel: participant.textChannel },
  participantId: participant.id,
  locale: localeOr(participant.locale),
});

const rupiah = (amount: bigint) => formatRupiah(Number(amount));

export function notifyRegistrationReceived(
  tx: Tx,
  participant: Contact & { kpj: string },
  bill: { id: string; total: bigint; virtualAccount: string; dueDate: Date },
  now: Date,
) {
  return queueMessages(
    tx,
    [
      {
        template: "registrationReceived",
        about: participant.id,
        ...recipient(participant),
        params: { kpj: participant.kpj, amount: rupiah(bill.total), virtualAccount: bill.virtualAccount, dueDate: bill.dueDate },
      },
    ],
    now,
  );
}

/** A BPU participant's own bill was paid (a company's or a project's payer is told otherwise). */
export async function notifyPaymentReceived(
  tx: Tx,
  participantId: string,
  payment: { id: string; amount: bigint; virtualAccount: string; paidAt: Date },
) {
  const participant = await tx.participant.findUnique({ where: { id: participantId }, select: CONTACT_COLUMNS });
  if (!participant) return 0;
  return queueMessages(tx, [
    {
      template: "paymentReceived",
      about: payment.id,
      ...recipient(participant),
      params: {
        amount: rupiah(payment.amount),
        virtualAccount: payment.virtualAccount,
        paidAt: payment.paidAt,
        receiptUrl: portalLink(`/akun/kwitansi/${payment.id}`),
      },
    },
  ]);
}

/** A review decided: rejected with its reason, or approved once no other case is open. */
export async function notifyReviewOutcome(
  tx: Tx,
  participant: Contact & { kpj: string },
  decision: { caseId: string; outcome: "APPROVED" | "REJECTED"; note: string },
  now: Date,
) {
  if (decision.outcome === "APPROVED" && (await tx.reviewCase.count({ where: { participantId: participant.id, status: "OPEN" } })) > 0)
    return 0;
  return queueMessages(
    tx,
    [
      decision.outcome === "REJECTED"
        ? { template: "reviewRejected", about: decision.caseId, ...recipient(participant), params: { reason: decision.note } }
        : { template: "reviewApproved", about: decision.caseId, ...recipient(participant), params: { kpj: participant.kpj } },
    ],
    now,
  );
}

/** People a sponsor now pays for (issue 16) are told who pays, from when and until when. */
export async function notifySponsored(
  tx: Tx,
  sponsorships: { id: string; participantId: string; from: string; to: string }[],
  sponsor: string,
  now: Date,
) {
  if (sponsorships.length === 0) return 0;
  const people = await tx.participant.findMany({
    where: { id: { in: sponsorships.map((s) => s.participantId) } },
    select: { ...CONTACT_COLUMNS, kpj: true },
  });
  const byId = new Map(people.map((p) => [p.id, p]));
  return queueMessages(
    tx,
    sponsorships.map((s) => {
      const person = byId.get(s.participantId)!;
      return {
        template: "sponsored" as const,
        about: s.id,
        ...recipient(person),
        params: { sponsor, kpj: person.kpj, from: monthDate(s.from), to: monthDate(s.to), link: portalLink("/aktivasi") },
      };
    }),
    now,
  );
}
