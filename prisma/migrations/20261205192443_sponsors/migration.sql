-- CreateEnum
CREATE TYPE "SponsorKind" AS ENUM ('PROVINCE', 'REGENCY', 'CSR', 'ZAKAT', 'OTHER');

-- CreateEnum
CREATE TYPE "ProgrammeFunding" AS ENUM ('APBD', 'APBN', 'CSR');

-- CreateTable
CREATE TABLE "Sponsor" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "SponsorKind" NOT NULL,
    "regencyCode" CHAR(4),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Sponsor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SponsorProgramme" (
    "id" UUID NOT NULL,
    "sponsorId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "funding" "ProgrammeFunding" NOT NULL,
    "budgetYear" INTEGER NOT NULL,
    "ceiling" BIGINT NOT NULL,
    "fromPeriod" CHAR(7) NOT NULL,
    "toPeriod" CHAR(7) NOT NULL,
    "insuredIncome" INTEGER NOT NULL DEFAULT 1000000,
    "withJht" BOOLEAN NOT NULL DEFAULT false,
    "regencyCodes" TEXT[],
    "occupations" TEXT[],
    "minAge" INTEGER,
    "maxAge" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SponsorProgramme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Sponsorship" (
    "id" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "fromPeriod" CHAR(7) NOT NULL,
    "toPeriod" CHAR(7) NOT NULL,
    "committed" BIGINT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Sponsorship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SponsoredMonth" (
    "participantId" UUID NOT NULL,
    "period" CHAR(7) NOT NULL,
    "sponsorshipId" UUID NOT NULL,

    CONSTRAINT "SponsoredMonth_pkey" PRIMARY KEY ("participantId","period")
);

-- CreateIndex
CREATE UNIQUE INDEX "Sponsor_name_key" ON "Sponsor"("name");

-- CreateIndex
CREATE UNIQUE INDEX "SponsorProgramme_sponsorId_name_budgetYear_key" ON "SponsorProgramme"("sponsorId", "name", "budgetYear");

-- CreateIndex
CREATE INDEX "Sponsorship_participantId_idx" ON "Sponsorship"("participantId");

-- CreateIndex
CREATE UNIQUE INDEX "Sponsorship_programmeId_participantId_key" ON "Sponsorship"("programmeId", "participantId");

-- CreateIndex
CREATE INDEX "SponsoredMonth_sponsorshipId_idx" ON "SponsoredMonth"("sponsorshipId");

-- AddForeignKey
ALTER TABLE "SponsorProgramme" ADD CONSTRAINT "SponsorProgramme_sponsorId_fkey" FOREIGN KEY ("sponsorId") REFERENCES "Sponsor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sponsorship" ADD CONSTRAINT "Sponsorship_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "SponsorProgramme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sponsorship" ADD CONSTRAINT "Sponsorship_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SponsoredMonth" ADD CONSTRAINT "SponsoredMonth_sponsorshipId_fkey" FOREIGN KEY ("sponsorshipId") REFERENCES "Sponsorship"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
