import type { AuditActor } from "../audit/record";
import type { Db } from "../db/prisma";
import { isWriteConflict } from "../db/conflicts";
import { applyPayment } from "../payments/apply-payment";
import type { SettlementLine } from "./settlement";

/**
 * Credits the lines BJB settled but the portal never heard about, through the
 * same path as a notification (idempotent by bank reference): applying twice,
 * or a late notification after this, credits nothing twice. One transaction
 * per line: an unknown virtual account on one line does not hold back others.
 */
export async function applyMissingPayments(database: Db, lines: SettlementLine[], actor: AuditActor) {
  const outcomes: { bankReference: string; kind: string }[] = [];
  for (const line of lines) {
    const credit = () =>
      database.$transaction((tx) =>
        applyPayment(tx, {
          virtualAccount: line.virtualAccount,
          amount: BigInt(line.amount),
          paidAt: new Date(line.paidAt),
          bankReference: line.bankReference,
          source: "RECONCILIATION",
          actor,
        }),
      );
    // A notification with the same reference landing at this moment wins the
    // unique index; trying again then answers "already applied".
    const outcome = await credit().catch((error) => {
      if (isWriteConflict(error)) return credit();
      throw error;
    });
    outcomes.push({ bankReference: line.bankReference, kind: outcome.kind });
  }
  return outcomes;
}
