-- ---------------------------------------------------------------------------
-- Hand-written below this line (docs/decisions/0008-dashboard-rollups.md).
-- Prisma does not model functions and triggers, so the drift check ignores
-- them. Every trigger is FOR EACH STATEMENT with transition tables: a
-- 10,000-row import costs one grouped upsert per rollup table, not 10,000.
-- Rows are upserted in key order, so two transactions touching the same keys
-- lock them in the same order and cannot deadlock on each other.
-- ---------------------------------------------------------------------------

-- The Asia/Jakarta calendar day of a timestamp stored as UTC (Prisma's
-- convention for timestamp without time zone). WIB is UTC+7 all year (no
-- daylight saving since 1964), so a fixed offset is exact and needs no tzdata.
CREATE FUNCTION "stats_jakarta_day"(at timestamp) RETURNS date
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT (at + interval '7 hours')::date $$;

CREATE FUNCTION "stats_jakarta_today"() RETURNS date
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT ((now() AT TIME ZONE 'UTC') + interval '7 hours')::date $$;

-- Participants --------------------------------------------------------------

CREATE FUNCTION "stats_bump_participants"(
  days date[], regencies text[], categories "Category"[], channels "Channel"[], branches text[], deltas int[]
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ParticipantDailyCount" AS t ("day", "regencyCode", "category", "channel", "branchKey", "delta")
  SELECT u.day, u.regency, u.category, u.channel, u.branch, SUM(u.delta)::int
  FROM unnest(days, regencies, categories, channels, branches, deltas) AS u(day, regency, category, channel, branch, delta)
  GROUP BY 1, 2, 3, 4, 5 HAVING SUM(u.delta) <> 0 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("day", "regencyCode", "category", "channel", "branchKey")
  DO UPDATE SET "delta" = t."delta" + EXCLUDED."delta";

  INSERT INTO "ParticipantMonthlyCount" AS t ("month", "regencyCode", "category", "channel", "branchKey", "delta")
  SELECT date_trunc('month', u.day)::date, u.regency, u.category, u.channel, u.branch, SUM(u.delta)::int
  FROM unnest(days, regencies, categories, channels, branches, deltas) AS u(day, regency, category, channel, branch, delta)
  GROUP BY 1, 2, 3, 4, 5 HAVING SUM(u.delta) <> 0 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("month", "regencyCode", "category", "channel", "branchKey")
  DO UPDATE SET "delta" = t."delta" + EXCLUDED."delta";
END $$;

-- A participant counts unless REJECTED. Created: +1 on the day of createdAt.
-- Changed (rejected, un-rejected, moved to another regency, category, channel
-- or branch) or deleted: -1 from the old dimensions and +1 to the new ones on
-- the day of the change, so figures already reported for past days stay put.
CREATE FUNCTION "stats_participants_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "stats_bump_participants"(array_agg(c.day), array_agg(c.regency), array_agg(c.category),
      array_agg(c.channel), array_agg(c.branch), array_agg(c.delta))
    FROM (
      SELECT "stats_jakarta_day"(n."createdAt") AS day, n."regencyCode"::text AS regency, n."category",
        n."channel", COALESCE(n."branchId"::text, '') AS branch, count(*)::int AS delta
      FROM new_rows n WHERE n."status" <> 'REJECTED'
      GROUP BY 1, 2, 3, 4, 5
    ) c;
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "stats_bump_participants"(array_agg(c.day), array_agg(c.regency), array_agg(c.category),
      array_agg(c.channel), array_agg(c.branch), array_agg(c.delta))
    FROM (
      SELECT "stats_jakarta_today"() AS day, x.regency, x.category, x.channel, x.branch, SUM(x.delta)::int AS delta
      FROM old_rows o JOIN new_rows n ON n."id" = o."id"
      CROSS JOIN LATERAL (VALUES
        (o."regencyCode"::text, o."category", o."channel", COALESCE(o."branchId"::text, ''), CASE WHEN o."status" <> 'REJECTED' THEN -1 ELSE 0 END),
        (n."regencyCode"::text, n."category", n."channel", COALESCE(n."branchId"::text, ''), CASE WHEN n."status" <> 'REJECTED' THEN 1 ELSE 0 END)
      ) AS x(regency, category, channel, branch, delta)
      WHERE (o."status" = 'REJECTED') IS DISTINCT FROM (n."status" = 'REJECTED')
         OR (o."regencyCode", o."category", o."channel", o."branchId") IS DISTINCT FROM (n."regencyCode", n."category", n."channel", n."branchId")
      GROUP BY 2, 3, 4, 5
    ) c WHERE c.delta <> 0;
  ELSE
    PERFORM "stats_bump_participants"(array_agg(c.day), array_agg(c.regency), array_agg(c.category),
      array_agg(c.channel), array_agg(c.branch), array_agg(c.delta))
    FROM (
      SELECT "stats_jakarta_today"() AS day, o."regencyCode"::text AS regency, o."category", o."channel",
        COALESCE(o."branchId"::text, '') AS branch, -count(*)::int AS delta
      FROM old_rows o WHERE o."status" <> 'REJECTED'
      GROUP BY 2, 3, 4, 5
    ) c;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "stats_participants_inserted" AFTER INSERT ON "Participant"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stats_participants_changed"();
CREATE TRIGGER "stats_participants_updated" AFTER UPDATE ON "Participant"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stats_participants_changed"();
CREATE TRIGGER "stats_participants_deleted" AFTER DELETE ON "Participant"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "stats_participants_changed"();

-- Companies -----------------------------------------------------------------

CREATE FUNCTION "stats_bump_companies"(days date[], regencies text[], branches text[], deltas int[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "CompanyDailyCount" AS t ("day", "regencyCode", "branchKey", "delta")
  SELECT u.day, u.regency, u.branch, SUM(u.delta)::int
  FROM unnest(days, regencies, branches, deltas) AS u(day, regency, branch, delta)
  GROUP BY 1, 2, 3 HAVING SUM(u.delta) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT ("day", "regencyCode", "branchKey") DO UPDATE SET "delta" = t."delta" + EXCLUDED."delta";

  INSERT INTO "CompanyMonthlyCount" AS t ("month", "regencyCode", "branchKey", "delta")
  SELECT date_trunc('month', u.day)::date, u.regency, u.branch, SUM(u.delta)::int
  FROM unnest(days, regencies, branches, deltas) AS u(day, regency, branch, delta)
  GROUP BY 1, 2, 3 HAVING SUM(u.delta) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT ("month", "regencyCode", "branchKey") DO UPDATE SET "delta" = t."delta" + EXCLUDED."delta";
END $$;

-- A company counts while ACTIVE, with the same day rules as participants.
CREATE FUNCTION "stats_companies_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "stats_bump_companies"(array_agg(c.day), array_agg(c.regency), array_agg(c.branch), array_agg(c.delta))
    FROM (
      SELECT "stats_jakarta_day"(n."createdAt") AS day, n."regencyCode"::text AS regency,
        COALESCE(n."branchId"::text, '') AS branch, count(*)::int AS delta
      FROM new_rows n WHERE n."status" = 'ACTIVE'
      GROUP BY 1, 2, 3
    ) c;
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "stats_bump_companies"(array_agg(c.day), array_agg(c.regency), array_agg(c.branch), array_agg(c.delta))
    FROM (
      SELECT "stats_jakarta_today"() AS day, x.regency, x.branch, SUM(x.delta)::int AS delta
      FROM old_rows o JOIN new_rows n ON n."id" = o."id"
      CROSS JOIN LATERAL (VALUES
        (o."regencyCode"::text, COALESCE(o."branchId"::text, ''), CASE WHEN o."status" = 'ACTIVE' THEN -1 ELSE 0 END),
        (n."regencyCode"::text, COALESCE(n."branchId"::text, ''), CASE WHEN n."status" = 'ACTIVE' THEN 1 ELSE 0 END)
      ) AS x(regency, branch, delta)
      WHERE o."status" IS DISTINCT FROM n."status"
         OR (o."regencyCode", o."branchId") IS DISTINCT FROM (n."regencyCode", n."branchId")
      GROUP BY 2, 3
    ) c WHERE c.delta <> 0;
  ELSE
    PERFORM "stats_bump_companies"(array_agg(c.day), array_agg(c.regency), array_agg(c.branch), array_agg(c.delta))
    FROM (
      SELECT "stats_jakarta_today"() AS day, o."regencyCode"::text AS regency,
        COALESCE(o."branchId"::text, '') AS branch, -count(*)::int AS delta
      FROM old_rows o WHERE o."status" = 'ACTIVE'
      GROUP BY 2, 3
    ) c;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "stats_companies_inserted" AFTER INSERT ON "Company"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stats_companies_changed"();
CREATE TRIGGER "stats_companies_updated" AFTER UPDATE ON "Company"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stats_companies_changed"();
CREATE TRIGGER "stats_companies_deleted" AFTER DELETE ON "Company"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "stats_companies_changed"();

-- Bills and what was paid into them -----------------------------------------

CREATE FUNCTION "stats_bump_billing"(
  periods date[], regencies text[], categories "Category"[], branches text[], billed bigint[], fines bigint[], collected bigint[]
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "BillingMonthlyTotals" AS t ("period", "regencyCode", "category", "branchKey", "billed", "fines", "collected")
  SELECT u.period, u.regency, u.category, u.branch, SUM(u.billed), SUM(u.fines), SUM(u.collected)
  FROM unnest(periods, regencies, categories, branches, billed, fines, collected)
    AS u(period, regency, category, branch, billed, fines, collected)
  GROUP BY 1, 2, 3, 4 HAVING SUM(u.billed) <> 0 OR SUM(u.fines) <> 0 OR SUM(u.collected) <> 0 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("period", "regencyCode", "category", "branchKey") DO UPDATE SET
    "billed" = t."billed" + EXCLUDED."billed",
    "fines" = t."fines" + EXCLUDED."fines",
    "collected" = t."collected" + EXCLUDED."collected";
END $$;

-- Where a bill's money belongs: its construction project's regency and branch,
-- else its company's, else its participant's (looked up when the money moves).
CREATE FUNCTION "stats_bill_place"(project_id uuid, company_id uuid, participant_id uuid, OUT regency text, OUT branch text)
LANGUAGE sql STABLE AS $$
  SELECT COALESCE(pr."regencyCode", c."regencyCode", p."regencyCode", '0000')::text,
    COALESCE(CASE WHEN pr."id" IS NOT NULL THEN pr."branchId" WHEN c."id" IS NOT NULL THEN c."branchId" ELSE p."branchId" END::text, '')
  FROM (SELECT 1) AS one
  LEFT JOIN "ConstructionProject" pr ON pr."id" = project_id
  LEFT JOIN "Company" c ON c."id" = company_id
  LEFT JOIN "Participant" p ON p."id" = participant_id
$$;

-- billed = SUM(total), fines = SUM(fineAmount), collected = SUM(paidAmount),
-- each in the bill's period. applyPayment raises paidAmount under the bill's
-- row lock, so payments reach the rollup through this UPDATE trigger (the
-- bill row is always locked before the rollup row: no lock-order cycle).
CREATE FUNCTION "stats_bills_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "stats_bump_billing"(array_agg(c.period), array_agg(c.regency), array_agg(c.category), array_agg(c.branch),
      array_agg(c.billed), array_agg(c.fines), array_agg(c.collected))
    FROM (
      SELECT date_trunc('month', n."periodStart")::date AS period, place.regency, n."category", place.branch,
        SUM(n."total")::bigint AS billed, SUM(n."fineAmount")::bigint AS fines, SUM(n."paidAmount")::bigint AS collected
      FROM new_rows n CROSS JOIN LATERAL "stats_bill_place"(n."projectId", n."companyId", n."participantId") AS place
      GROUP BY 1, 2, 3, 4
    ) c;
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "stats_bump_billing"(array_agg(c.period), array_agg(c.regency), array_agg(c.category), array_agg(c.branch),
      array_agg(c.billed), array_agg(c.fines), array_agg(c.collected))
    FROM (
      SELECT x.period, x.regency, x.category, x.branch,
        SUM(x.billed)::bigint AS billed, SUM(x.fines)::bigint AS fines, SUM(x.collected)::bigint AS collected
      FROM old_rows o JOIN new_rows n ON n."id" = o."id"
      CROSS JOIN LATERAL "stats_bill_place"(o."projectId", o."companyId", o."participantId") AS op
      CROSS JOIN LATERAL "stats_bill_place"(n."projectId", n."companyId", n."participantId") AS np
      CROSS JOIN LATERAL (VALUES
        (date_trunc('month', o."periodStart")::date, op.regency, o."category", op.branch, -o."total", -o."fineAmount", -o."paidAmount"),
        (date_trunc('month', n."periodStart")::date, np.regency, n."category", np.branch, n."total", n."fineAmount", n."paidAmount")
      ) AS x(period, regency, category, branch, billed, fines, collected)
      WHERE (o."total", o."fineAmount", o."paidAmount", o."periodStart", o."category", o."projectId", o."companyId", o."participantId")
        IS DISTINCT FROM (n."total", n."fineAmount", n."paidAmount", n."periodStart", n."category", n."projectId", n."companyId", n."participantId")
      GROUP BY 1, 2, 3, 4
    ) c;
  ELSE
    PERFORM "stats_bump_billing"(array_agg(c.period), array_agg(c.regency), array_agg(c.category), array_agg(c.branch),
      array_agg(c.billed), array_agg(c.fines), array_agg(c.collected))
    FROM (
      SELECT date_trunc('month', o."periodStart")::date AS period, place.regency, o."category", place.branch,
        -SUM(o."total")::bigint AS billed, -SUM(o."fineAmount")::bigint AS fines, -SUM(o."paidAmount")::bigint AS collected
      FROM old_rows o CROSS JOIN LATERAL "stats_bill_place"(o."projectId", o."companyId", o."participantId") AS place
      GROUP BY 1, 2, 3, 4
    ) c;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "stats_bills_inserted" AFTER INSERT ON "Bill"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stats_bills_changed"();
CREATE TRIGGER "stats_bills_updated" AFTER UPDATE ON "Bill"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "stats_bills_changed"();
CREATE TRIGGER "stats_bills_deleted" AFTER DELETE ON "Bill"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "stats_bills_changed"();

-- Backfill from the rows already there (the triggers see only what comes next).
INSERT INTO "ParticipantDailyCount" ("day", "regencyCode", "category", "channel", "branchKey", "delta")
SELECT "stats_jakarta_day"("createdAt"), "regencyCode", "category", "channel", COALESCE("branchId"::text, ''), count(*)::int
FROM "Participant" WHERE "status" <> 'REJECTED' GROUP BY 1, 2, 3, 4, 5;

INSERT INTO "ParticipantMonthlyCount" ("month", "regencyCode", "category", "channel", "branchKey", "delta")
SELECT date_trunc('month', "day")::date, "regencyCode", "category", "channel", "branchKey", SUM("delta")::int
FROM "ParticipantDailyCount" GROUP BY 1, 2, 3, 4, 5;

INSERT INTO "CompanyDailyCount" ("day", "regencyCode", "branchKey", "delta")
SELECT "stats_jakarta_day"("createdAt"), "regencyCode", COALESCE("branchId"::text, ''), count(*)::int
FROM "Company" WHERE "status" = 'ACTIVE' GROUP BY 1, 2, 3;

INSERT INTO "CompanyMonthlyCount" ("month", "regencyCode", "branchKey", "delta")
SELECT date_trunc('month', "day")::date, "regencyCode", "branchKey", SUM("delta")::int
FROM "CompanyDailyCount" GROUP BY 1, 2, 3;

INSERT INTO "BillingMonthlyTotals" ("period", "regencyCode", "category", "branchKey", "billed", "fines", "collected")
SELECT date_trunc('month', b."periodStart")::date, place.regency, b."category", place.branch,
  SUM(b."total"), SUM(b."fineAmount"), SUM(b."paidAmount")
FROM "Bill" b CROSS JOIN LATERAL "stats_bill_place"(b."projectId", b."companyId", b."participantId") AS place
GROUP BY 1, 2, 3, 4;
