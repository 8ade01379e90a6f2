-- CreateTable
CREATE TABLE "BpuRetention" (
    "participantId" UUID NOT NULL,
    "cohortMonth" DATE NOT NULL,
    "regencyCode" CHAR(4) NOT NULL,
    "channel" "Channel" NOT NULL,
    "paidMonths" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "BpuRetention_pkey" PRIMARY KEY ("participantId")
);

-- CreateTable
CREATE TABLE "BpuCohortSize" (
    "cohortMonth" DATE NOT NULL,
    "regencyCode" CHAR(4) NOT NULL,
    "channel" "Channel" NOT NULL,
    "participants" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "BpuCohortSize_pkey" PRIMARY KEY ("cohortMonth","regencyCode","channel")
);

-- CreateTable
CREATE TABLE "BpuCohortPaid" (
    "cohortMonth" DATE NOT NULL,
    "regencyCode" CHAR(4) NOT NULL,
    "channel" "Channel" NOT NULL,
    "monthsAfter" SMALLINT NOT NULL,
    "participants" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "BpuCohortPaid_pkey" PRIMARY KEY ("cohortMonth","regencyCode","channel","monthsAfter")
);

-- ---------------------------------------------------------------------------
-- Hand-written below this line (docs/decisions/0008-dashboard-rollups.md).
-- BPU retention (issue 17.3): per BPU participant, which of the first thirteen
-- months from their registration month are paid (BpuRetention.paidMonths, bit
-- k for month cohort + k), added up per cohort, regency and channel by a
-- statement trigger, so the dashboard reads a few hundred rows at any size.
-- A month is paid when a PAID BPU bill covers it: their own bill (one month
-- or several paid ahead) or a sponsor's collective bill with a line for them.
-- The months kept (12) are MONTHS_TRACKED in lib/domain/bpu-retention.ts.
-- ---------------------------------------------------------------------------

-- The paid months of one participant, as bits from their cohort month. One
-- person's bills are a handful of index rows: the function never scans a table
-- (its plan is made once per statement, and right after a bulk load the
-- statistics would call a growing Bill table small), and status and category
-- are compared as text so that no plan reaches for the status index (every
-- paid bill of Banten) instead.
CREATE FUNCTION "bpu_paid_months"(participant uuid, cohort date) RETURNS int
  LANGUAGE sql STABLE SET enable_seqscan = off AS E'
  SELECT COALESCE(bit_or(1 << k), 0)::int FROM (
    SELECT DISTINCT ((extract(year FROM m)::int - extract(year FROM cohort)::int) * 12
      + extract(month FROM m)::int - extract(month FROM cohort)::int) AS k
    FROM (
      -- Their own bills, then the sponsors\' collective bills with a line for them.
      SELECT b."periodStart", b."periodMonths" FROM "Bill" b
      WHERE b."participantId" = participant AND b."category"::text = \'BPU\' AND b."status"::text = \'PAID\'
      UNION ALL
      SELECT DISTINCT b."periodStart", b."periodMonths" FROM "BillLine" l JOIN "Bill" b ON b."id" = l."billId"
      WHERE l."participantId" = participant AND b."programmeId" IS NOT NULL AND b."status"::text = \'PAID\'
    ) paid
    CROSS JOIN LATERAL generate_series(0, paid."periodMonths" - 1) AS i
    CROSS JOIN LATERAL (SELECT (paid."periodStart" + make_interval(months => i))::date AS m) AS month
  ) months WHERE k BETWEEN 0 AND 12
';

-- Sets paidMonths afresh for these participants (rows locked in id order: two
-- payments touching the same people cannot deadlock on each other). Joined to
-- the list, not "= ANY": a billing batch names thousands of people.
CREATE FUNCTION "bpu_retention_refresh"(participants uuid[]) RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  PERFORM 1 FROM "BpuRetention" r JOIN unnest(participants) AS p(id) ON r."participantId" = p.id
  ORDER BY r."participantId" FOR UPDATE OF r\x3b
  UPDATE "BpuRetention" r SET "paidMonths" = x.paid
  FROM (
    SELECT r2."participantId", "bpu_paid_months"(r2."participantId", r2."cohortMonth") AS paid
    FROM "BpuRetention" r2 JOIN unnest(participants) AS p(id) ON r2."participantId" = p.id
  ) x
  WHERE r."participantId" = x."participantId" AND r."paidMonths" <> x.paid\x3b
END ';

-- Participants: a BPU participant not rejected has a row, and a change of
-- category, rejection, regency, channel or registration time moves or removes it.
CREATE FUNCTION "bpu_retention_participants"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = \'INSERT\' THEN
    INSERT INTO "BpuRetention" ("participantId", "cohortMonth", "regencyCode", "channel", "paidMonths")
    SELECT n."id", date_trunc(\'month\', "stats_jakarta_day"(n."createdAt"))::date, n."regencyCode", n."channel", 0
    FROM new_rows n WHERE n."category" = \'BPU\' AND n."status" <> \'REJECTED\' ORDER BY n."id"\x3b
  ELSIF TG_OP = \'UPDATE\' THEN
    -- Only rows that were counted and no longer are: a nightly status run over a million PU participants
    -- probes nothing here.
    DELETE FROM "BpuRetention" r USING old_rows o JOIN new_rows n ON n."id" = o."id"
    WHERE r."participantId" = n."id" AND o."category" = \'BPU\' AND o."status" <> \'REJECTED\'
      AND (n."category" <> \'BPU\' OR n."status" = \'REJECTED\')\x3b
    INSERT INTO "BpuRetention" AS r ("participantId", "cohortMonth", "regencyCode", "channel", "paidMonths")
    SELECT n."id", date_trunc(\'month\', "stats_jakarta_day"(n."createdAt"))::date, n."regencyCode", n."channel",
      "bpu_paid_months"(n."id", date_trunc(\'month\', "stats_jakarta_day"(n."createdAt"))::date)
    FROM old_rows o JOIN new_rows n ON n."id" = o."id"
    WHERE n."category" = \'BPU\' AND n."status" <> \'REJECTED\'
      AND (NOT (o."category" = \'BPU\' AND o."status" <> \'REJECTED\')
        OR (o."regencyCode", o."channel", o."createdAt") IS DISTINCT FROM (n."regencyCode", n."channel", n."createdAt"))
    ORDER BY n."id"
    ON CONFLICT ("participantId") DO UPDATE SET "cohortMonth" = EXCLUDED."cohortMonth", "regencyCode" = EXCLUDED."regencyCode",
      "channel" = EXCLUDED."channel", "paidMonths" = EXCLUDED."paidMonths"\x3b
  ELSE
    DELETE FROM "BpuRetention" r USING old_rows o WHERE r."participantId" = o."id"\x3b
  END IF\x3b
  RETURN NULL\x3b
END ';

CREATE TRIGGER "bpu_retention_participants_inserted" AFTER INSERT ON "Participant"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bpu_retention_participants"();
CREATE TRIGGER "bpu_retention_participants_updated" AFTER UPDATE ON "Participant"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bpu_retention_participants"();
CREATE TRIGGER "bpu_retention_participants_deleted" AFTER DELETE ON "Participant"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "bpu_retention_participants"();

-- Bills: a BPU bill paid, reversed, moved or removed refreshes the people on it
-- (its own participant, and everyone on its lines: a sponsor's bill).
CREATE FUNCTION "bpu_retention_bills"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  people uuid[]\x3b
BEGIN
  IF TG_OP = \'INSERT\' THEN
    SELECT array_agg(DISTINCT n."participantId") INTO people
    FROM new_rows n WHERE n."category" = \'BPU\' AND n."status" = \'PAID\' AND n."participantId" IS NOT NULL\x3b
  ELSIF TG_OP = \'UPDATE\' THEN
    WITH changed AS (
      SELECT n."id", n."participantId" FROM old_rows o JOIN new_rows n ON n."id" = o."id"
      WHERE (n."category" = \'BPU\' OR o."category" = \'BPU\')
        AND ((o."status" = \'PAID\') IS DISTINCT FROM (n."status" = \'PAID\')
          OR (o."periodStart", o."periodMonths", o."category") IS DISTINCT FROM (n."periodStart", n."periodMonths", n."category"))
    )
    SELECT array_agg(DISTINCT p) INTO people FROM (
      SELECT c."participantId" AS p FROM changed c WHERE c."participantId" IS NOT NULL
      UNION SELECT l."participantId" FROM "BillLine" l JOIN changed c ON c."id" = l."billId" WHERE l."participantId" IS NOT NULL
    ) affected\x3b
  ELSE
    SELECT array_agg(DISTINCT o."participantId") INTO people
    FROM old_rows o WHERE o."category" = \'BPU\' AND o."status" = \'PAID\' AND o."participantId" IS NOT NULL\x3b
  END IF\x3b
  IF people IS NOT NULL THEN
    PERFORM "bpu_retention_refresh"(people)\x3b
  END IF\x3b
  RETURN NULL\x3b
END ';

CREATE TRIGGER "bpu_retention_bills_inserted" AFTER INSERT ON "Bill"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bpu_retention_bills"();
CREATE TRIGGER "bpu_retention_bills_updated" AFTER UPDATE ON "Bill"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bpu_retention_bills"();
CREATE TRIGGER "bpu_retention_bills_deleted" AFTER DELETE ON "Bill"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "bpu_retention_bills"();

-- A collective bill's lines written or removed while it is paid (bills are
-- issued unpaid, so this is for completeness: the lines follow the bill).
CREATE FUNCTION "bpu_retention_lines"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  people uuid[]\x3b
BEGIN
  IF TG_OP = \'INSERT\' THEN
    SELECT array_agg(DISTINCT l."participantId") INTO people FROM new_rows l
    JOIN "Bill" b ON b."id" = l."billId" AND b."programmeId" IS NOT NULL AND b."status"::text = \'PAID\'
    WHERE l."participantId" IS NOT NULL\x3b
  ELSE
    SELECT array_agg(DISTINCT l."participantId") INTO people FROM old_rows l
    JOIN "Bill" b ON b."id" = l."billId" AND b."programmeId" IS NOT NULL AND b."status"::text = \'PAID\'
    WHERE l."participantId" IS NOT NULL\x3b
  END IF\x3b
  IF people IS NOT NULL THEN
    PERFORM "bpu_retention_refresh"(people)\x3b
  END IF\x3b
  RETURN NULL\x3b
END ';

CREATE TRIGGER "bpu_retention_lines_inserted" AFTER INSERT ON "BillLine"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bpu_retention_lines"();
CREATE TRIGGER "bpu_retention_lines_deleted" AFTER DELETE ON "BillLine"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "bpu_retention_lines"();

-- Cohorts: every change of a BpuRetention row, out with the old row and in
-- with the new one, added up per cohort, regency and channel (and paid month).
CREATE FUNCTION "bpu_cohorts_bump"(cohorts date[], regencies text[], channels "Channel"[], paid int[], deltas int[])
RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "BpuCohortSize" AS t ("cohortMonth", "regencyCode", "channel", "participants")
  SELECT u.cohort, u.regency, u.channel, SUM(u.delta)::int
  FROM unnest(cohorts, regencies, channels, deltas) AS u(cohort, regency, channel, delta)
  GROUP BY 1, 2, 3 HAVING SUM(u.delta) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT ("cohortMonth", "regencyCode", "channel") DO UPDATE SET "participants" = t."participants" + EXCLUDED."participants"\x3b

  INSERT INTO "BpuCohortPaid" AS t ("cohortMonth", "regencyCode", "channel", "monthsAfter", "participants")
  SELECT u.cohort, u.regency, u.channel, k.k, SUM(u.delta)::int
  FROM unnest(cohorts, regencies, channels, paid, deltas) AS u(cohort, regency, channel, paid, delta)
  CROSS JOIN generate_series(0, 12) AS k(k)
  WHERE u.paid & (1 << k.k) <> 0
  GROUP BY 1, 2, 3, 4 HAVING SUM(u.delta) <> 0 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("cohortMonth", "regencyCode", "channel", "monthsAfter") DO UPDATE SET "participants" = t."participants" + EXCLUDED."participants"\x3b
END ';

CREATE FUNCTION "bpu_cohorts_changed"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = \'INSERT\' THEN
    PERFORM "bpu_cohorts_bump"(array_agg(c.cohort), array_agg(c.regency), array_agg(c.channel), array_agg(c.paid), array_agg(c.delta))
    FROM (
      SELECT n."cohortMonth" AS cohort, n."regencyCode"::text AS regency, n."channel", n."paidMonths" AS paid, count(*)::int AS delta
      FROM new_rows n GROUP BY 1, 2, 3, 4
    ) c\x3b
  ELSIF TG_OP = \'UPDATE\' THEN
    PERFORM "bpu_cohorts_bump"(array_agg(c.cohort), array_agg(c.regency), array_agg(c.channel), array_agg(c.paid), array_agg(c.delta))
    FROM (
      SELECT x.cohort, x.regency, x.channel, x.paid, SUM(x.delta)::int AS delta
      FROM (
        SELECT o."cohortMonth" AS cohort, o."regencyCode"::text AS regency, o."channel", o."paidMonths" AS paid, -1 AS delta FROM old_rows o
        UNION ALL
        SELECT n."cohortMonth", n."regencyCode"::text, n."channel", n."paidMonths", 1 FROM new_rows n
      ) x GROUP BY 1, 2, 3, 4 HAVING SUM(x.delta) <> 0
    ) c\x3b
  ELSE
    PERFORM "bpu_cohorts_bump"(array_agg(c.cohort), array_agg(c.regency), array_agg(c.channel), array_agg(c.paid), array_agg(c.delta))
    FROM (
      SELECT o."cohortMonth" AS cohort, o."regencyCode"::text AS regency, o."channel", o."paidMonths" AS paid, -count(*)::int AS delta
      FROM old_rows o GROUP BY 1, 2, 3, 4
    ) c\x3b
  END IF\x3b
  RETURN NULL\x3b
END ';

CREATE TRIGGER "bpu_cohorts_inserted" AFTER INSERT ON "BpuRetention"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bpu_cohorts_changed"();
CREATE TRIGGER "bpu_cohorts_updated" AFTER UPDATE ON "BpuRetention"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bpu_cohorts_changed"();
CREATE TRIGGER "bpu_cohorts_deleted" AFTER DELETE ON "BpuRetention"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "bpu_cohorts_changed"();

-- Participants and bills made before this migration.
INSERT INTO "BpuRetention" ("participantId", "cohortMonth", "regencyCode", "channel", "paidMonths")
SELECT p."id", date_trunc('month', "stats_jakarta_day"(p."createdAt"))::date, p."regencyCode", p."channel",
  "bpu_paid_months"(p."id", date_trunc('month', "stats_jakarta_day"(p."createdAt"))::date)
FROM "Participant" p WHERE p."category" = 'BPU' AND p."status" <> 'REJECTED' ORDER BY p."id";
