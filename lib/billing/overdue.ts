import type { Db } from "../db/prisma";
import { dateColumn, lateBefore } from "../domain/billing-period";
import { lateFine } from "../domain/fines";
import { jakartaDate } from "../domain/time";

const BATCH = 5_000;

/**
 * Bills past their due date and not fully paid become OVERDUE, with the fine
 * accrued by `asOf` (lib/domain/fines.ts; BPU bills get status only, fine 0).
 * A bill is overdue from the day after its last day to pay in Jakarta (the
 * due date, or the next working day when it falls on a Sunday or holiday: lastDayToPay). PAID bills are never touched, also when a payment lands between
 * the read and the write. A fine never goes down (ours): what accrued while
 * the whole contribution was owed stays when a part payment comes in later.
 * Each change is audited (before/after) in the same statement.
 * Returns how many bills are overdue, how many rows changed, and their fines' sum.
 */
export async function markOverdue(db: Db, asOf: Date = new Date()): Promise<{ overdue: number; updated: number; fines: bigint }> {
  const today = jakartaDate(asOf);
  let cursor: string | undefined;
  let overdue = 0;
  let updated = 0;
  let fines = 0n;
  for (;;) {
    const bills = await db.bill.findMany({
      where: {
        status: { in: ["UNPAID", "PARTIALLY_PAID", "OVERDUE"] },
        dueDate: { lt: dateColumn(lateBefore(today)) },
        ...(cursor ? { id: { gt: cursor } } : {}),
      },
      select: { id: true, category: true, total: true, paidAmount: true, fineAmount: true, dueDate: true, status: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (bills.length === 0) break;
    cursor = bills.at(-1)!.id;

    const changes = bills.flatMap((bill) => {
      overdue += 1;
      const fine = BigInt(
        lateFine({ category: bill.category, outstanding: bill.total - bill.paidAmount, dueDate: bill.dueDate, asOf: today }),
      );
      const fineAmount = fine > bill.fineAmount ? fine : bill.fineAmount;
      fines += fineAmount;
      return bill.status === "OVERDUE" && fineAmount === bill.fineAmount ? [] : [{ id: bill.id, fineAmount }];
    });
    if (changes.length === 0) continue;
    // One statement: the update and its audit rows (before and after; the actor is the system). Every CTE
    // reads the same snapshot, so "before" holds the values the update replaced.
    const ids = changes.map((c) => c.id);
    const newFines = changes.map((c) => String(c.fineAmount));
    updated += await db.$executeRaw`
      WITH before AS (
        SELECT b."id", b."status", b."fineAmount" FROM "Bill" b WHERE b."id" = ANY(${ids}::uuid[]) AND b."status" <> 'PAID'
      ), changed AS (
        UPDATE "Bill" AS b SET "status" = 'OVERDUE', "fineAmount" = GREATEST(b."fineAmount", u.fine::bigint)
        FROM unnest(${ids}::uuid[], ${newFines}::text[]) AS u(id, fine)
        WHERE b."id" = u.id AND b."status" <> 'PAID'
        RETURNING b."id", b."status", b."fineAmount", b."programmeId", b."projectId", b."companyId", b."participantId"
      ), fined AS (
        -- What the fine grew by is a debit on the bill's account (lib/ledger/entries.ts, accountOfBill).
        INSERT INTO "LedgerEntry" ("accountType", "accountId", "kind", "billId", "debit")
        SELECT (CASE WHEN c."programmeId" IS NOT NULL THEN 'PROGRAMME' WHEN c."projectId" IS NOT NULL THEN 'PROJECT'
            WHEN c."companyId" IS NOT NULL THEN 'COMPANY' ELSE 'PARTICIPANT' END)::"LedgerAccountType",
          COALESCE(c."programmeId", c."projectId", c."companyId", c."participantId"), 'FINE', c."id", c."fineAmount" - o."fineAmount"
        FROM changed c JOIN before o ON o."id" = c."id" WHERE c."fineAmount" > o."fineAmount"
      )
      INSERT INTO "AuditLog" ("action", "entity", "entityId", "before", "after")
      SELECT 'bill.overdue', 'Bill', c."id"::text,
        jsonb_build_object('status', o."status", 'fineAmount', o."fineAmount"),
        jsonb_build_object('status', c."status", 'fineAmount', c."fineAmount", 'asOf', ${today}::text)
      FROM changed c JOIN before o ON o."id" = c."id"`;
  }
  return { overdue, updated, fines };
}
