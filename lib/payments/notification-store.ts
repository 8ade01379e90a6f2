// BankNotification rows: every signed notification is kept with the answer it
// got. A bank reference is unique, so the row stored under it is the answer
// to every later notification with that reference.
import type { Db, Tx } from "../db/prisma";
import type { RequestSource } from "../http/source";
import { log } from "../log";
import type { Answer } from "./notification-answers";
import { parseJson, storableText } from "./notification-body";
import { notificationFingerprint } from "./schema";

/** A signed notification as received, before it is judged. */
export type ReceivedNotification = {
  bankReference: string | null;
  virtualAccount: string | null;
  body: string;
  now: Date;
  source: RequestSource;
  /** notificationFingerprint of the body: what a repeat under the same reference must match. */
  fingerprint: string;
};

/** Claims the bank reference first thing in the crediting transaction; the row gets its answer at the end. */
export function claimBankReference(tx: Tx, received: ReceivedNotification) {
  return tx.bankNotification.create({
    data: {
      bankReference: received.bankReference,
      virtualAccount: received.virtualAccount,
      outcome: "REJECTED",
      reason: "processing",
      responseStatus: 0,
      response: "",
      body: storableText(received.body),
      receivedAt: received.now,
    },
    select: { id: true },
  });
}

/**
 * Logs and stores a notification refused before crediting. With a bank
 * reference this can lose a race on the unique index (the caller decides
 * what then); without one it cannot.
 */
export async function storeRefusal(database: Db, received: ReceivedNotification, refused: Answer): Promise<void> {
  logRefusal(refused, received);
  await database.bankNotification.create({
    data: {
      bankReference: received.bankReference,
      virtualAccount: received.virtualAccount?.slice(0, 64) ?? null,
      outcome: "REJECTED",
      reason: refused.reason,
      responseStatus: refused.status,
      response: refused.bodyText,
      body: storableText(received.body),
      receivedAt: received.now,
    },
  });
}

export function logRefusal(refused: Answer, received: ReceivedNotification) {
  log.warn(
    {
      reason: refused.reason,
      status: refused.status,
      bankReference: received.bankReference,
      virtualAccount: received.virtualAccount,
      ...received.source,
    },
    "payment notification rejected",
  );
}

export type StoredAnswer = { kind: "replay"; status: number; bodyText: string } | { kind: "conflict" };

/** The answer given to an earlier notification with this reference, or a conflict if that one said something else. */
export async function storedAnswer(database: Tx, bankReference: string, fingerprint: string): Promise<StoredAnswer | null> {
  const row = await database.bankNotification.findUnique({
    where: { bankReference },
    select: { body: true, responseStatus: true, response: true },
  });
  if (!row) return null;
  if (notificationFingerprint(parseJson(row.body)) !== fingerprint) return { kind: "conflict" };
  const bodyText = typeof row.response === "string" ? row.response : JSON.stringify(row.response);
  return { kind: "replay", status: row.responseStatus, bodyText };
}
