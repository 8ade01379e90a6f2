import type { ParticipantStatus } from "../db/generated/enums";
import { recordAudits } from "../audit/record";
import type { Db } from "../db/prisma";
import { coverageStatus } from "../domain/coverage";
import type { ParticipantCategory } from "../domain/programs";
import { jakartaDate } from "../domain/time";

type CoverageRow = {
  id: string;
  category: ParticipantCategory;
  status: ParticipantStatus;
  oldestUnpaidPeriod: Date | null;
  oldestUnpaidDue: Date | null;
};

/**
 * Sets Participant.status from lib/domain/coverage.ts for everyone who has paid
 * at least one bill: ACTIVE while arrears stay within the grace months,
 * INACTIVE after, ACTIVE again once the arrears are paid. Participants who
 * never paid stay PENDING (their cover never started), and REJECTED ones are
 * never touched. A participant's bills are their own (BPU), their company's
 * bills with a line for them (PU), and their projects' bills (Jakon).
 * Each change writes an audit row in the same transaction.
 */
export async function applyCoverage(db: Db, asOf: Date = new Date()): Promise<{ activated: number; lapsed: number }> {
  const today = jakartaDate(asOf);
  const rows = await db.$queryRaw<CoverageRow[]>`
    WITH concerned AS (
      SELECT b."participantId" AS participant_id, b."status", b."periodStart", b."dueDate"
        FROM "Bill" b WHERE b."participantId" IS NOT NULL
      UNION ALL
      -- A worker's several lines on one bill repeat it; min and bool_or do not mind.
      SELECT l."participantId", b."status", b."periodStart", b."dueDate"
        FROM "BillLine" l JOIN "Bill" b ON b."id" = l."billId"
        WHERE l."participantId" IS NOT NULL AND b."participantId" IS NULL
      UNION ALL
      SELECT w."participantId", b."status", b."periodStart", b."dueDate"
        FROM "ProjectWorker" w JOIN "Bill" b ON b."projectId" = w."projectId"
    ), summary AS (
      -- Bills start and fall due in the same order, so both minimums belong to the oldest unpaid bill.
      SELECT participant_id,
             min("periodStart") FILTER (WHERE "status" <> 'PAID') AS oldest_unpaid_period,
             min("dueDate") FILTER (WHERE "status" <> 'PAID') AS oldest_unpaid_due
        FROM concerned GROUP BY participant_id HAVING bool_or("status" = 'PAID')
    )
    SELECT p."id", p."category", p."status", s.oldest_unpaid_period AS "oldestUnpaidPeriod", s.oldest_unpaid_due AS "oldestUnpaidDue"
      FROM "Participant" p JOIN summary s ON s.participant_id = p."id"
      WHERE p."status" IN ('PENDING', 'ACTIVE', 'INACTIVE')`;

  const changes = rows.flatMap((row) => {
    const oldestUnpaid =
      row.oldestUnpaidPeriod && row.oldestUnpaidDue ? { periodStart: row.oldestUnpaidPeriod, dueDate: row.oldestUnpaidDue } : null;
    const coverage = coverageStatus({ category: row.category, oldestUnpaid, asOf: today, hasEverPaid: true });
    const status: ParticipantStatus = coverage === "LAPSED" ? "INACTIVE" : "ACTIVE";
    return status === row.status ? [] : [{ id: row.id, from: row.status, to: status }];
  });

  const CHUNK = 5_000;
  for (let start = 0; start < changes.length; start += CHUNK) {
    const chunk = changes.slice(start, start + CHUNK);
    await db.$transaction(async (tx) => {
      for (const to of ["ACTIVE", "INACTIVE"] as const) {
        const ids = chunk.filter((c) => c.to === to).map((c) => c.id);
        if (ids.length === 0) continue;
        // The status guard keeps a participant rejected meanwhile out of it.
        await tx.participant.updateMany({
          where: { id: { in: ids }, status: { in: ["PENDING", "ACTIVE", "INACTIVE"] } },
          data: { status: to },
        });
      }
      const firstActivations = chunk.filter((c) => c.from === "PENDING" && c.to === "ACTIVE").map((c) => c.id);
      if (firstActivations.length) {
        await tx.participant.updateMany({ where: { id: { in: firstActivations }, activatedAt: null }, data: { activatedAt: asOf } });
      }
      await recordAudits(
        tx,
        {},
        chunk.map((c) => ({
          action: "participant.coverage",
          entity: "Participant",
          entityId: c.id,
          before: { status: c.from },
          after: { status: c.to, asOf: today },
        })),
      );
    });
  }
  return {
    activated: changes.filter((c) => c.to === "ACTIVE").length,
    lapsed: changes.filter((c) => c.to === "INACTIVE").length,
  };
}
