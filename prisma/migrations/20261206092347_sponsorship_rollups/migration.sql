-- CreateTable
CREATE TABLE "SponsoredMonthCount" (
    "period" CHAR(7) NOT NULL,
    "regencyCode" CHAR(4) NOT NULL,
    "participants" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SponsoredMonthCount_pkey" PRIMARY KEY ("period","regencyCode")
);

-- CreateTable
CREATE TABLE "SponsorshipFigures" (
    "programmeId" UUID NOT NULL,
    "regencyCode" CHAR(4) NOT NULL,
    "toPeriod" CHAR(7) NOT NULL,
    "people" INTEGER NOT NULL DEFAULT 0,
    "committed" BIGINT NOT NULL DEFAULT 0,
    "continued" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SponsorshipFigures_pkey" PRIMARY KEY ("programmeId","regencyCode","toPeriod")
);

-- ---------------------------------------------------------------------------
-- Hand-written below this line (docs/decisions/0008-dashboard-rollups.md).
-- Sponsored cover as rollups (issue 17's budget at 12M): the dashboard's
-- "who pays" counted a month's SponsoredMonth rows and its programme table
-- aggregated every Sponsorship row, ~74k and ~150k rows at 12M (p95 316 ms).
-- Two small tables kept by statement triggers, as the other rollups are:
-- SponsoredMonthCount per month and regency, SponsorshipFigures per
-- programme, regency and last month (people, committed, went on paying).
-- ---------------------------------------------------------------------------

CREATE FUNCTION "sponsored_months_bump"(periods text[], regencies text[], deltas int[]) RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "SponsoredMonthCount" AS t ("period", "regencyCode", "participants")
  SELECT u.period, u.regency, SUM(u.delta)::int
  FROM unnest(periods, regencies, deltas) AS u(period, regency, delta)
  GROUP BY 1, 2 HAVING SUM(u.delta) <> 0 ORDER BY 1, 2
  ON CONFLICT ("period", "regencyCode") DO UPDATE SET "participants" = t."participants" + EXCLUDED."participants"\x3b
END ';

CREATE FUNCTION "sponsored_months_changed"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = \'INSERT\' THEN
    PERFORM "sponsored_months_bump"(array_agg(c.period), array_agg(c.regency), array_agg(c.delta))
    FROM (SELECT n."period"::text AS period, n."regencyCode"::text AS regency, count(*)::int AS delta FROM new_rows n GROUP BY 1, 2) c\x3b
  ELSIF TG_OP = \'UPDATE\' THEN
    PERFORM "sponsored_months_bump"(array_agg(c.period), array_agg(c.regency), array_agg(c.delta))
    FROM (
      SELECT x.period, x.regency, SUM(x.delta)::int AS delta FROM (
        SELECT o."period"::text AS period, o."regencyCode"::text AS regency, -1 AS delta FROM old_rows o
        UNION ALL
        SELECT n."period"::text, n."regencyCode"::text, 1 FROM new_rows n
      ) x GROUP BY 1, 2 HAVING SUM(x.delta) <> 0
    ) c\x3b
  ELSE
    PERFORM "sponsored_months_bump"(array_agg(c.period), array_agg(c.regency), array_agg(c.delta))
    FROM (SELECT o."period"::text AS period, o."regencyCode"::text AS regency, -count(*)::int AS delta FROM old_rows o GROUP BY 1, 2) c\x3b
  END IF\x3b
  RETURN NULL\x3b
END ';

CREATE TRIGGER "sponsored_months_inserted" AFTER INSERT ON "SponsoredMonth"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "sponsored_months_changed"();
CREATE TRIGGER "sponsored_months_updated" AFTER UPDATE ON "SponsoredMonth"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "sponsored_months_changed"();
CREATE TRIGGER "sponsored_months_deleted" AFTER DELETE ON "SponsoredMonth"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "sponsored_months_changed"();

CREATE FUNCTION "sponsorship_figures_bump"(
  programmes uuid[], regencies text[], to_periods text[], people int[], committed bigint[], continued int[]
) RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "SponsorshipFigures" AS t ("programmeId", "regencyCode", "toPeriod", "people", "committed", "continued")
  SELECT u.programme, u.regency, u.to_period, SUM(u.people)::int, SUM(u.committed)::bigint, SUM(u.continued)::int
  FROM unnest(programmes, regencies, to_periods, people, committed, continued) AS u(programme, regency, to_period, people, committed, continued)
  GROUP BY 1, 2, 3 HAVING SUM(u.people) <> 0 OR SUM(u.committed) <> 0 OR SUM(u.continued) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT ("programmeId", "regencyCode", "toPeriod") DO UPDATE SET "people" = t."people" + EXCLUDED."people",
    "committed" = t."committed" + EXCLUDED."committed", "continued" = t."continued" + EXCLUDED."continued"\x3b
END ';

-- Every change of a Sponsorship row, out with the old row and in with the new one (a payment of their own after
-- it sets continuedAt through the trigger on Bill: that UPDATE lands here too).
CREATE FUNCTION "sponsorship_figures_changed"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = \'INSERT\' THEN
    PERFORM "sponsorship_figures_bump"(array_agg(n."programmeId"), array_agg(n."regencyCode"::text), array_agg(n."toPeriod"::text),
      array_agg(1), array_agg(n."committed"), array_agg(CASE WHEN n."continuedAt" IS NOT NULL THEN 1 ELSE 0 END))
    FROM new_rows n\x3b
  ELSIF TG_OP = \'UPDATE\' THEN
    PERFORM "sponsorship_figures_bump"(array_agg(x.programme), array_agg(x.regency), array_agg(x.to_period),
      array_agg(x.people), array_agg(x.committed), array_agg(x.continued))
    FROM (
      SELECT o."programmeId" AS programme, o."regencyCode"::text AS regency, o."toPeriod"::text AS to_period, -1 AS people,
        -o."committed" AS committed, CASE WHEN o."continuedAt" IS NOT NULL THEN -1 ELSE 0 END AS continued
      FROM old_rows o
      UNION ALL
      SELECT n."programmeId", n."regencyCode"::text, n."toPeriod"::text, 1, n."committed",
        CASE WHEN n."continuedAt" IS NOT NULL THEN 1 ELSE 0 END
      FROM new_rows n
    ) x\x3b
  ELSE
    PERFORM "sponsorship_figures_bump"(array_agg(o."programmeId"), array_agg(o."regencyCode"::text), array_agg(o."toPeriod"::text),
      array_agg(-1), array_agg(-o."committed"), array_agg(CASE WHEN o."continuedAt" IS NOT NULL THEN -1 ELSE 0 END))
    FROM old_rows o\x3b
  END IF\x3b
  RETURN NULL\x3b
END ';

CREATE TRIGGER "sponsorship_figures_inserted" AFTER INSERT ON "Sponsorship"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "sponsorship_figures_changed"();
CREATE TRIGGER "sponsorship_figures_updated" AFTER UPDATE ON "Sponsorship"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "sponsorship_figures_changed"();
CREATE TRIGGER "sponsorship_figures_deleted" AFTER DELETE ON "Sponsorship"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "sponsorship_figures_changed"();

-- Sponsored cover made before this migration.
INSERT INTO "SponsoredMonthCount" ("period", "regencyCode", "participants")
SELECT "period", "regencyCode", count(*)::int FROM "SponsoredMonth" GROUP BY 1, 2 ORDER BY 1, 2;

INSERT INTO "SponsorshipFigures" ("programmeId", "regencyCode", "toPeriod", "people", "committed", "continued")
SELECT "programmeId", "regencyCode", "toPeriod", count(*)::int, SUM("committed")::bigint, count("continuedAt")::int
FROM "Sponsorship" GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;
