import { z } from "zod";
import { defineAction } from "../actions/define";
import type { AuditActor } from "../audit/record";
import type { Db } from "../db/prisma";
import { isWriteConflict } from "../db/conflicts";
import { isoDate } from "../domain/billing-period";
import { NotFound } from "../failures";
import { applyPayment } from "../payments/apply-payment";
import { linesOf, reconcile, type SettlementLine } from "./settlement";

/** Staff credit what a settlement file has and the portal does not. */
export const missingPaymentsCredit = defineAction({
  permission: "payment.credit.manual",
  input: z.object({ settlementId: z.uuid("errors.invalid") }),
  // One transaction per line (applyMissingPayments): an unknown virtual account on one line does not hold back others.
  transaction: false,
  handler: async ({ settlementId }, { db: database, actor }) => {
    const settlement = await database.settlement.findUnique({ where: { id: settlementId } });
    if (!settlement) throw new NotFound();
    const { missingInPortal } = await reconcile(database, isoDate(settlement.businessDate), linesOf(settlement));
    const outcomes = await applyMissingPayments(database, missingInPortal, actor);
    const count = (kind: string) => outcomes.filter((o) => o.kind === kind).length;
    // A virtual account no bill has stays "missing in the portal": staff are told why, not left clicking.
    return {
      settlementId,
      counts: { credited: count("credited"), already: count("already_applied"), unknown: count("unknown_virtual_account") },
    };
  },
  revalidate: ({ settlementId }) => [`/dashboard/rekonsiliasi/${settlementId}`],
});

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
