-- CreateEnum
CREATE TYPE "LedgerAccountType" AS ENUM ('PARTICIPANT', 'COMPANY', 'PROJECT');

-- CreateEnum
CREATE TYPE "LedgerEntryKind" AS ENUM ('BILL_ISSUED', 'FINE', 'PAYMENT', 'OVERPAYMENT_CREDIT', 'CREDIT_APPLIED', 'REVERSAL', 'REFUND');

-- CreateTable
CREATE TABLE "LedgerEntry" (
    "id" BIGSERIAL NOT NULL,
    "accountType" "LedgerAccountType" NOT NULL,
    "accountId" UUID NOT NULL,
    "kind" "LedgerEntryKind" NOT NULL,
    "billId" UUID,
    "paymentId" UUID,
    "debit" BIGINT NOT NULL DEFAULT 0,
    "credit" BIGINT NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LedgerEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LedgerEntry_accountType_accountId_idx" ON "LedgerEntry"("accountType", "accountId");

-- CreateIndex
CREATE INDEX "LedgerEntry_billId_idx" ON "LedgerEntry"("billId");

-- CreateIndex
CREATE INDEX "LedgerEntry_paymentId_idx" ON "LedgerEntry"("paymentId");

-- ---------------------------------------------------------------------------
-- Hand-written below this line (issue 12, docs/decisions/0014-ledger.md).
-- ---------------------------------------------------------------------------

-- An entry moves money one way, never negative, never nothing.
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_one_side"
  CHECK ("debit" >= 0 AND "credit" >= 0 AND ("debit" > 0) <> ("credit" > 0));

-- Append-only in the database itself, like the audit log.
CREATE FUNCTION "ledger_append_only"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  RAISE EXCEPTION \'LedgerEntry is append-only: % refused\', TG_OP USING ERRCODE = \'insufficient_privilege\'\x3b
END ';

CREATE TRIGGER "ledger_no_update" BEFORE UPDATE OR DELETE ON "LedgerEntry"
  FOR EACH ROW EXECUTE FUNCTION "ledger_append_only"();
CREATE TRIGGER "ledger_no_truncate" BEFORE TRUNCATE ON "LedgerEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "ledger_append_only"();

-- Backfill what happened before the ledger: each bill issued, its fine, and its payments in the order they
-- were made, each applied up to what the bill had left (total + fine, or the bill's own paidAmount where that
-- is lower): what a payment brought beyond that becomes credit on the account. Bills then hold no more than
-- their due: an overpaid bill's excess is the account's credit, not the bill's (the rollups follow by trigger).
CREATE TEMP TABLE ledger_bill AS
SELECT b."id", b."createdAt",
  (CASE WHEN b."projectId" IS NOT NULL THEN 'PROJECT' WHEN b."companyId" IS NOT NULL THEN 'COMPANY' ELSE 'PARTICIPANT' END)::"LedgerAccountType" AS account_type,
  COALESCE(b."projectId", b."companyId", b."participantId") AS account_id,
  b."total", b."fineAmount", LEAST(b."paidAmount", b."total" + b."fineAmount") AS applied
FROM "Bill" b;

INSERT INTO "LedgerEntry" ("accountType", "accountId", "kind", "billId", "debit", "createdAt")
SELECT account_type, account_id, 'BILL_ISSUED', "id", "total", "createdAt" FROM ledger_bill WHERE "total" > 0;

INSERT INTO "LedgerEntry" ("accountType", "accountId", "kind", "billId", "debit", "createdAt")
SELECT account_type, account_id, 'FINE', "id", "fineAmount", "createdAt" FROM ledger_bill WHERE "fineAmount" > 0;

CREATE TEMP TABLE ledger_payment AS
SELECT p."id", p."billId", p."amount", p."createdAt", lb.account_type, lb.account_id, lb.applied,
  SUM(p."amount") OVER (PARTITION BY p."billId" ORDER BY p."paidAt", p."id") - p."amount" AS before
FROM "Payment" p JOIN ledger_bill lb ON lb."id" = p."billId";

INSERT INTO "LedgerEntry" ("accountType", "accountId", "kind", "billId", "paymentId", "credit", "createdAt")
SELECT account_type, account_id, 'PAYMENT', "billId", "id", GREATEST(0, LEAST("amount", applied - before)), "createdAt"
FROM ledger_payment WHERE GREATEST(0, LEAST("amount", applied - before)) > 0;

INSERT INTO "LedgerEntry" ("accountType", "accountId", "kind", "paymentId", "credit", "createdAt")
SELECT account_type, account_id, 'OVERPAYMENT_CREDIT', "id", "amount" - GREATEST(0, LEAST("amount", applied - before)), "createdAt"
FROM ledger_payment WHERE "amount" - GREATEST(0, LEAST("amount", applied - before)) > 0;

-- Money a bill shows as paid without a recorded payment (seeded data): one entry for the rest.
INSERT INTO "LedgerEntry" ("accountType", "accountId", "kind", "billId", "credit", "createdAt")
SELECT lb.account_type, lb.account_id, 'PAYMENT', lb."id", lb.applied - COALESCE(SUM(LEAST(lp."amount", GREATEST(0, lp.applied - lp.before))), 0), lb."createdAt"
FROM ledger_bill lb LEFT JOIN ledger_payment lp ON lp."billId" = lb."id"
GROUP BY lb."id", lb.account_type, lb.account_id, lb.applied, lb."createdAt"
HAVING lb.applied - COALESCE(SUM(LEAST(lp."amount", GREATEST(0, lp.applied - lp.before))), 0) > 0;

UPDATE "Bill" SET "paidAmount" = "total" + "fineAmount" WHERE "paidAmount" > "total" + "fineAmount";

DROP TABLE ledger_payment;
DROP TABLE ledger_bill;
