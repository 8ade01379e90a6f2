-- CreateEnum
CREATE TYPE "HeirRelationship" AS ENUM ('SPOUSE', 'CHILD', 'PARENT', 'SIBLING', 'OTHER');

-- CreateTable
CREATE TABLE "Heir" (
    "id" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "relationship" "HeirRelationship" NOT NULL,
    "nik" CHAR(16),
    "phone" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Heir_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Heir_participantId_idx" ON "Heir"("participantId");

-- AddForeignKey
ALTER TABLE "Heir" ADD CONSTRAINT "Heir_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
