-- AlterTable
ALTER TABLE "BillLine" ADD COLUMN     "reliefAmount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "reliefId" TEXT;
