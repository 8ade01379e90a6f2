// Crediting one payment to a bill: the one path for BJB's notifications and
// for the daily settlement file (source RECONCILIATION), so a payment is
// recorded the same way whichever arrives first, and only once.
import { type AuditActor, recordAudit, recordAudits } from "../audit/record";
import type { BillStatus, PaymentSource, Prisma } from "../db/generated/client";
import type { Tx } from "../db/prisma";
import { addMonthsToDate, dateColumn, isoDate } from "../domain/billing-period";
import { billStatusAfterPayment, splitPayment } from "../domain/ledger";
import { accountOfBill, recordEntries } from "../ledger/entries";
import { notifyPaymentReceived } from "../messages/notify";

export const PAYMENT_CREDITED_ACTION = "bill.payment_credited";
export const PARTICIPANT_ACTIVATED_ACTION = "participant.activated_by_payment";

export type PaymentInput = {
  virtualAccount: string;
  /** Whole rupiah, > 0. */
  amount: bigint;
  paidAt: Date;
  bankReference: string;
  source: PaymentSource;
  /** Who to name in the audit log; a bank's notification has no user. */
  actor?: AuditActor;
};

/** Where the bill stands, in exact rupiah, and what this payment left as credit. */
export type BillPosition = {
  billId: string;
  billStatus: BillStatus;
  /** What the bill has received, never more than `due`. */
  paidAmount: bigint;
  /** total + fineAmount */
  due: bigint;
  outstanding: bigint;
  /** What this payment brought beyond what the bill needed: held as credit on the account. */
  overpaid: bigint;
};

export type PaymentOutcome =
  | ({ kind: "credited"; paymentId: string; activatedParticipantIds: string[] } & BillPosition)
  | ({
      kind: "already_applied";
      paymentId: string;
      /** The payment recorded earlier under this bank reference, which may differ from the input. */
      payment: { virtualAccount: string; amount: bigint; paidAt: Date; source: PaymentSource };
      /** Whether the earlier payment has the input's virtual account and amount. */
      matches: boolean;
    } & BillPosition)
  | { kind: "unknown_virtual_account" };

export function billPosition(
  bill: { id: string; status: BillStatus; paidAmount: bigint; total: bigint; fineAmount: bigint },
  overpaid: bigint,
): BillPosition {
  const due = bill.total + bill.fineAmount;
  return {
    billId: bill.id,
    billStatus: bill.status,
    paidAmount: bill.paidAmount,
    due,
    outstanding: due > bill.paidAmount ? due - bill.paidAmount : 0n,
    overpaid,
  };
}

const billColumns = { id: true, status: true, paidAmount: true, total: true, fineAmount: true } as const;

/**
 * Credits `amount` to the bill with this virtual account, inside the caller's
 * transaction: up to what the bill still needs, the rest as credit on the
 * account (a second payment to a paid bill is all credit). Idempotent by bank
 * reference: a reference already recorded changes nothing and returns the
 * earlier payment. Two different payments to one bill at the same moment both
 * count: each reads the bill under its row lock.
 *
 * Run it in a transaction and retry on `isWriteConflict` (lib/api/idempotency.ts):
 * a concurrent caller with the same reference makes the Payment insert fail,
 * and the retry then finds that payment.
 */
export async function applyPayment(tx: Tx, input: PaymentInput): Promise<PaymentOutcome> {
  if (input.amount <= 0n) throw new RangeError(`a payment must be positive: ${input.amount}`);

  const earlier = await tx.payment.findUnique({
    where: { bankReference: input.bankReference },
    include: { bill: { select: billColumns } },
  });
  if (earlier) {
    const credit = await tx.ledgerEntry.aggregate({ where: { paymentId: earlier.id, kind: "OVERPAYMENT_CREDIT" }, _sum: { credit: true } });
    return {
      kind: "already_applied",
      paymentId: earlier.id,
      payment: { virtualAccount: earlier.virtualAccount, amount: earlier.amount, paidAt: earlier.paidAt, source: earlier.source },
      matches: earlier.virtualAccount === input.virtualAccount && earlier.amount === input.amount,
      ...billPosition(earlier.bill, credit._sum.credit ?? 0n),
    };
  }

  // The bill's row lock first, as an UPDATE takes it (FOR UPDATE would conflict with the KEY SHARE lock the
  // Payment insert takes): two different payments to one bill at once see each other's part, and a repeat of
  // this reference arriving at the same moment waits here, then fails on the reference's unique index.
  const [bill] = await tx.$queryRaw<LockedBill[]>`
    SELECT "id", "status", "paidAmount", "total", "fineAmount", "participantId", "companyId", "projectId", "programmeId", "periodStart", "periodMonths"
    FROM "Bill" WHERE "virtualAccount" = ${input.virtualAccount} FOR NO KEY UPDATE`;
  if (!bill) return { kind: "unknown_virtual_account" };
  const due = bill.total + bill.fineAmount;
  const payment = await tx.payment.create({
    data: {
      billId: bill.id,
      amount: input.amount,
      currency: "IDR",
      bankReference: input.bankReference,
      virtualAccount: input.virtualAccount,
      paidAt: input.paidAt,
      source: input.source,
      // Short or over what the bill needed when it arrived: still recorded (the money moved), and flagged for staff.
      amountDiffers: input.amount !== due - bill.paidAmount,
    },
    select: { id: true },
  });

  // Money the bank moved is never refused: what the bill does not need is credit on the account.
  const { applied, excess } = splitPayment(due - bill.paidAmount, input.amount);
  const paidAmount = bill.paidAmount + applied;
  const status = billStatusAfterPayment(bill.status, paidAmount, due);
  const becamePaid = status === "PAID" && bill.status !== "PAID";
  const account = accountOfBill(bill);
  await recordEntries(tx, [
    { account, kind: "PAYMENT", billId: bill.id, paymentId: payment.id, credit: applied },
    { account, kind: "OVERPAYMENT_CREDIT", paymentId: payment.id, credit: excess },
  ]);

  const activatedParticipantIds = becamePaid ? await activateCoveredParticipants(tx, bill, input) : [];
  // A BPU worker's own bill: they are told (with the receipt link). Repeats of the reference never get here.
  if (bill.participantId && !bill.companyId && !bill.projectId) {
    await notifyPaymentReceived(tx, bill.participantId, {
      id: payment.id,
      amount: input.amount,
      virtualAccount: input.virtualAccount,
      paidAt: input.paidAt,
    });
  }
  const position = billPosition({ ...bill, paidAmount, status }, excess);
  await recordAudit(tx, input.actor ?? {}, {
    action: PAYMENT_CREDITED_ACTION,
    entity: "Bill",
    entityId: bill.id,
    before: { status: bill.status, paidAmount: bill.paidAmount.toString() },
    after: {
      paymentId: payment.id,
      bankReference: input.bankReference,
      source: input.source,
      amount: input.amount.toString(),
      status,
      paidAmount: paidAmount.toString(),
      overpaid: excess.toString(),
      activatedParticipants: activatedParticipantIds.length,
    },
  });
  // Last: the bill's update bumps its row in the dashboard's billing rollup, which every payment of the same
  // month, regency and category updates too. Its lock is held to the commit, so the less that follows, the more
  // payments can pass at once (docs/benchmarks.md, BJB payments).
  if (applied > 0n || status !== bill.status) {
    await tx.bill.update({
      where: { id: bill.id },
      data: { paidAmount, status, ...(becamePaid ? { paidAt: input.paidAt } : {}) },
    });
  }
  return { kind: "credited", paymentId: payment.id, activatedParticipantIds, ...position };
}

type LockedBill = CreditedBill & { status: BillStatus; paidAmount: bigint; total: bigint; fineAmount: bigint };

type CreditedBill = {
  id: string;
  participantId: string | null;
  companyId: string | null;
  projectId: string | null;
  programmeId: string | null;
  periodStart: Date;
  periodMonths: number;
};

/**
 * A participant stays PENDING until a first contribution is paid in full.
 * Covered by this bill: its own participant (BPU), anyone with a line on it,
 * the company's PU workers employed during the billed period, the project's
 * JAKON workers. One statement; participants already active keep their date.
 */
async function activateCoveredParticipants(tx: Tx, bill: CreditedBill, input: PaymentInput): Promise<string[]> {
  const covered: Prisma.ParticipantWhereInput[] = [{ billLines: { some: { billId: bill.id } } }];
  if (bill.participantId) covered.push({ id: bill.participantId });
  if (bill.companyId) {
    const periodEnd = dateColumn(addMonthsToDate(isoDate(bill.periodStart), bill.periodMonths));
    covered.push({
      category: "PU",
      employments: {
        some: {
          companyId: bill.companyId,
          startDate: { lt: periodEnd },
          OR: [{ endDate: null }, { endDate: { gte: bill.periodStart } }],
        },
      },
    });
  }
  if (bill.projectId) covered.push({ projectWork: { some: { projectId: bill.projectId } } });

  const activated = await tx.participant.updateManyAndReturn({
    where: { status: "PENDING", OR: covered },
    data: { status: "ACTIVE", activatedAt: input.paidAt },
    select: { id: true },
  });
  if (activated.length > 0) {
    await recordAudits(
      tx,
      input.actor ?? {},
      activated.map(({ id }) => ({
        action: PARTICIPANT_ACTIVATED_ACTION,
        entity: "Participant",
        entityId: id,
        before: { status: "PENDING" },
        after: { status: "ACTIVE", activatedAt: input.paidAt.toISOString(), billId: bill.id, bankReference: input.bankReference },
      })),
    );
  }
  return activated.map(({ id }) => id);
}
