// POST /api/v1/payments/notifications: BJB tells Lindung that a customer paid
// into a bill's virtual account (docs/decisions/0007-payment-notifications.md).
// signature → body → bank reference seen before? → one transaction that
// claims the reference, credits the bill (applyPayment) and stores the answer.
// Takes the database, the secret and the clock as parameters so tests pass their own.
import { IDEMPOTENT_REPLAYED_HEADER } from "../api/idempotency";
import { isWriteConflict } from "../db/conflicts";
import { API_MESSAGES, type FieldErrors, invalidRequest } from "../http/api-errors";
import { errorMessage, privateJsonText, serverError, tooManyRequests } from "../http/responses";
import type { Db, Tx } from "../db/prisma";
import { log } from "../log";
import { applyPayment, type PaymentOutcome } from "./apply-payment";
import { readRawBody } from "../http/raw-body";
import {
  bankReferenceOf,
  MAX_NOTIFICATION_BYTES,
  notificationFingerprint,
  PAYMENT_MESSAGES,
  type PaymentNotification,
  type PaymentNotificationResponse,
  parsePaymentNotification,
} from "./schema";
import { checkTimestamp, SIGNATURE_HEADER, type SignatureFailure, TIMESTAMP_HEADER, verifyNotification } from "./signature";
import { sourceOf } from "../http/source";
import { consumeLimit } from "../security/rate-limit";

/** A transaction that lost a race is tried again (it then sees the winner's rows) this many times in all. */
const MAX_ATTEMPTS = 3;

export type NotificationOptions = {
  /** BJB_WEBHOOK_SECRET; unset means notifications are not configured here (503). */
  secret: string | undefined;
  now: Date;
};

/** An answer decided before anything is credited: status, body text, and why (for the log and the row). */
type Answer = { status: number; bodyText: string; reason: string };

const answer = (status: number, body: unknown, reason: string): Answer => ({ status, bodyText: JSON.stringify(body), reason });

/** One signing key is shared with Bank BJB today: its abuse limit is this key's. */
const SIGNING_KEY_ID = "bjb";

export async function handlePaymentNotification(database: Db, request: Request, options: NotificationOptions): Promise<Response> {
  try {
    return await notificationResponse(database, request, options);
  } catch (error) {
    // Bad input never gets here: every check answers 4xx. This is our fault, and nothing was committed.
    log.error({ err: error }, "payment notification failed");
    return serverError();
  }
}

async function notificationResponse(database: Db, request: Request, { secret, now }: NotificationOptions): Promise<Response> {
  if (!secret) {
    log.error("payment notification refused: BJB_WEBHOOK_SECRET is not set");
    return errorMessage(503, PAYMENT_MESSAGES.notConfigured);
  }
  const client = sourceOf(request.headers);

  // Unsigned or stale requests are only logged: storing them would let anyone write rows, or claim a bank reference.
  const timestamp = request.headers.get(TIMESTAMP_HEADER);
  const early = checkTimestamp(timestamp, now);
  if (!early.ok) return unauthenticated(early.reason, client);
  const raw = await readRawBody(request, MAX_NOTIFICATION_BYTES);
  if (!raw.ok) {
    log.warn({ reason: "body_too_large", ...client }, "payment notification rejected");
    return errorMessage(413, API_MESSAGES.payloadTooLarge);
  }
  const check = verifyNotification({ secret, body: raw.bytes, timestamp, signature: request.headers.get(SIGNATURE_HEADER), now });
  if (!check.ok) return unauthenticated(check.reason, client);
  // Counted only once signed: unsigned traffic cannot spend BJB's limit and hold real payments back.
  const limit = await consumeLimit(database, "notifications", SIGNING_KEY_ID);
  if (!limit.ok) return tooManyRequests(limit.retryAfterSeconds);

  // Signed by BJB from here on: every outcome is kept in BankNotification.
  const text = decodeUtf8(raw.bytes);
  const value = text === null ? undefined : parseJson(text);
  if (text === null || value === undefined) {
    const invalid = answer(400, invalidRequest({ body: API_MESSAGES.invalidJson }), "invalid_json");
    const body = text ?? new TextDecoder().decode(raw.bytes);
    return reject(database, { bankReference: null, virtualAccount: null, body, now, client, fingerprint: "" }, invalid);
  }

  const bankReference = bankReferenceOf(value);
  const context: Context = {
    bankReference,
    virtualAccount: stringField(value, "virtualAccount"),
    body: text,
    now,
    client,
    fingerprint: notificationFingerprint(value),
  };
  if (bankReference) {
    const earlier = await storedAnswer(database, bankReference, context.fingerprint);
    if (earlier) return earlierResponse(database, earlier, context);
  }

  const parsed = parsePaymentNotification(value, text);
  if (!parsed.ok) return reject(database, context, answer(400, invalidRequest(parsed.fields), invalidReason(parsed.fields)));
  return credit(database, { ...context, bankReference: parsed.value.bankReference }, parsed.value);
}

type Client = { ip: string | null; userAgent: string | null };

type Context = {
  bankReference: string | null;
  virtualAccount: string | null;
  body: string;
  now: Date;
  client: Client;
  /** notificationFingerprint of the body: what a repeat under the same reference must match. */
  fingerprint: string;
};

function unauthenticated(reason: SignatureFailure, client: Client): Response {
  log.warn({ reason: `signature_${reason}`, ...client }, "payment notification rejected");
  const message = reason === "expired" || reason === "future" ? PAYMENT_MESSAGES.timestampOutOfWindow : PAYMENT_MESSAGES.signatureInvalid;
  return errorMessage(401, message);
}

/**
 * Credits the payment and stores the answer, in one transaction that first
 * claims the bank reference: a concurrent duplicate waits on the unique index,
 * fails once this commits, and replays what this stored.
 */
async function credit(database: Db, context: Context & { bankReference: string }, notification: PaymentNotification): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await database.$transaction(
        async (tx) => {
          const row = await claimBankReference(tx, context);
          const outcome = await applyPayment(tx, {
            virtualAccount: notification.virtualAccount,
            amount: BigInt(notification.amount),
            paidAt: new Date(notification.paidAt),
            bankReference: notification.bankReference,
            source: "NOTIFICATION",
            actor: { userId: null, ...context.client },
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
        log.info({ bankReference: context.bankReference, virtualAccount: context.virtualAccount }, "payment notification credited");
      } else {
        logRejection(result, context);
      }
      return privateJsonText(result.bodyText, result.status);
    } catch (error) {
      if (!isWriteConflict(error)) throw error;
      // Most often the same notification, sent twice at once, won: answer with its response.
      const earlier = await storedAnswer(database, context.bankReference, context.fingerprint);
      if (earlier) return earlierResponse(database, earlier, context);
      if (attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

function answerFor(notification: PaymentNotification, outcome: PaymentOutcome): Answer {
  if (outcome.kind === "unknown_virtual_account") {
    return answer(404, { error: PAYMENT_MESSAGES.unknownVirtualAccount }, "unknown_virtual_account");
  }
  // Recorded already by the settlement file under this reference: fine if it is the same payment.
  if (outcome.kind === "already_applied" && !outcome.matches) {
    return answer(409, { error: PAYMENT_MESSAGES.referenceReused }, "bank_reference_reused");
  }
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
  return { status: 200, bodyText: JSON.stringify(body), reason: "credited" };
}

/** JSON numbers are exact up to 2^53; past that the answer would be wrong, so it is an error instead. */
function rupiah(amount: bigint): number {
  const value = Number(amount);
  if (!Number.isSafeInteger(value)) throw new RangeError(`amount too large for a JSON number: ${amount}`);
  return value;
}

function claimBankReference(tx: Tx, context: Context) {
  return tx.bankNotification.create({
    data: {
      bankReference: context.bankReference,
      virtualAccount: context.virtualAccount,
      outcome: "REJECTED",
      reason: "processing",
      responseStatus: 0,
      response: "",
      body: storableText(context.body),
      receivedAt: context.now,
    },
    select: { id: true },
  });
}

/**
 * A signed notification refused before crediting (invalid body, reused
 * reference) is stored with its answer. With a bank reference, that answer is
 * what every repeat of the notification gets: a correction needs a new reference.
 */
async function reject(database: Db, context: Context, refused: Answer): Promise<Response> {
  logRejection(refused, context);
  try {
    await database.bankNotification.create({
      data: {
        bankReference: context.bankReference,
        virtualAccount: context.virtualAccount?.slice(0, 64) ?? null,
        outcome: "REJECTED",
        reason: refused.reason,
        responseStatus: refused.status,
        response: refused.bodyText,
        body: storableText(context.body),
        receivedAt: context.now,
      },
    });
  } catch (error) {
    if (!isWriteConflict(error) || !context.bankReference) throw error;
    // The same reference was stored meanwhile (the same bad notification twice at once): its answer stands.
    const earlier = await storedAnswer(database, context.bankReference, context.fingerprint);
    if (earlier) return earlierResponse(database, earlier, context);
    throw error;
  }
  return privateJsonText(refused.bodyText, refused.status);
}

function logRejection(refused: Answer, context: Context) {
  log.warn(
    { reason: refused.reason, status: refused.status, bankReference: context.bankReference, virtualAccount: context.virtualAccount, ...context.client },
    "payment notification rejected",
  );
}

type Stored = { kind: "replay"; status: number; bodyText: string } | { kind: "conflict" };

/** The answer given to an earlier notification with this reference, or a conflict if that one said something else. */
async function storedAnswer(database: Tx, bankReference: string, fingerprint: string): Promise<Stored | null> {
  const row = await database.bankNotification.findUnique({
    where: { bankReference },
    select: { body: true, responseStatus: true, response: true },
  });
  if (!row) return null;
  if (notificationFingerprint(parseJson(row.body)) !== fingerprint) return { kind: "conflict" };
  const bodyText = typeof row.response === "string" ? row.response : JSON.stringify(row.response);
  return { kind: "replay", status: row.responseStatus, bodyText };
}

/**
 * A repeat gets the stored answer byte for byte. A different notification
 * under a used reference is refused (409) and kept, without the reference,
 * so the one stored under it stays the answer.
 */
function earlierResponse(database: Db, earlier: Stored, context: Context): Promise<Response> | Response {
  if (earlier.kind === "replay") {
    log.info({ bankReference: context.bankReference, status: earlier.status }, "payment notification replayed");
    return privateJsonText(earlier.bodyText, earlier.status, { [IDEMPOTENT_REPLAYED_HEADER]: "true" });
  }
  const refused = answer(409, { error: PAYMENT_MESSAGES.referenceReused }, `bank_reference_reused:${context.bankReference}`);
  // Stored without the reference: the unique reference belongs to the first notification.
  return reject(database, { ...context, bankReference: null, virtualAccount: stringField(parseJson(context.body), "virtualAccount") }, refused);
}

function invalidReason(fields: FieldErrors): string {
  return `invalid_body:${Object.keys(fields).join(",")}`;
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** PostgreSQL text cannot hold NUL; a raw NUL makes the body invalid JSON anyway, so it is kept visibly replaced. */
function storableText(text: string): string {
  return text.replaceAll("\u0000", "\uFFFD");
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function stringField(value: unknown, name: string): string | null {
  if (typeof value !== "object" || value === null) return null;
  const field = (value as Record<string, unknown>)[name];
  return typeof field === "string" ? storableText(field.slice(0, 64)) : null;
}

