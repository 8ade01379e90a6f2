import { BPU_TERMS_COLUMNS } from "../db/bpu-terms-columns";
import type { Db } from "../db/prisma";
import { addMonths, currentPeriod, type Period } from "../domain/billing-period";
import { ownMonthlyContribution } from "../domain/bpu-terms";
import { endNotice } from "../domain/sponsorship";

/** A worker's own record with their bills: the only participant a WORKER session may read. */
export function ownParticipant(database: Db, participantId: string) {
  return database.participant.findUnique({
    where: { id: participantId },
    include: {
      bills: {
        orderBy: { periodStart: "desc" },
        take: 24,
        include: {
          payments: {
            orderBy: { paidAt: "asc" },
            select: { id: true, amount: true, paidAt: true, bankReference: true, reversedAt: true },
          },
          // Only the lines a relief touched: the bill shows what it took off.
          lines: { where: { reliefAmount: { gt: 0 } }, select: { reliefAmount: true, reliefId: true } },
        },
      },
      heirs: { orderBy: { createdAt: "asc" } },
    },
  });
}

/** A payment on one of the worker's own bills, for its receipt, with what of it became credit; null for anyone else's. */
export async function ownPayment(database: Db, participantId: string, paymentId: string) {
  const payment = await database.payment.findFirst({
    where: { id: paymentId, bill: { participantId } },
    include: { bill: { include: { participant: { select: { name: true, kpj: true } } } } },
  });
  if (!payment) return null;
  const credit = await database.ledgerEntry.aggregate({ where: { paymentId, kind: "OVERPAYMENT_CREDIT" }, _sum: { credit: true } });
  return { ...payment, overpaid: credit._sum.credit ?? 0n };
}

export type OwnParticipant = NonNullable<Awaited<ReturnType<typeof ownParticipant>>>;

/**
 * Who pays the worker's contributions now or next (issue 16): the sponsorship in force or the next one, its sponsor
 * and last month; from its notice month on, what going on alone will cost a month. Null when nobody sponsors them.
 */
export async function ownSponsorship(database: Db, participantId: string, now: Date = new Date()) {
  const current = currentPeriod(now);
  const found = await database.sponsorship.findFirst({
    where: { participantId, toPeriod: { gte: current } },
    orderBy: { fromPeriod: "asc" },
    select: {
      fromPeriod: true,
      toPeriod: true,
      programme: { select: { name: true, sponsor: { select: { name: true } } } },
      participant: { select: BPU_TERMS_COLUMNS },
    },
  });
  if (!found) return null;
  const lastMonth = found.toPeriod as Period;
  const after = addMonths(lastMonth, 1);
  const ending = current >= endNotice(lastMonth).noticeMonth;
  return {
    sponsor: found.programme.sponsor.name,
    programme: found.programme.name,
    fromPeriod: found.fromPeriod as Period,
    lastMonth,
    /** The month they pay their own from, and what, once the end is near. */
    continuing: ending ? { from: after, monthly: ownMonthlyContribution(found.participant, after) } : null,
  };
}
