-- CreateEnum
CREATE TYPE "PaymentSource" AS ENUM ('NOTIFICATION', 'RECONCILIATION');

-- CreateEnum
CREATE TYPE "NotificationOutcome" AS ENUM ('ACCEPTED', 'REJECTED');

-- AlterTable
ALTER TABLE "Bill" ADD COLUMN     "fineAmount" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "paidAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "currency" CHAR(3) NOT NULL DEFAULT 'IDR',
ADD COLUMN     "source" "PaymentSource" NOT NULL DEFAULT 'NOTIFICATION';

-- CreateTable
CREATE TABLE "BankNotification" (
    "id" UUID NOT NULL,
    "bankReference" TEXT,
    "virtualAccount" TEXT,
    "outcome" "NotificationOutcome" NOT NULL,
    "reason" TEXT,
    "responseStatus" INTEGER NOT NULL,
    "response" JSONB NOT NULL,
    "body" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BankNotification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Settlement" (
    "id" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "businessDate" DATE NOT NULL,
    "uploadedById" UUID NOT NULL,
    "lines" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Settlement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BankNotification_bankReference_key" ON "BankNotification"("bankReference");

-- CreateIndex
CREATE INDEX "BankNotification_receivedAt_idx" ON "BankNotification"("receivedAt");
