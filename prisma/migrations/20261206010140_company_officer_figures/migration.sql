-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "arrears" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "firstPaidAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Company_enrolledById_idx" ON "Company"("enrolledById");

-- What each company's bills still need and when its first bill was paid, for rows made before this migration.
UPDATE "Company" c SET "arrears" = b."open", "firstPaidAt" = b."first"
FROM (
  SELECT "companyId",
    SUM(CASE WHEN "status" = 'PAID' THEN 0 ELSE GREATEST("total" + "fineAmount" - "paidAmount", 0) END)::bigint AS "open",
    MIN("paidAt") FILTER (WHERE "status" = 'PAID') AS "first"
  FROM "Bill" WHERE "companyId" IS NOT NULL GROUP BY 1
) b
WHERE c."id" = b."companyId";

-- Kept on every path that issues, pays, fines, reverses or removes a company's bill: a trigger, as the rollups are.
CREATE FUNCTION "company_bill_figures"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  -- What a bill still needs counts while it is not paid: out with the old row, in with the new one.
  IF TG_OP <> \'INSERT\' AND OLD."companyId" IS NOT NULL AND OLD."status" <> \'PAID\' THEN
    UPDATE "Company" SET "arrears" = "arrears" - GREATEST(OLD."total" + OLD."fineAmount" - OLD."paidAmount", 0)
    WHERE "id" = OLD."companyId"\x3b
  END IF\x3b
  IF TG_OP <> \'DELETE\' AND NEW."companyId" IS NOT NULL THEN
    UPDATE "Company" SET
      "arrears" = "arrears" + CASE WHEN NEW."status" = \'PAID\' THEN 0 ELSE GREATEST(NEW."total" + NEW."fineAmount" - NEW."paidAmount", 0) END,
      "firstPaidAt" = CASE WHEN NEW."status" = \'PAID\' AND ("firstPaidAt" IS NULL OR "firstPaidAt" > COALESCE(NEW."paidAt", now()))
        THEN COALESCE(NEW."paidAt", now()) ELSE "firstPaidAt" END
    WHERE "id" = NEW."companyId"\x3b
    IF TG_OP = \'UPDATE\' AND OLD."status" = \'PAID\' AND NEW."status" <> \'PAID\' THEN
      -- A payment reversed: the first payment is the earliest one still standing, if any.
      UPDATE "Company" SET "firstPaidAt" = (SELECT min("paidAt") FROM "Bill" WHERE "companyId" = NEW."companyId" AND "status" = \'PAID\')
      WHERE "id" = NEW."companyId"\x3b
    END IF\x3b
  END IF\x3b
  RETURN NULL\x3b
END ';

CREATE TRIGGER "company_bill_figures_changed" AFTER INSERT OR UPDATE OF "status", "total", "fineAmount", "paidAmount", "companyId" OR DELETE ON "Bill"
  FOR EACH ROW EXECUTE FUNCTION "company_bill_figures"();
