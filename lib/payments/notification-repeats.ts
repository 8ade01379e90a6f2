// A notification whose bank reference is stored already. A repeat gets the
// stored answer byte for byte; a different notification under that reference
// is refused (409) and kept without the reference, so the one stored under it
// stays the answer.
import { IDEMPOTENT_REPLAYED_HEADER } from "../api/idempotency";
import type { Db } from "../db/prisma";
import { privateJsonText } from "../http/responses";
import { log } from "../log";
import { referenceReused } from "./notification-answers";
import { type ReceivedNotification, type StoredAnswer, storeRefusal } from "./notification-store";

export async function earlierAnswer(database: Db, earlier: StoredAnswer, received: ReceivedNotification): Promise<Response> {
  if (earlier.kind === "replay") {
    log.info({ bankReference: received.bankReference, status: earlier.status }, "payment notification replayed");
    return privateJsonText(earlier.bodyText, earlier.status, { [IDEMPOTENT_REPLAYED_HEADER]: "true" });
  }
  const refused = referenceReused(`bank_reference_reused:${received.bankReference}`);
  // Without a reference the row cannot meet the unique index: nothing to race.
  await storeRefusal(database, { ...received, bankReference: null }, refused);
  return privateJsonText(refused.bodyText, refused.status);
}
