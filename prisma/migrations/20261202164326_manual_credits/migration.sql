-- CreateEnum
CREATE TYPE "ManualCreditStatus" AS ENUM ('PROPOSED', 'APPLIED');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'FINANCE';

-- CreateTable
CREATE TABLE "ManualCredit" (
    "id" UUID NOT NULL,
    "settlementId" UUID NOT NULL,
    "billId" UUID NOT NULL,
    "bankReference" TEXT NOT NULL,
    "virtualAccount" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "paidAt" TIMESTAMP(3) NOT NULL,
    "status" "ManualCreditStatus" NOT NULL DEFAULT 'PROPOSED',
    "proposedById" UUID NOT NULL,
    "proposedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appliedById" UUID,
    "appliedAt" TIMESTAMP(3),

    CONSTRAINT "ManualCredit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ManualCredit_bankReference_key" ON "ManualCredit"("bankReference");

-- CreateIndex
CREATE INDEX "ManualCredit_settlementId_idx" ON "ManualCredit"("settlementId");

-- AddForeignKey
ALTER TABLE "ManualCredit" ADD CONSTRAINT "ManualCredit_billId_fkey" FOREIGN KEY ("billId") REFERENCES "Bill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
