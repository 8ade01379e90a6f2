import type { Db } from "../db/prisma";

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
