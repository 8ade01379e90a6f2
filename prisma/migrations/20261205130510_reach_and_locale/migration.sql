-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "contactName" TEXT;

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "about" TEXT;

-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "locale" VARCHAR(5) NOT NULL DEFAULT 'id';

-- CreateTable
CREATE TABLE "ReachMonthly" (
    "month" DATE NOT NULL,
    "regencyCode" CHAR(4) NOT NULL,
    "remindersSent" INTEGER NOT NULL DEFAULT 0,
    "paidWithin7Days" INTEGER NOT NULL DEFAULT 0,
    "bpuActiveAtStart" INTEGER,
    "bpuLapsed" INTEGER NOT NULL DEFAULT 0,
    "refreshedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReachMonthly_pkey" PRIMARY KEY ("month","regencyCode")
);

-- CreateIndex
CREATE INDEX "Message_template_sentAt_idx" ON "Message"("template", "sentAt");
