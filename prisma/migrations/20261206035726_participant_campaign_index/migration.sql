-- CreateIndex
CREATE INDEX "Participant_campaignId_idx" ON "Participant"("campaignId");
