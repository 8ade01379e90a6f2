-- AlterEnum
ALTER TYPE "LedgerAccountType" ADD VALUE 'PROGRAMME';

-- AlterTable
ALTER TABLE "Bill" ADD COLUMN     "programmeId" UUID;

-- CreateIndex
CREATE INDEX "Bill_programmeId_periodStart_idx" ON "Bill"("programmeId", "periodStart");

-- AddForeignKey
ALTER TABLE "Bill" ADD CONSTRAINT "Bill_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "SponsorProgramme"("id") ON DELETE SET NULL ON UPDATE CASCADE;
