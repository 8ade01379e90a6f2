-- AlterTable
ALTER TABLE "ParticipantDailyCount" ADD COLUMN     "activeDelta" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "ParticipantMonthlyCount" ADD COLUMN     "activeDelta" INTEGER NOT NULL DEFAULT 0;

-- ---------------------------------------------------------------------------
-- Hand-written below this line (docs/decisions/0008-dashboard-rollups.md).
-- ACTIVE participants beside registered ones (issue 17.1: coverage = active
-- participants ÷ people at work). The participant rollup gets a second
-- counter, "activeDelta", kept by the same statement trigger with the same day
-- rules: +1 on the day of creation for one created ACTIVE, -1/+1 on the day one
-- becomes or stops being ACTIVE (first payment, lapse, paying the arrears,
-- death, rejection) or moves between dimensions. Same keys, so no new rows to
-- read: the dashboard sums both columns in one pass.
-- ---------------------------------------------------------------------------

DROP FUNCTION "stats_bump_participants"(date[], text[], "Category"[], "Channel"[], text[], int[]);

CREATE FUNCTION "stats_bump_participants"(
  days date[], regencies text[], categories "Category"[], channels "Channel"[], branches text[], deltas int[], actives int[]
) RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "ParticipantDailyCount" AS t ("day", "regencyCode", "category", "channel", "branchKey", "delta", "activeDelta")
  SELECT u.day, u.regency, u.category, u.channel, u.branch, SUM(u.delta)::int, SUM(u.active)::int
  FROM unnest(days, regencies, categories, channels, branches, deltas, actives) AS u(day, regency, category, channel, branch, delta, active)
  GROUP BY 1, 2, 3, 4, 5 HAVING SUM(u.delta) <> 0 OR SUM(u.active) <> 0 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("day", "regencyCode", "category", "channel", "branchKey")
  DO UPDATE SET "delta" = t."delta" + EXCLUDED."delta", "activeDelta" = t."activeDelta" + EXCLUDED."activeDelta"\x3b

  INSERT INTO "ParticipantMonthlyCount" AS t ("month", "regencyCode", "category", "channel", "branchKey", "delta", "activeDelta")
  SELECT date_trunc(\'month\', u.day)::date, u.regency, u.category, u.channel, u.branch, SUM(u.delta)::int, SUM(u.active)::int
  FROM unnest(days, regencies, categories, channels, branches, deltas, actives) AS u(day, regency, category, channel, branch, delta, active)
  GROUP BY 1, 2, 3, 4, 5 HAVING SUM(u.delta) <> 0 OR SUM(u.active) <> 0 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("month", "regencyCode", "category", "channel", "branchKey")
  DO UPDATE SET "delta" = t."delta" + EXCLUDED."delta", "activeDelta" = t."activeDelta" + EXCLUDED."activeDelta"\x3b
END ';

-- A participant counts unless REJECTED, and counts as active while ACTIVE.
CREATE OR REPLACE FUNCTION "stats_participants_changed"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = \'INSERT\' THEN
    PERFORM "stats_bump_participants"(array_agg(c.day), array_agg(c.regency), array_agg(c.category),
      array_agg(c.channel), array_agg(c.branch), array_agg(c.delta), array_agg(c.active))
    FROM (
      SELECT "stats_jakarta_day"(n."createdAt") AS day, n."regencyCode"::text AS regency, n."category",
        n."channel", COALESCE(n."branchId"::text, \'\') AS branch, count(*)::int AS delta,
        count(*) FILTER (WHERE n."status" = \'ACTIVE\')::int AS active
      FROM new_rows n WHERE n."status" <> \'REJECTED\'
      GROUP BY 1, 2, 3, 4, 5
    ) c\x3b
  ELSIF TG_OP = \'UPDATE\' THEN
    PERFORM "stats_bump_participants"(array_agg(c.day), array_agg(c.regency), array_agg(c.category),
      array_agg(c.channel), array_agg(c.branch), array_agg(c.delta), array_agg(c.active))
    FROM (
      SELECT "stats_jakarta_today"() AS day, x.regency, x.category, x.channel, x.branch,
        SUM(x.delta)::int AS delta, SUM(x.active)::int AS active
      FROM old_rows o JOIN new_rows n ON n."id" = o."id"
      CROSS JOIN LATERAL (VALUES
        (o."regencyCode"::text, o."category", o."channel", COALESCE(o."branchId"::text, \'\'),
          CASE WHEN o."status" <> \'REJECTED\' THEN -1 ELSE 0 END, CASE WHEN o."status" = \'ACTIVE\' THEN -1 ELSE 0 END),
        (n."regencyCode"::text, n."category", n."channel", COALESCE(n."branchId"::text, \'\'),
          CASE WHEN n."status" <> \'REJECTED\' THEN 1 ELSE 0 END, CASE WHEN n."status" = \'ACTIVE\' THEN 1 ELSE 0 END)
      ) AS x(regency, category, channel, branch, delta, active)
      WHERE (o."status" = \'REJECTED\') IS DISTINCT FROM (n."status" = \'REJECTED\')
         OR (o."status" = \'ACTIVE\') IS DISTINCT FROM (n."status" = \'ACTIVE\')
         OR (o."regencyCode", o."category", o."channel", o."branchId") IS DISTINCT FROM (n."regencyCode", n."category", n."channel", n."branchId")
      GROUP BY 2, 3, 4, 5
    ) c WHERE c.delta <> 0 OR c.active <> 0\x3b
  ELSE
    PERFORM "stats_bump_participants"(array_agg(c.day), array_agg(c.regency), array_agg(c.category),
      array_agg(c.channel), array_agg(c.branch), array_agg(c.delta), array_agg(c.active))
    FROM (
      SELECT "stats_jakarta_today"() AS day, o."regencyCode"::text AS regency, o."category", o."channel",
        COALESCE(o."branchId"::text, \'\') AS branch, -count(*)::int AS delta,
        -count(*) FILTER (WHERE o."status" = \'ACTIVE\')::int AS active
      FROM old_rows o WHERE o."status" <> \'REJECTED\'
      GROUP BY 2, 3, 4, 5
    ) c\x3b
  END IF\x3b
  RETURN NULL\x3b
END ';

-- Participants ACTIVE before this migration, on the day they became active (the
-- day they registered where that was not kept). Earlier lapses and returns were
-- not recorded, so days before today read as if today's active ones had always
-- stayed active since, and from now on every change is counted on its day.
INSERT INTO "ParticipantDailyCount" AS t ("day", "regencyCode", "category", "channel", "branchKey", "activeDelta")
SELECT "stats_jakarta_day"(COALESCE(p."activatedAt", p."createdAt")), p."regencyCode", p."category", p."channel",
  COALESCE(p."branchId"::text, ''), count(*)::int
FROM "Participant" p WHERE p."status" = 'ACTIVE'
GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
ON CONFLICT ("day", "regencyCode", "category", "channel", "branchKey")
DO UPDATE SET "activeDelta" = t."activeDelta" + EXCLUDED."activeDelta";

INSERT INTO "ParticipantMonthlyCount" AS t ("month", "regencyCode", "category", "channel", "branchKey", "activeDelta")
SELECT date_trunc('month', "stats_jakarta_day"(COALESCE(p."activatedAt", p."createdAt")))::date, p."regencyCode", p."category",
  p."channel", COALESCE(p."branchId"::text, ''), count(*)::int
FROM "Participant" p WHERE p."status" = 'ACTIVE'
GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
ON CONFLICT ("month", "regencyCode", "category", "channel", "branchKey")
DO UPDATE SET "activeDelta" = t."activeDelta" + EXCLUDED."activeDelta";
