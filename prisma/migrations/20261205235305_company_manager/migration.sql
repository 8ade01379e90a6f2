-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "managerId" UUID;

-- CreateIndex
CREATE INDEX "Company_ownerId_idx" ON "Company"("ownerId");

-- CreateIndex
CREATE INDEX "Company_managerId_idx" ON "Company"("managerId");

-- AddForeignKey
ALTER TABLE "Company" ADD CONSTRAINT "Company_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "Participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;
