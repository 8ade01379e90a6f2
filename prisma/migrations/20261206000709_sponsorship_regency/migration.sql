-- The dashboard's sponsored figures without joining participants or scanning bills (issue 16, measured at 1.2M:
-- p95 333 ms with the joins, the budget is 150 ms).

-- DropIndex
DROP INDEX "SponsoredMonth_period_idx";

-- Where each sponsored person lived when taken in, copied from their record for rows made before this column.
ALTER TABLE "Sponsorship" ADD COLUMN "continuedAt" TIMESTAMP(3), ADD COLUMN "regencyCode" CHAR(4);
UPDATE "Sponsorship" s SET "regencyCode" = p."regencyCode" FROM "Participant" p WHERE p."id" = s."participantId";
ALTER TABLE "Sponsorship" ALTER COLUMN "regencyCode" SET NOT NULL;

ALTER TABLE "SponsoredMonth" ADD COLUMN "regencyCode" CHAR(4);
UPDATE "SponsoredMonth" m SET "regencyCode" = s."regencyCode" FROM "Sponsorship" s WHERE s."id" = m."sponsorshipId";
ALTER TABLE "SponsoredMonth" ALTER COLUMN "regencyCode" SET NOT NULL;

-- CreateIndex
CREATE INDEX "SponsoredMonth_period_regencyCode_idx" ON "SponsoredMonth"("period", "regencyCode");

-- "Went on paying": a participant's own BPU bill (no company, project or programme) for a month after a sponsorship
-- ended, paid. Kept on every path that pays or un-pays a bill (payment, credit, settlement, reversal): a trigger.
CREATE FUNCTION "sponsorship_continued"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF NEW."participantId" IS NULL OR NEW."programmeId" IS NOT NULL OR NEW."companyId" IS NOT NULL OR NEW."projectId" IS NOT NULL THEN
    RETURN NULL\x3b
  END IF\x3b
  IF NEW."status" = \'PAID\' THEN
    UPDATE "Sponsorship" SET "continuedAt" = COALESCE(NEW."paidAt", now())
    WHERE "participantId" = NEW."participantId" AND "continuedAt" IS NULL AND "toPeriod" < to_char(NEW."periodStart", \'YYYY-MM\')\x3b
  ELSIF TG_OP = \'UPDATE\' AND OLD."status" = \'PAID\' THEN
    -- A payment reversed: continued only while another such bill stays paid.
    UPDATE "Sponsorship" s SET "continuedAt" = NULL
    WHERE s."participantId" = NEW."participantId" AND s."continuedAt" IS NOT NULL AND NOT EXISTS (
      SELECT 1 FROM "Bill" b WHERE b."participantId" = s."participantId" AND b."status" = \'PAID\' AND b."programmeId" IS NULL
        AND b."companyId" IS NULL AND b."projectId" IS NULL AND to_char(b."periodStart", \'YYYY-MM\') > s."toPeriod")\x3b
  END IF\x3b
  RETURN NULL\x3b
END ';

CREATE TRIGGER "sponsorship_continued_inserted" AFTER INSERT ON "Bill"
  FOR EACH ROW WHEN (NEW."status" = 'PAID') EXECUTE FUNCTION "sponsorship_continued"();
CREATE TRIGGER "sponsorship_continued_updated" AFTER UPDATE OF "status" ON "Bill"
  FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status") EXECUTE FUNCTION "sponsorship_continued"();
