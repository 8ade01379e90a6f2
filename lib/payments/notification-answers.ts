// What Lindung answers a signed notification, decided before it is stored:
// the status, the exact body text (a repeat gets it byte for byte) and why.
import type { FieldErrors } from "../http/api-errors";
import type { PaymentOutcome } from "./apply-payment";
import { PAYMENT_MESSAGES, type PaymentNotification, type PaymentNotificationResponse } from "./schema";

/** Status, body text, and why (for the log and the stored row). */
export type Answer = { status: number; bodyText: string; reason: string };

export const answer = (status: number, body: unknown, reason: string): Answer => ({ status, bodyText: JSON.stringify(body), reason });

/** 409: the bank reference already belongs to another notification (or settlement-file payment). */
export const referenceReused = (reason: string): Answer => answer(409, { error: PAYMENT_MESSAGES.referenceReused }, reason);

export function invalidReason(fields: FieldErrors): string {
  return `invalid_body:${Object.keys(fields).join(",")}`;
}

/** The answer to a valid notification, from what crediting it did. */
export function answerFor(notification: PaymentNotification, outcome: PaymentOutcome): Answer {
  if (outcome.kind === "unknown_virtual_account") {
    return answer(404, { error: PAYMENT_MESSAGES.unknownVirtualAccount }, "unknown_virtual_account");
  }
  // Recorded already by the settlement file under this reference: fine if it is the same payment.
  if (outcome.kind === "already_applied" && !outcome.matches) return referenceReused("bank_reference_reused");
  const body: PaymentNotificationResponse = {
    status: "credited",
    bankReference: notification.bankReference,
    virtualAccount: notification.virtualAccount,
    amount: notification.amount,
    billStatus: outcome.billStatus,
    paidAmount: rupiah(outcome.paidAmount),
    due: rupiah(outcome.due),
    outstanding: rupiah(outcome.outstanding),
    overpaid: rupiah(outcome.overpaid),
    paymentId: outcome.paymentId,
  };
  return answer(200, body, "credited");
}

/** JSON numbers are exact up to 2^53; past that the answer would be wrong, so it is an error instead. */
export function rupiah(amount: bigint): number {
  const value = Number(amount);
  if (!Number.isSafeInteger(value)) throw new RangeError(`amount too large for a JSON number: ${amount}`);
  return value;
}
