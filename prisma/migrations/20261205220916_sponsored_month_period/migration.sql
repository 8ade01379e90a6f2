-- CreateIndex
CREATE INDEX "SponsoredMonth_period_idx" ON "SponsoredMonth"("period");
