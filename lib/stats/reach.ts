// Whether reminders keep BPU cover (issue 13): reminders sent, the share paid
// within 7 days of one, and the BPU lapse rate, per Jakarta month and regency.
// The sources (messages, bills, the audit log) are too large to aggregate on
// every dashboard view at 12M participants, so the nightly job recomputes the
// current and the previous month into ReachMonthly (a reminder sent on the
// 30th is paid, or not, in the next month's first week) and the dashboard
// reads only that table.
import type { Db } from "../db/prisma";
import { addMonths, currentPeriod, periodStartDate } from "../domain/billing-period";
import { BANTEN_REGENCY_CODES } from "../domain/regions";
import { jakartaDayRange } from "../domain/time";

/** Days after the first reminder within which a payment counts as prompted by it (issue 13). */
export const PAID_AFTER_REMINDER_DAYS = 7;

/** Months recomputed each night: the current one and the one before it. */
const MONTHS_RECOMPUTED = 2;

/**
 * Recomputes the figures of the current and the previous Jakarta month.
 * "BPU active at the start" cannot be recomputed later (status has no
 * history table), so the first run of a month counts it and later runs keep
 * that count: for a portal started mid-month it is the count of that day.
 */
export async function refreshReachFigures(db: Db, now: Date = new Date()): Promise<void> {
  const thisMonth = currentPeriod(now);
  const firstMonth = periodStartDate(addMonths(thisMonth, -(MONTHS_RECOMPUTED - 1)));
  const from = jakartaDayRange(firstMonth).start;
  const to = jakartaDayRange(periodStartDate(addMonths(thisMonth, 1))).start;
  const current = periodStartDate(thisMonth);
  await db.$transaction(async (tx) => {
    // A month and regency whose reminders or lapses are gone (a reversal re-opened a bill) goes back to zero.
    await tx.$executeRaw`
      UPDATE "ReachMonthly" SET "remindersSent" = 0, "paidWithin7Days" = 0, "bpuLapsed" = 0, "refreshedAt" = ${now}
       WHERE "month" >= ${firstMonth}::date`;
    await tx.$executeRaw`
      WITH first_sent AS (
        -- One reminder per bill, whichever channels carried it: the first one out counts.
        SELECT m."about"::uuid AS bill_id, min(m."sentAt") AS sent_at
          FROM "Message" m
         WHERE m."template" = 'reminder' AND m."status" = 'SENT' AND m."sentAt" >= ${from} AND m."sentAt" < ${to}
         GROUP BY 1
      )
      INSERT INTO "ReachMonthly" AS r ("month", "regencyCode", "remindersSent", "paidWithin7Days", "refreshedAt")
      SELECT date_trunc('month', "stats_jakarta_day"(f.sent_at))::date, p."regencyCode", count(*)::int,
             (count(*) FILTER (WHERE b."status" = 'PAID'
                AND b."paidAt" <= f.sent_at + make_interval(days => ${PAID_AFTER_REMINDER_DAYS}::int)))::int,
             ${now}
        FROM first_sent f JOIN "Bill" b ON b."id" = f.bill_id JOIN "Participant" p ON p."id" = b."participantId"
       GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT ("month", "regencyCode") DO UPDATE
        SET "remindersSent" = EXCLUDED."remindersSent", "paidWithin7Days" = EXCLUDED."paidWithin7Days", "refreshedAt" = EXCLUDED."refreshedAt"`;
    await tx.$executeRaw`
      INSERT INTO "ReachMonthly" AS r ("month", "regencyCode", "bpuLapsed", "refreshedAt")
      SELECT date_trunc('month', "stats_jakarta_day"(a."at"))::date, p."regencyCode", count(DISTINCT p."id")::int, ${now}
        FROM "AuditLog" a JOIN "Participant" p ON p."id" = a."entityId"::uuid
       WHERE a."at" >= ${from} AND a."at" < ${to} AND a."action" = 'participant.coverage' AND a."entity" = 'Participant'
         AND a."after"->>'status' = 'INACTIVE' AND p."category" = 'BPU'
       GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT ("month", "regencyCode") DO UPDATE SET "bpuLapsed" = EXCLUDED."bpuLapsed", "refreshedAt" = EXCLUDED."refreshedAt"`;
    // Every regency, with none active too: a count of zero is known, not missing.
    await tx.$executeRaw`
      INSERT INTO "ReachMonthly" AS r ("month", "regencyCode", "bpuActiveAtStart", "refreshedAt")
      SELECT ${current}::date, g.code, count(p."id")::int, ${now}
        FROM unnest(${BANTEN_REGENCY_CODES}::text[]) AS g(code)
        LEFT JOIN "Participant" p ON p."regencyCode" = g.code AND p."category" = 'BPU' AND p."status" = 'ACTIVE'
       GROUP BY 2 ORDER BY 2
      ON CONFLICT ("month", "regencyCode") DO UPDATE SET "bpuActiveAtStart" = EXCLUDED."bpuActiveAtStart"
       WHERE r."bpuActiveAtStart" IS NULL`;
  });
}

export type ReachMonth = {
  month: string;
  remindersSent: number;
  paidWithin7Days: number;
  /** Share of reminded bills paid within 7 days, 0..1; null with no reminder. */
  paidShare: number | null;
  bpuActiveAtStart: number | null;
  bpuLapsed: number;
  /** Lapsed ÷ active at the start, 0..1; null where the start was not counted. */
  lapseRate: number | null;
};

const ratio = (part: number, whole: number | null) => (whole ? part / whole : null);

/** Per month (all regencies in scope), and per regency and month, from `from` to `to` (YYYY-MM-DD, month starts). */
export async function reachFigures(db: Db, scope: { regency?: string; from: string; to: string }) {
  const rows = await db.reachMonthly.findMany({
    where: {
      month: { gte: new Date(`${scope.from}T00:00:00Z`), lte: new Date(`${scope.to}T00:00:00Z`) },
      ...(scope.regency ? { regencyCode: scope.regency } : {}),
    },
    orderBy: [{ month: "asc" }, { regencyCode: "asc" }],
  });
  const figure = (group: typeof rows, month: string): ReachMonth => {
    const sum = (pick: (r: (typeof rows)[number]) => number) => group.reduce((total, r) => total + pick(r), 0);
    // A month's rate is known only where every regency's start was counted.
    const started = group.length && group.every((r) => r.bpuActiveAtStart !== null) ? sum((r) => r.bpuActiveAtStart ?? 0) : null;
    const sent = sum((r) => r.remindersSent);
    const lapsed = sum((r) => r.bpuLapsed);
    const paid = sum((r) => r.paidWithin7Days);
    return {
      month,
      remindersSent: sent,
      paidWithin7Days: paid,
      paidShare: ratio(paid, sent),
      bpuActiveAtStart: started,
      bpuLapsed: lapsed,
      lapseRate: ratio(lapsed, started),
    };
  };
  const monthOf = (r: (typeof rows)[number]) => r.month.toISOString().slice(0, 7);
  const months = [...new Set(rows.map(monthOf))];
  const regencies = [...new Set(rows.map((r) => r.regencyCode))].sort();
  return {
    months: months.map((month) =>
      figure(
        rows.filter((r) => monthOf(r) === month),
        month,
      ),
    ),
    byRegency: regencies.map((regencyCode) => ({
      regencyCode,
      months: months.map((month) =>
        figure(
          rows.filter((r) => r.regencyCode === regencyCode && monthOf(r) === month),
          month,
        ),
      ),
    })),
  };
}
