-- ---------------------------------------------------------------------------
-- Hand-written below this line (docs/decisions/0008-dashboard-rollups.md).
-- The registration funnel's last two steps (issue 17.4), kept by triggers on
-- Participant like the other rollups: a registration from /daftar (arrivedVia
-- set) is SUBMITTED on the Jakarta day it was made, and FIRST_PAID on the day
-- its first bill was paid (activatedAt set), taken back if that payment is
-- reversed. The form's earlier steps come from the browser (lib/funnel).
-- ---------------------------------------------------------------------------

CREATE FUNCTION "funnel_bump"(days date[], sources "FunnelSource"[], campaigns text[], steps "FunnelStep"[], deltas int[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "FunnelDailyCount" AS t ("day", "source", "campaignKey", "step", "count")
  SELECT u.day, u.source, u.campaign, u.step, SUM(u.delta)::int
  FROM unnest(days, sources, campaigns, steps, deltas) AS u(day, source, campaign, step, delta)
  GROUP BY 1, 2, 3, 4 HAVING SUM(u.delta) <> 0 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("day", "source", "campaignKey", "step") DO UPDATE SET "count" = t."count" + EXCLUDED."count";
END $$;

CREATE FUNCTION "funnel_participants"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "funnel_bump"(array_agg(c.day), array_agg(c.source), array_agg(c.campaign), array_agg(c.step), array_agg(c.delta))
    FROM (
      SELECT "stats_jakarta_day"(n."createdAt") AS day, n."arrivedVia" AS source, COALESCE(n."campaignId"::text, '') AS campaign,
        'SUBMITTED'::"FunnelStep" AS step, count(*)::int AS delta
      FROM new_rows n WHERE n."arrivedVia" IS NOT NULL GROUP BY 1, 2, 3
      UNION ALL
      SELECT "stats_jakarta_day"(n."activatedAt"), n."arrivedVia", COALESCE(n."campaignId"::text, ''), 'FIRST_PAID', count(*)::int
      FROM new_rows n WHERE n."arrivedVia" IS NOT NULL AND n."activatedAt" IS NOT NULL GROUP BY 1, 2, 3
    ) c;
  ELSE
    -- A first payment recorded (+1 on its day) or reversed (-1 on the day it had counted).
    PERFORM "funnel_bump"(array_agg(c.day), array_agg(c.source), array_agg(c.campaign), array_agg(c.step), array_agg(c.delta))
    FROM (
      SELECT "stats_jakarta_day"(COALESCE(n."activatedAt", o."activatedAt")) AS day, n."arrivedVia" AS source,
        COALESCE(n."campaignId"::text, '') AS campaign, 'FIRST_PAID'::"FunnelStep" AS step,
        SUM(CASE WHEN n."activatedAt" IS NOT NULL THEN 1 ELSE -1 END)::int AS delta
      FROM old_rows o JOIN new_rows n ON n."id" = o."id"
      WHERE n."arrivedVia" IS NOT NULL AND (o."activatedAt" IS NULL) <> (n."activatedAt" IS NULL)
      GROUP BY 1, 2, 3
    ) c;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "funnel_participants_inserted" AFTER INSERT ON "Participant"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "funnel_participants"();
CREATE TRIGGER "funnel_participants_updated" AFTER UPDATE ON "Participant"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "funnel_participants"();
