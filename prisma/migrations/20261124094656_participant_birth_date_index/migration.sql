-- CreateIndex
CREATE INDEX "Participant_birthDate_idx" ON "Participant"("birthDate");
