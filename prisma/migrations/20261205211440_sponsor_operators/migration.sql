-- AlterEnum
ALTER TYPE "Channel" ADD VALUE 'SPONSOR';

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'SPONSOR_OPERATOR';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sponsorId" UUID;

-- CreateTable
CREATE TABLE "BeneficiaryImport" (
    "id" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "fromPeriod" CHAR(7) NOT NULL,
    "createdById" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileSha256" CHAR(64) NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'VALIDATED',
    "totalRows" INTEGER NOT NULL,
    "validRows" INTEGER NOT NULL,
    "errorRows" INTEGER NOT NULL,
    "rows" JSONB NOT NULL,
    "problems" JSONB NOT NULL,
    "savedCount" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "savedAt" TIMESTAMP(3),

    CONSTRAINT "BeneficiaryImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BeneficiaryImport_programmeId_createdAt_idx" ON "BeneficiaryImport"("programmeId", "createdAt");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_sponsorId_fkey" FOREIGN KEY ("sponsorId") REFERENCES "Sponsor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SponsoredMonth" ADD CONSTRAINT "SponsoredMonth_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BeneficiaryImport" ADD CONSTRAINT "BeneficiaryImport_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "SponsorProgramme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
