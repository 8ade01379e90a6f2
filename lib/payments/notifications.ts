// POST /api/v1/payments/notifications: BJB tells Lindung that a customer paid
// into a bill's virtual account (docs/decisions/0007-payment-notifications.md).
// signature (bjb-signature-auth.ts) → the signing key's limit → body → bank
// reference seen before? (notification-repeats.ts) → valid? → one transaction
// that claims the reference, credits the bill and stores the answer
// (notification-credit.ts). Signed by BJB from the handler on: every outcome
// is kept in BankNotification (notification-store.ts).
import { apiEndpoint } from "../api/endpoint";
import { isWriteConflict } from "../db/conflicts";
import type { Db } from "../db/prisma";
import { API_MESSAGES, invalidRequest } from "../http/api-errors";
import { privateJsonText } from "../http/responses";
import { bjbSignature, SIGNING_KEY_ID } from "./bjb-signature-auth";
import { type Answer, answer, invalidReason } from "./notification-answers";
import { decodeUtf8, parseJson, stringField } from "./notification-body";
import { creditNotification } from "./notification-credit";
import { earlierAnswer } from "./notification-repeats";
import { type ReceivedNotification, storedAnswer, storeRefusal } from "./notification-store";
import { bankReferenceOf, notificationFingerprint, parsePaymentNotification } from "./schema";

export const notificationEndpoint = apiEndpoint({
  permission: "payment.notify",
  authentication: bjbSignature,
  // Counted only once signed: unsigned traffic cannot spend BJB's limit and hold real payments back.
  limit: { name: "notifications", key: () => SIGNING_KEY_ID },
  handler: async ({ context, source, body: bytes }) => {
    if (!bytes) throw new Error("bjbSignature hands over the signed body");
    const { db: database, now } = context;
    const text = decodeUtf8(bytes);
    const value = text === null ? undefined : parseJson(text);
    if (text === null || value === undefined) {
      const invalid = answer(400, invalidRequest({ body: API_MESSAGES.invalidJson }), "invalid_json");
      const body = text ?? new TextDecoder().decode(bytes);
      return refuse(database, { bankReference: null, virtualAccount: null, body, now, source, fingerprint: "" }, invalid);
    }

    const received: ReceivedNotification = {
      bankReference: bankReferenceOf(value),
      virtualAccount: stringField(value, "virtualAccount"),
      body: text,
      now,
      source,
      fingerprint: notificationFingerprint(value),
    };
    if (received.bankReference) {
      const earlier = await storedAnswer(database, received.bankReference, received.fingerprint);
      if (earlier) return earlierAnswer(database, earlier, received);
    }

    const parsed = parsePaymentNotification(value, text);
    if (!parsed.ok) return refuse(database, received, answer(400, invalidRequest(parsed.fields), invalidReason(parsed.fields)));
    return creditNotification(database, { ...received, bankReference: parsed.value.bankReference }, parsed.value);
  },
});

/**
 * A signed notification refused before crediting (not JSON, invalid) is
 * stored with its answer. With a bank reference, that answer is what every
 * repeat of the notification gets: a correction needs a new reference.
 */
async function refuse(database: Db, received: ReceivedNotification, refused: Answer): Promise<Response> {
  try {
    await storeRefusal(database, received, refused);
  } catch (error) {
    if (!isWriteConflict(error) || !received.bankReference) throw error;
    // The same reference was stored meanwhile (the same bad notification twice at once): its answer stands.
    const earlier = await storedAnswer(database, received.bankReference, received.fingerprint);
    if (earlier) return earlierAnswer(database, earlier, received);
    throw error;
  }
  return privateJsonText(refused.bodyText, refused.status);
}
