// A payment Bank BJB cancelled (the money went back to the customer): the bill
// is re-opened, what the payment left as credit is taken back, cover that
// started with it ends, and the receipt says "Dibatalkan". Idempotent by bank
// reference: a reversal already recorded changes nothing and answers the same.
import { z } from "zod";
import { apiEndpoint } from "../api/endpoint";
import { recordAudit, recordAudits, type AuditActor } from "../audit/record";
import { isWriteConflict } from "../db/conflicts";
import type { Tx } from "../db/prisma";
import { dateColumn, lateBefore } from "../domain/billing-period";
import { billStatusAfterReversal } from "../domain/ledger";
import { jakartaDate } from "../domain/time";
import { API_MESSAGES, type FieldErrors, invalidRequest } from "../http/api-errors";
import { IDEMPOTENT_REPLAYED_HEADER } from "../api/idempotency";
import { privateJson } from "../http/responses";
import { accountOfBill, recordEntries } from "../ledger/entries";
import { bjbSignature, SIGNING_KEY_ID } from "./bjb-signature-auth";
import { rupiah } from "./notification-answers";
import { decodeUtf8, parseJson } from "./notification-body";
import { bankReferenceSchema, PAYMENT_MESSAGES } from "./schema";
import { NO_NUL } from "../validation/person";

export const PAYMENT_REVERSED_ACTION = "payment.reversed";

export const reversalRequestSchema = z
  .object({
    bankReference: bankReferenceSchema.describe("The bankReference of the payment BJB cancelled."),
    reason: z
      .string({ error: PAYMENT_MESSAGES.reason })
      .trim()
      .min(1, { error: PAYMENT_MESSAGES.reason })
      .max(200, { error: PAYMENT_MESSAGES.reason })
      // PostgreSQL text cannot hold NUL: refused here, not a failed insert (a 500).
      .regex(NO_NUL, { error: PAYMENT_MESSAGES.reason })
      .describe("Why BJB cancelled it, for the audit log and the receipt (1–200 characters)."),
  })
  .describe("A payment BJB cancelled. Other properties are ignored.");

export const reversalResponseSchema = z
  .object({
    status: z.literal("reversed"),
    bankReference: z.string(),
    amount: z.int().min(1).describe("The payment's amount, all of it taken back."),
    billStatus: z.enum(["UNPAID", "PARTIALLY_PAID", "PAID", "OVERDUE"]).describe("The bill after the reversal."),
    outstanding: z.int().min(0).describe("What the bill needs again."),
    reversedAt: z.iso.datetime().describe("When Lindung recorded the reversal (the first time)."),
  })
  .describe("Reversed, now or earlier (then with `Idempotent-Replayed: true`).");

type ReversalAnswer = z.output<typeof reversalResponseSchema>;

type ReversalOutcome = { kind: "unknown" } | { kind: "reversed" | "already_reversed"; answer: ReversalAnswer };

/** Reverses the payment with this bank reference inside the caller's transaction. */
export async function reversePayment(
  tx: Tx,
  input: { bankReference: string; reason: string; now: Date; actor: AuditActor },
): Promise<ReversalOutcome> {
  const payment = await tx.payment.findUnique({ where: { bankReference: input.bankReference } });
  if (!payment) return { kind: "unknown" };
  // The bill's row lock first, as a payment takes it: a reversal and a payment never interleave on one bill.
  const [bill] = await tx.$queryRaw<LockedBill[]>`
    SELECT "id", "status", "paidAmount", "total", "fineAmount", "participantId", "companyId", "projectId", "programmeId", "dueDate"
    FROM "Bill" WHERE "id" = ${payment.billId}::uuid FOR NO KEY UPDATE`;
  const answerOf = (status: LockedBill["status"], paidAmount: bigint, reversedAt: Date): ReversalAnswer => ({
    status: "reversed",
    bankReference: payment.bankReference,
    amount: rupiah(payment.amount),
    billStatus: status,
    outstanding: rupiah(bill.total + bill.fineAmount - paidAmount),
    reversedAt: reversedAt.toISOString(),
  });
  // Read again under the bill's lock: a reversal of the same payment that committed while this one waited is seen.
  const current = await tx.payment.findUniqueOrThrow({ where: { id: payment.id }, select: { reversedAt: true } });
  if (current.reversedAt) return { kind: "already_reversed", answer: answerOf(bill.status, bill.paidAmount, current.reversedAt) };

  const booked = await tx.ledgerEntry.groupBy({ by: ["kind"], where: { paymentId: payment.id }, _sum: { credit: true } });
  const of = (kind: string) => booked.find((row) => row.kind === kind)?._sum.credit ?? 0n;
  const applied = of("PAYMENT");
  const excess = of("OVERPAYMENT_CREDIT");
  const paidAmount = bill.paidAmount - applied;
  const due = bill.total + bill.fineAmount;
  const late = bill.dueDate < dateColumn(lateBefore(jakartaDate(input.now)));
  const status = billStatusAfterReversal(paidAmount, due, late);
  await tx.bill.update({ where: { id: bill.id }, data: { paidAmount, status, ...(status !== "PAID" ? { paidAt: null } : {}) } });
  await tx.payment.update({ where: { id: payment.id }, data: { reversedAt: input.now, reversalReason: input.reason } });
  const account = accountOfBill(bill);
  await recordEntries(tx, [
    { account, kind: "REVERSAL", billId: bill.id, paymentId: payment.id, debit: applied },
    // The credit it left is taken back; if it was spent already, the account owes it (a negative credit).
    { account, kind: "REVERSAL", paymentId: payment.id, debit: excess },
  ]);
  const ended = status === "PAID" ? [] : await endCoverThatStartedWith(tx, bill, input);
  await recordAudit(tx, input.actor, {
    action: PAYMENT_REVERSED_ACTION,
    entity: "Payment",
    entityId: payment.id,
    before: { billStatus: bill.status, paidAmount: bill.paidAmount.toString() },
    after: {
      billId: bill.id,
      bankReference: payment.bankReference,
      reason: input.reason,
      billStatus: status,
      paidAmount: paidAmount.toString(),
      creditTakenBack: excess.toString(),
      coverEnded: ended.length,
    },
  });
  return { kind: "reversed", answer: answerOf(status, paidAmount, input.now) };
}

type LockedBill = {
  id: string;
  status: "UNPAID" | "PARTIALLY_PAID" | "PAID" | "OVERDUE";
  paidAmount: bigint;
  total: bigint;
  fineAmount: bigint;
  participantId: string | null;
  companyId: string | null;
  projectId: string | null;
  programmeId: string | null;
  dueDate: Date;
};

/**
 * Participants whose cover began with this bill's payment and who have no
 * other paid bill go back to PENDING: their cover never really started (ours:
 * BPJS TK's rule for a cancelled first payment is not published). Later
 * lapses are left to the coverage run.
 */
async function endCoverThatStartedWith(tx: Tx, bill: LockedBill, input: { now: Date; actor: AuditActor }): Promise<string[]> {
  const onBill = await tx.billLine.findMany({ where: { billId: bill.id, participantId: { not: null } }, select: { participantId: true } });
  const ids = [...new Set([bill.participantId, ...onBill.map((line) => line.participantId)].filter((id): id is string => id !== null))];
  if (ids.length === 0) return [];
  const ended = await tx.participant.updateManyAndReturn({
    where: {
      id: { in: ids },
      status: "ACTIVE",
      bills: { none: { status: "PAID" } },
      billLines: { none: { bill: { status: "PAID" } } },
    },
    data: { status: "PENDING", activatedAt: null },
    select: { id: true },
  });
  await recordAudits(
    tx,
    input.actor,
    ended.map(({ id }) => ({
      action: "participant.cover_reversed",
      entity: "Participant",
      entityId: id,
      before: { status: "ACTIVE" },
      after: { status: "PENDING", billId: bill.id },
    })),
  );
  return ended.map(({ id }) => id);
}

const MAX_ATTEMPTS = 3;

export const reversalEndpoint = apiEndpoint({
  permission: "payment.reverse",
  authentication: bjbSignature,
  limit: { name: "reversals", key: () => SIGNING_KEY_ID },
  handler: async ({ context, source, body: bytes }) => {
    if (!bytes) throw new Error("bjbSignature hands over the signed body");
    const text = decodeUtf8(bytes);
    const value = text === null ? undefined : parseJson(text);
    if (value === undefined) return privateJson(invalidRequest({ body: API_MESSAGES.invalidJson }), 400);
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      return privateJson(invalidRequest({ body: PAYMENT_MESSAGES.notAnObject }), 400);
    }
    const parsed = reversalRequestSchema.safeParse(value);
    if (!parsed.success) {
      const fields: FieldErrors = {};
      for (const issue of parsed.error.issues) fields[String(issue.path[0] ?? "body")] ??= issue.message;
      return privateJson(invalidRequest(fields), 400);
    }
    for (let attempt = 1; ; attempt++) {
      try {
        const outcome = await context.db.$transaction(
          (tx) => reversePayment(tx, { ...parsed.data, now: context.now, actor: { userId: null, ...source } }),
          { timeout: 30_000, maxWait: 10_000 },
        );
        if (outcome.kind === "unknown") return privateJson({ error: PAYMENT_MESSAGES.unknownPayment }, 404);
        return privateJson(outcome.answer, 200, outcome.kind === "already_reversed" ? { [IDEMPOTENT_REPLAYED_HEADER]: "true" } : {});
      } catch (error) {
        // Two reversals of one payment at once: the loser retries and finds it reversed.
        if (!isWriteConflict(error) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  },
});
