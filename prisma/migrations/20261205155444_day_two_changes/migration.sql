-- CreateEnum
CREATE TYPE "ChangeRequestStatus" AS ENUM ('OPEN', 'APPROVED', 'REJECTED');

-- AlterEnum
ALTER TYPE "CodePurpose" ADD VALUE 'CONTACT_CHANGE';

-- AlterEnum
ALTER TYPE "ParticipantStatus" ADD VALUE 'DECEASED';

-- AlterTable
ALTER TABLE "OneTimeCode" ADD COLUMN     "newContact" TEXT;

-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "diedOn" DATE;

-- CreateTable
CREATE TABLE "BpuTerms" (
    "id" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "fromPeriod" CHAR(7) NOT NULL,
    "declaredIncome" INTEGER NOT NULL,
    "paymentPeriodMonths" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BpuTerms_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WageChange" (
    "id" UUID NOT NULL,
    "employmentId" UUID NOT NULL,
    "fromPeriod" CHAR(7) NOT NULL,
    "monthlyWage" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WageChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdentityChangeRequest" (
    "id" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "name" TEXT,
    "birthDate" DATE,
    "gender" "Gender",
    "nik" CHAR(16),
    "reason" TEXT NOT NULL,
    "status" "ChangeRequestStatus" NOT NULL DEFAULT 'OPEN',
    "decisionNote" TEXT,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdentityChangeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BpuTerms_participantId_fromPeriod_key" ON "BpuTerms"("participantId", "fromPeriod");

-- CreateIndex
CREATE UNIQUE INDEX "WageChange_employmentId_fromPeriod_key" ON "WageChange"("employmentId", "fromPeriod");

-- CreateIndex
CREATE INDEX "IdentityChangeRequest_status_createdAt_idx" ON "IdentityChangeRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "IdentityChangeRequest_participantId_createdAt_idx" ON "IdentityChangeRequest"("participantId", "createdAt");

-- AddForeignKey
ALTER TABLE "BpuTerms" ADD CONSTRAINT "BpuTerms_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WageChange" ADD CONSTRAINT "WageChange_employmentId_fkey" FOREIGN KEY ("employmentId") REFERENCES "Employment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdentityChangeRequest" ADD CONSTRAINT "IdentityChangeRequest_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdentityChangeRequest" ADD CONSTRAINT "IdentityChangeRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
