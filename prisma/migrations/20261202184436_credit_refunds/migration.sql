-- CreateEnum
CREATE TYPE "CreditRefundStatus" AS ENUM ('PROPOSED', 'APPLIED', 'CANCELLED');

-- AlterTable
ALTER TABLE "LedgerEntry" ADD COLUMN     "refundId" UUID;

-- CreateTable
CREATE TABLE "CreditRefund" (
    "id" UUID NOT NULL,
    "accountType" "LedgerAccountType" NOT NULL,
    "accountId" UUID NOT NULL,
    "regencyCode" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "bankAccount" TEXT NOT NULL,
    "bankAccountName" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "CreditRefundStatus" NOT NULL DEFAULT 'PROPOSED',
    "proposedById" UUID NOT NULL,
    "proposedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "CreditRefund_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CreditRefund_accountType_accountId_status_idx" ON "CreditRefund"("accountType", "accountId", "status");

-- CreateIndex
CREATE INDEX "CreditRefund_regencyCode_status_idx" ON "CreditRefund"("regencyCode", "status");

-- A refund pays out a positive amount, and only a REFUND entry names one.
ALTER TABLE "CreditRefund" ADD CONSTRAINT "CreditRefund_amount_positive" CHECK ("amount" > 0);
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_refund_kind" CHECK (("refundId" IS NOT NULL) = ("kind" = 'REFUND'));
