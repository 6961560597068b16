-- CreateIndex
CREATE INDEX "VolunteerApplication_roundId_id_idx" ON "VolunteerApplication"("roundId", "id");
