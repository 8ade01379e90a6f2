-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "amountDiffers" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "reversalReason" TEXT,
ADD COLUMN     "reversedAt" TIMESTAMP(3);
