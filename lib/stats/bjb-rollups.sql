-- ---------------------------------------------------------------------------
-- Hand-written below this line (docs/decisions/0008-dashboard-rollups.md).
-- Issue 5's BJB management view and UMKM share: companies are now counted by
-- business scale, and participants enrolled through BJB also per officer.
-- The company rollup is rebuilt from the Company rows (a company counts from
-- the day it was created while ACTIVE), as the generated part above emptied it.
-- ---------------------------------------------------------------------------

-- Companies, by scale ---------------------------------------------------------

CREATE FUNCTION "stats_bump_companies"(days date[], regencies text[], branches text[], scales "BusinessScale"[], deltas int[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "CompanyDailyCount" AS t ("day", "regencyCode", "branchKey", "scale", "delta")
  SELECT u.day, u.regency, u.branch, u.scale, SUM(u.delta)::int
  FROM unnest(days, regencies, branches, scales, deltas) AS u(day, regency, branch, scale, delta)
  GROUP BY 1, 2, 3, 4 HAVING SUM(u.delta) <> 0 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("day", "regencyCode", "branchKey", "scale") DO UPDATE SET "delta" = t."delta" + EXCLUDED."delta";

  INSERT INTO "CompanyMonthlyCount" AS t ("month", "regencyCode", "branchKey", "scale", "delta")
  SELECT date_trunc('month', u.day)::date, u.regency, u.branch, u.scale, SUM(u.delta)::int
  FROM unnest(days, regencies, branches, scales, deltas) AS u(day, regency, branch, scale, delta)
  GROUP BY 1, 2, 3, 4 HAVING SUM(u.delta) <> 0 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("month", "regencyCode", "branchKey", "scale") DO UPDATE SET "delta" = t."delta" + EXCLUDED."delta";
END $$;

-- A company counts while ACTIVE, and a change of status, regency, branch or scale
-- moves it on the day of the change.
CREATE OR REPLACE FUNCTION "stats_companies_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "stats_bump_companies"(array_agg(c.day), array_agg(c.regency), array_agg(c.branch), array_agg(c.scale), array_agg(c.delta))
    FROM (
      SELECT "stats_jakarta_day"(n."createdAt") AS day, n."regencyCode"::text AS regency,
        COALESCE(n."branchId"::text, '') AS branch, n."scale", count(*)::int AS delta
      FROM new_rows n WHERE n."status" = 'ACTIVE'
      GROUP BY 1, 2, 3, 4
    ) c;
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "stats_bump_companies"(array_agg(c.day), array_agg(c.regency), array_agg(c.branch), array_agg(c.scale), array_agg(c.delta))
    FROM (
      SELECT "stats_jakarta_today"() AS day, x.regency, x.branch, x.scale, SUM(x.delta)::int AS delta
      FROM old_rows o JOIN new_rows n ON n."id" = o."id"
      CROSS JOIN LATERAL (VALUES
        (o."regencyCode"::text, COALESCE(o."branchId"::text, ''), o."scale", CASE WHEN o."status" = 'ACTIVE' THEN -1 ELSE 0 END),
        (n."regencyCode"::text, COALESCE(n."branchId"::text, ''), n."scale", CASE WHEN n."status" = 'ACTIVE' THEN 1 ELSE 0 END)
      ) AS x(regency, branch, scale, delta)
      WHERE o."status" IS DISTINCT FROM n."status"
         OR (o."regencyCode", o."branchId", o."scale") IS DISTINCT FROM (n."regencyCode", n."branchId", n."scale")
      GROUP BY 2, 3, 4
    ) c WHERE c.delta <> 0;
  ELSE
    PERFORM "stats_bump_companies"(array_agg(c.day), array_agg(c.regency), array_agg(c.branch), array_agg(c.scale), array_agg(c.delta))
    FROM (
      SELECT "stats_jakarta_today"() AS day, o."regencyCode"::text AS regency,
        COALESCE(o."branchId"::text, '') AS branch, o."scale", -count(*)::int AS delta
      FROM old_rows o WHERE o."status" = 'ACTIVE'
      GROUP BY 2, 3, 4
    ) c;
  END IF;
  RETURN NULL;
END $$;

DROP FUNCTION "stats_bump_companies"(date[], text[], text[], int[]);

INSERT INTO "CompanyDailyCount" ("day", "regencyCode", "branchKey", "scale", "delta")
SELECT "stats_jakarta_day"("createdAt"), "regencyCode", COALESCE("branchId"::text, ''), "scale", count(*)::int
FROM "Company" WHERE "status" = 'ACTIVE' GROUP BY 1, 2, 3, 4;

INSERT INTO "CompanyMonthlyCount" ("month", "regencyCode", "branchKey", "scale", "delta")
SELECT date_trunc('month', "day")::date, "regencyCode", "branchKey", "scale", SUM("delta")::int
FROM "CompanyDailyCount" GROUP BY 1, 2, 3, 4;

-- Participants through BJB, per officer ---------------------------------------

CREATE FUNCTION "stats_bump_officers"(
  days date[], officers text[], branches text[], regencies text[], categories "Category"[], deltas int[]
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "OfficerDailyCount" AS t ("day", "officerKey", "branchKey", "regencyCode", "category", "delta")
  SELECT u.day, u.officer, u.branch, u.regency, u.category, SUM(u.delta)::int
  FROM unnest(days, officers, branches, regencies, categories, deltas) AS u(day, officer, branch, regency, category, delta)
  GROUP BY 1, 2, 3, 4, 5 HAVING SUM(u.delta) <> 0 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("day", "officerKey", "branchKey", "regencyCode", "category")
  DO UPDATE SET "delta" = t."delta" + EXCLUDED."delta";

  INSERT INTO "OfficerMonthlyCount" AS t ("month", "officerKey", "branchKey", "regencyCode", "category", "delta")
  SELECT date_trunc('month', u.day)::date, u.officer, u.branch, u.regency, u.category, SUM(u.delta)::int
  FROM unnest(days, officers, branches, regencies, categories, deltas) AS u(day, officer, branch, regency, category, delta)
  GROUP BY 1, 2, 3, 4, 5 HAVING SUM(u.delta) <> 0 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("month", "officerKey", "branchKey", "regencyCode", "category")
  DO UPDATE SET "delta" = t."delta" + EXCLUDED."delta";
END $$;

-- Counted like participants (not REJECTED), only those with a branch.
CREATE FUNCTION "stats_officers_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "stats_bump_officers"(array_agg(c.day), array_agg(c.officer), array_agg(c.branch), array_agg(c.regency),
      array_agg(c.category), array_agg(c.delta))
    FROM (
      SELECT "stats_jakarta_day"(n."createdAt") AS day, COALESCE(n."enrolledById"::text, '') AS officer,
        n."branchId"::text AS branch, n."regencyCode"::text AS regency, n."category", count(*)::int AS delta
      FROM new_rows n WHERE n."status" <> 'REJECTED' AND n."branchId" IS NOT NULL
      GROUP BY 1, 2, 3, 4, 5
    ) c;
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "stats_bump_officers"(array_agg(c.day), array_agg(c.officer), array_agg(c.branch), array_agg(c.regency),
      array_agg(c.category), array_agg(c.delta))
    FROM (
      SELECT "stats_jakarta_today"() AS day, x.officer, x.branch, x.regency, x.category, SUM(x.delta)::int AS delta
      FROM old_rows o JOIN new_rows n ON n."id" = o."id"
      CROSS JOIN LATERAL (VALUES
        (COALESCE(o."enrolledById"::text, ''), o."branchId"::text, o."regencyCode"::text, o."category",
          CASE WHEN o."status" <> 'REJECTED' AND o."branchId" IS NOT NULL THEN -1 ELSE 0 END),
        (COALESCE(n."enrolledById"::text, ''), n."branchId"::text, n."regencyCode"::text, n."category",
          CASE WHEN n."status" <> 'REJECTED' AND n."branchId" IS NOT NULL THEN 1 ELSE 0 END)
      ) AS x(officer, branch, regency, category, delta)
      WHERE x.branch IS NOT NULL AND (
         (o."status" = 'REJECTED') IS DISTINCT FROM (n."status" = 'REJECTED')
         OR (o."enrolledById", o."branchId", o."regencyCode", o."category") IS DISTINCT FROM (n."enrolledById", n."branchId", n."regencyCode", n."category"))
      GROUP BY 2, 3, 4, 5
    ) c WHERE c.delta <> 0;
  ELSE
    PERFORM "stats_bump_officers"(array_agg(c.day), array_agg(c.officer), array_agg(c.branch), array_agg(c.regency),
      array_agg(c.category), array_agg(c.delta))
    FROM (
      SELECT "stats_jakarta_today"() AS day, COALESCE(o."enrolledById"::text, '') AS officer, o."branchId"::text AS branch,
        o."regencyCode"::text AS regency, o."category", -count(*)::int AS delta
      FROM old_rows o WHERE o."status" <> 'REJECTED' AND o."branchId" IS NOT NULL
      GROUP BY 2, 3, 4, 5
    ) c;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "stats_officers_inserted" AFTER INSERT ON "Participant"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stats_officers_changed"();
CREATE TRIGGER "stats_officers_updated" AFTER UPDATE ON "Participant"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stats_officers_changed"();
CREATE TRIGGER "stats_officers_deleted" AFTER DELETE ON "Participant"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "stats_officers_changed"();

INSERT INTO "OfficerDailyCount" ("day", "officerKey", "branchKey", "regencyCode", "category", "delta")
SELECT "stats_jakarta_day"("createdAt"), COALESCE("enrolledById"::text, ''), "branchId"::text, "regencyCode", "category", count(*)::int
FROM "Participant" WHERE "status" <> 'REJECTED' AND "branchId" IS NOT NULL GROUP BY 1, 2, 3, 4, 5;

INSERT INTO "OfficerMonthlyCount" ("month", "officerKey", "branchKey", "regencyCode", "category", "delta")
SELECT date_trunc('month', "day")::date, "officerKey", "branchKey", "regencyCode", "category", SUM("delta")::int
FROM "OfficerDailyCount" GROUP BY 1, 2, 3, 4, 5;
