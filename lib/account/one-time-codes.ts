// One-time codes (issue 14): 6 digits, valid 5 minutes, 5 tries, used once,
// sent by text to the phone on record (and e-mail if any) through the outbox,
// at once and ahead of other messages (lib/messages/outbox.ts). Only an argon2
// hash of the code is kept: someone reading the database cannot use it.
import { randomInt } from "node:crypto";
import { z } from "zod";
import { maskRecipient } from "../domain/contact-mask";
import type { CodePurpose } from "../db/generated/enums";
import type { Db, Tx } from "../db/prisma";
import { hashPassword, verifyPassword } from "../auth/password";
import { CONTACT_COLUMNS, recipient } from "../messages/notify";
import { queueMessages } from "../messages/outbox";
import { FieldConflict, Refusal } from "../failures";
import { messageWithParams } from "../validation/field-errors";

import { CODE_DIGITS, CODE_MAX_TRIES, CODE_VALID_MINUTES, CODES_PER_ACCOUNT_PER_HOUR } from "./code-rules";

export function newCode(): string {
  return String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, "0");
}

/** A new code and its hash, made in an action's `prepare` (argon2 takes a while: before the transaction takes a connection). */
export async function prepareCode() {
  const code = newCode();
  return { code, codeHash: await hashCode(code) };
}

/** A phone number (E.164) or an e-mail address not yet on record, which a code proves is the person's. */
export type NewContact = { phone: string } | { email: string };

/**
 * Writes a code for a participant (and their account, when they have one) and
 * queues its message, in `tx`; returns its id. Refused past the per-person limit. It goes to the participant's
 * phone and e-mail, or only to `newContact` when it proves a new one.
 */
export async function issueCode(
  tx: Tx,
  holder: { participantId: string; userId: string | null },
  purpose: CodePurpose,
  code: string,
  codeHash: string,
  now: Date,
  newContact?: NewContact,
): Promise<string> {
  if ((await codesInLastHour(tx, holder.participantId, now)) >= CODES_PER_ACCOUNT_PER_HOUR) {
    throw new Refusal(messageWithParams("errors.recovery.tooMany", { max: CODES_PER_ACCOUNT_PER_HOUR }));
  }
  const participant = await tx.participant.findUniqueOrThrow({ where: { id: holder.participantId }, select: CONTACT_COLUMNS });
  const to = recipient(participant);
  if (newContact) to.to = { ...newContact, textChannel: participant.textChannel };
  const row = await tx.oneTimeCode.create({
    data: {
      userId: holder.userId,
      participantId: holder.participantId,
      purpose,
      newContact: newContact ? ("phone" in newContact ? newContact.phone : newContact.email) : null,
      codeHash,
      expiresAt: new Date(now.getTime() + CODE_VALID_MINUTES * 60_000),
      createdAt: now,
    },
  });
  await queueMessages(tx, [{ template: "oneTimeCode", about: row.id, ...to, params: { code, minutes: String(CODE_VALID_MINUTES) } }], now);
  return row.id;
}

/** Codes sent to a participant in the hour before `now` (for any purpose): the per-person limit counts these. */
function codesInLastHour(tx: Tx, participantId: string, now: Date) {
  return tx.oneTimeCode.count({ where: { participantId, createdAt: { gte: new Date(now.getTime() - 3_600_000) } } });
}

export const hashCode = hashPassword;

export type SpentCode<T> = { ok: true; value: T } | { ok: false; reason: "expired" | "wrong"; triesLeft: number };

/**
 * Checks a typed code against its request, in one transaction with what the
 * code allows (`use`, given the code's user): a right code is spent with it,
 * so a second use finds it used. A wrong try is counted and committed (the
 * caller refuses the form after this returns); the fifth ends the code.
 */
export async function spendCode<T>(
  db: Db,
  codeId: string,
  purpose: CodePurpose,
  typed: string,
  now: Date,
  use: (tx: Tx, holder: { participantId: string; userId: string | null; newContact: string | null }) => Promise<T>,
): Promise<SpentCode<T>> {
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<
      {
        userId: string | null;
        participantId: string;
        newContact: string | null;
        codeHash: string;
        attempts: number;
        expiresAt: Date;
        usedAt: Date | null;
      }[]
    >`
      SELECT "userId", "participantId", "newContact", "codeHash", "attempts", "expiresAt", "usedAt" FROM "OneTimeCode"
       WHERE "id" = ${codeId}::uuid AND "purpose" = ${purpose}::"CodePurpose" FOR UPDATE`;
    if (!row || row.usedAt || row.expiresAt <= now || row.attempts >= CODE_MAX_TRIES) return { ok: false, reason: "expired", triesLeft: 0 };
    const right = await verifyPassword(row.codeHash, typed);
    await tx.oneTimeCode.update({ where: { id: codeId }, data: { attempts: { increment: 1 }, ...(right ? { usedAt: now } : {}) } });
    if (!right) {
      const triesLeft = CODE_MAX_TRIES - row.attempts - 1;
      return { ok: false, reason: triesLeft > 0 ? "wrong" : "expired", triesLeft };
    }
    return { ok: true, value: await use(tx, { participantId: row.participantId, userId: row.userId, newContact: row.newContact }) };
  });
}

/** Where a code was sent, masked, for the page that asks for it; null for an unknown request. */
export async function codeDestination(db: Db, codeId: string): Promise<string | null> {
  if (!z.uuid().safeParse(codeId).success) return null;
  const row = await db.oneTimeCode.findUnique({
    where: { id: codeId },
    select: { newContact: true, participant: { select: { phone: true } } },
  });
  const to = row?.newContact ?? row?.participant.phone;
  return to ? maskRecipient(to) : null;
}

/** A code that did not work, as the form shows it: the tries left on the code field, or "ask for a new one". */
export function refuseCode(spent: { reason: "expired" | "wrong"; triesLeft: number }): never {
  if (spent.reason === "wrong") throw new FieldConflict("code", messageWithParams("errors.code.wrong", { tries: spent.triesLeft }));
  throw new Refusal("errors.code.expired");
}
