// Crediting a valid notification: one transaction that claims the bank
// reference, credits the bill (applyPayment) and stores the answer. A
// concurrent duplicate waits on the unique index, fails once this commits,
// and replays what this stored.
import { isWriteConflict } from "../db/conflicts";
import type { Db } from "../db/prisma";
import { privateJsonText } from "../http/responses";
import { log } from "../log";
import { applyPayment } from "./apply-payment";
import { answerFor } from "./notification-answers";
import { earlierAnswer } from "./notification-repeats";
import { claimBankReference, logRefusal, type ReceivedNotification, storedAnswer } from "./notification-store";
import type { PaymentNotification } from "./schema";

/** A transaction that lost a race is tried again (it then sees the winner's rows) this many times in all. */
const MAX_ATTEMPTS = 3;

export async function creditNotification(
  database: Db,
  received: ReceivedNotification & { bankReference: string },
  notification: PaymentNotification,
): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await database.$transaction(
        async (tx) => {
          const row = await claimBankReference(tx, received);
          const outcome = await applyPayment(tx, {
            virtualAccount: notification.virtualAccount,
            amount: BigInt(notification.amount),
            paidAt: new Date(notification.paidAt),
            bankReference: notification.bankReference,
            source: "NOTIFICATION",
            actor: { userId: null, ...received.source },
          });
          const decided = answerFor(notification, outcome);
          await tx.bankNotification.update({
            where: { id: row.id },
            data: {
              outcome: decided.status === 200 ? "ACCEPTED" : "REJECTED",
              reason: decided.status === 200 ? null : decided.reason,
              responseStatus: decided.status,
              response: decided.bodyText,
            },
          });
          return decided;
        },
        { timeout: 30_000, maxWait: 10_000 },
      );
      if (result.status === 200) {
        log.info({ bankReference: received.bankReference, virtualAccount: received.virtualAccount }, "payment notification credited");
      } else {
        logRefusal(result, received);
      }
      return privateJsonText(result.bodyText, result.status);
    } catch (error) {
      if (!isWriteConflict(error)) throw error;
      // Most often the same notification, sent twice at once, won: answer with its response.
      const earlier = await storedAnswer(database, received.bankReference, received.fingerprint);
      if (earlier) return earlierAnswer(database, earlier, received);
      if (attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
