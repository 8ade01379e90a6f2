// Sponsored cover on the dashboard (issue 16): who pays, per regency; each
// programme's budget, billed and paid; and how many people went on paying
// their own after a sponsorship ended, the number that says whether sponsored
// cover turns into kept cover. Read from two rollups the triggers keep
// (lib/stats/sponsorship-rollups.sql): a province can sponsor hundreds of
// thousands, so nothing here counts SponsoredMonth or Sponsorship rows.
import type { Db } from "../db/prisma";
import type { Period } from "../domain/billing-period";

/** Participants a sponsor pays for in `month`, per regency they lived in when taken in. */
export async function sponsoredByRegency(db: Db, month: Period, regency: string | null): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ regencyCode: string; count: bigint }[]>`
    SELECT "regencyCode", SUM("participants")::bigint AS "count" FROM "SponsoredMonthCount"
    WHERE "period" = ${month} AND (${regency}::text IS NULL OR "regencyCode" = ${regency})
    GROUP BY 1 HAVING SUM("participants") <> 0`;
  return new Map(rows.map((r) => [r.regencyCode, Number(r.count)]));
}

export type ProgrammeFigures = {
  id: string;
  sponsor: string;
  name: string;
  funding: string;
  ceiling: bigint;
  people: number;
  committed: bigint;
  billed: bigint;
  paid: bigint;
  /** People whose sponsorship ended before `month`, and of them those who paid a bill of their own after it. */
  ended: number;
  continued: number;
};

/** Every programme (its people in `regency` only, when one is chosen): budget, promised, billed, paid, and who went on. */
export function programmeFigures(db: Db, month: Period, regency: string | null): Promise<ProgrammeFigures[]> {
  return db.$queryRaw<ProgrammeFigures[]>`
    WITH per_programme AS (
      SELECT "programmeId", SUM("people")::int AS "people", SUM("committed")::bigint AS "committed",
        COALESCE(SUM("people") FILTER (WHERE "toPeriod" < ${month}), 0)::int AS "ended",
        COALESCE(SUM("continued") FILTER (WHERE "toPeriod" < ${month}), 0)::int AS "continued"
      FROM "SponsorshipFigures" WHERE ${regency}::text IS NULL OR "regencyCode" = ${regency}
      GROUP BY 1 HAVING SUM("people") <> 0
    ), money AS (
      SELECT "programmeId", sum("total")::bigint AS "billed", sum("paidAmount")::bigint AS "paid"
      FROM "Bill" WHERE "programmeId" IS NOT NULL GROUP BY 1
    )
    SELECT g."id", s."name" AS "sponsor", g."name", g."funding"::text AS "funding", g."ceiling",
      COALESCE(pp."people", 0) AS "people", COALESCE(pp."committed", 0)::bigint AS "committed",
      COALESCE(m."billed", 0)::bigint AS "billed", COALESCE(m."paid", 0)::bigint AS "paid",
      COALESCE(pp."ended", 0) AS "ended", COALESCE(pp."continued", 0) AS "continued"
    FROM "SponsorProgramme" g JOIN "Sponsor" s ON s."id" = g."sponsorId"
    LEFT JOIN per_programme pp ON pp."programmeId" = g."id"
    LEFT JOIN money m ON m."programmeId" = g."id"
    WHERE ${regency}::text IS NULL OR pp."people" > 0 OR s."regencyCode" = ${regency}
    ORDER BY s."name", g."budgetYear" DESC, g."name"`;
}
