-- CreateEnum
CREATE TYPE "ShiftSignupStatus" AS ENUM ('CONFIRMED', 'OFFERED', 'WAITLISTED', 'CANCELLED', 'LATE_CANCELLED', 'REMOVED', 'DECLINED', 'EXPIRED', 'SWAPPED');

-- CreateEnum
CREATE TYPE "ShiftAttendance" AS ENUM ('PRESENT', 'NO_SHOW', 'EXCUSED');

-- CreateEnum
CREATE TYPE "ShiftSwapStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ShiftInvitationStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED');

-- CreateTable
CREATE TABLE "ShiftSettings" (
    "programmeId" UUID NOT NULL,
    "maxHoursPerWeek" INTEGER NOT NULL DEFAULT 12,
    "noShowPauseAfter" INTEGER NOT NULL DEFAULT 3,
    "holdHours" INTEGER NOT NULL DEFAULT 12,
    "holdHoursNear" INTEGER NOT NULL DEFAULT 2,
    "nearWindowHours" INTEGER NOT NULL DEFAULT 48,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ShiftSettings_pkey" PRIMARY KEY ("programmeId")
);

-- CreateTable
CREATE TABLE "ShiftOpportunity" (
    "id" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "titleTr" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "descriptionTr" TEXT NOT NULL DEFAULT '',
    "descriptionEn" TEXT NOT NULL DEFAULT '',
    "online" BOOLEAN NOT NULL DEFAULT false,
    "districtId" INTEGER,
    "address" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "ShiftOpportunity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShiftOpportunityQualification" (
    "opportunityId" UUID NOT NULL,
    "qualificationId" UUID NOT NULL,

    CONSTRAINT "ShiftOpportunityQualification_pkey" PRIMARY KEY ("opportunityId","qualificationId")
);

-- CreateTable
CREATE TABLE "ShiftSeries" (
    "id" UUID NOT NULL,
    "opportunityId" UUID NOT NULL,
    "rrule" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "startTime" TEXT NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "capacity" INTEGER NOT NULL,
    "cutoffHours" INTEGER NOT NULL,
    "roles" JSONB NOT NULL DEFAULT '[]',
    "previousId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShiftSeries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shift" (
    "id" UUID NOT NULL,
    "opportunityId" UUID NOT NULL,
    "seriesId" UUID,
    "occurrenceDate" DATE,
    "detached" BOOLEAN NOT NULL DEFAULT false,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "capacity" INTEGER NOT NULL,
    "signupClosesAt" TIMESTAMP(3) NOT NULL,
    "cancelledAt" TIMESTAMP(3),
    "checkInSecret" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Shift_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShiftRole" (
    "id" UUID NOT NULL,
    "shiftId" UUID NOT NULL,
    "nameTr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "headcount" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ShiftRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShiftSignup" (
    "id" UUID NOT NULL,
    "shiftId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "roleId" UUID,
    "status" "ShiftSignupStatus" NOT NULL,
    "waitlistedAt" TIMESTAMP(3),
    "offeredAt" TIMESTAMP(3),
    "holdExpiresAt" TIMESTAMP(3),
    "confirmedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "assignedById" UUID,
    "overrideReason" TEXT,
    "checkedInAt" TIMESTAMP(3),
    "checkedOutAt" TIMESTAMP(3),
    "attendance" "ShiftAttendance",
    "minutes" INTEGER,
    "hoursApprovedAt" TIMESTAMP(3),
    "hoursApprovedById" UUID,
    "reminderJobIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ShiftSignup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShiftSwap" (
    "id" UUID NOT NULL,
    "signupId" UUID NOT NULL,
    "fromUserId" UUID NOT NULL,
    "toUserId" UUID NOT NULL,
    "status" "ShiftSwapStatus" NOT NULL DEFAULT 'PENDING',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "respondedAt" TIMESTAMP(3),

    CONSTRAINT "ShiftSwap_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShiftInvitation" (
    "id" UUID NOT NULL,
    "shiftId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "invitedById" UUID,
    "status" "ShiftInvitationStatus" NOT NULL DEFAULT 'PENDING',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "respondedAt" TIMESTAMP(3),

    CONSTRAINT "ShiftInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShiftStanding" (
    "userId" UUID NOT NULL,
    "noShows" INTEGER NOT NULL DEFAULT 0,
    "pausedAt" TIMESTAMP(3),
    "liftedAt" TIMESTAMP(3),
    "liftedById" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ShiftStanding_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "ParticipationCertificate" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "byArea" JSONB NOT NULL,
    "totalMinutes" INTEGER NOT NULL,
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ParticipationCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "ShiftOpportunity_areaId_idx" ON "ShiftOpportunity"("areaId");

-- CreateIndex
CREATE INDEX "ShiftOpportunity_districtId_idx" ON "ShiftOpportunity"("districtId");

-- CreateIndex
CREATE INDEX "Shift_startsAt_idx" ON "Shift"("startsAt");

-- CreateIndex
CREATE INDEX "Shift_opportunityId_startsAt_idx" ON "Shift"("opportunityId", "startsAt");

-- CreateIndex
CREATE INDEX "Shift_seriesId_startsAt_idx" ON "Shift"("seriesId", "startsAt");

-- CreateIndex
CREATE INDEX "ShiftRole_shiftId_idx" ON "ShiftRole"("shiftId");

-- CreateIndex
CREATE INDEX "ShiftSignup_shiftId_status_waitlistedAt_idx" ON "ShiftSignup"("shiftId", "status", "waitlistedAt");

-- CreateIndex
CREATE INDEX "ShiftSignup_userId_status_idx" ON "ShiftSignup"("userId", "status");

-- CreateIndex
CREATE INDEX "ShiftSignup_status_holdExpiresAt_idx" ON "ShiftSignup"("status", "holdExpiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "ShiftSignup_shiftId_userId_key" ON "ShiftSignup"("shiftId", "userId");

-- CreateIndex
CREATE INDEX "ShiftSwap_toUserId_status_idx" ON "ShiftSwap"("toUserId", "status");

-- CreateIndex
CREATE INDEX "ShiftSwap_signupId_idx" ON "ShiftSwap"("signupId");

-- CreateIndex
CREATE INDEX "ShiftInvitation_userId_status_idx" ON "ShiftInvitation"("userId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ShiftInvitation_shiftId_userId_key" ON "ShiftInvitation"("shiftId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "ParticipationCertificate_code_key" ON "ParticipationCertificate"("code");

-- CreateIndex
CREATE INDEX "ParticipationCertificate_userId_idx" ON "ParticipationCertificate"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_tokenHash_key" ON "CalendarFeed"("tokenHash");

-- AddForeignKey
ALTER TABLE "ShiftSettings" ADD CONSTRAINT "ShiftSettings_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShiftOpportunity" ADD CONSTRAINT "ShiftOpportunity_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShiftOpportunity" ADD CONSTRAINT "ShiftOpportunity_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "VolunteerArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShiftOpportunity" ADD CONSTRAINT "ShiftOpportunity_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShiftOpportunityQualification" ADD CONSTRAINT "ShiftOpportunityQualification_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "ShiftOpportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShiftOpportunityQualification" ADD CONSTRAINT "ShiftOpportunityQualification_qualificationId_fkey" FOREIGN KEY ("qualificationId") REFERENCES "Qualification"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShiftSeries" ADD CONSTRAINT "ShiftSeries_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "ShiftOpportunity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShiftSeries" ADD CONSTRAINT "ShiftSeries_previousId_fkey" FOREIGN KEY ("previousId") REFERENCES "ShiftSeries"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shift" ADD CONSTRAINT "Shift_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "ShiftOpportunity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shift" ADD CONSTRAINT "Shift_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "ShiftSeries"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShiftRole" ADD CONSTRAINT "ShiftRole_shiftId_fkey" FOREIGN KEY ("shiftId") REFERENCES "Shift"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShiftSignup" ADD CONSTRAINT "ShiftSignup_shiftId_fkey" FOREIGN KEY ("shiftId") REFERENCES "Shift"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShiftSignup" ADD CONSTRAINT "ShiftSignup_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShiftSignup" ADD CONSTRAINT "ShiftSignup_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "ShiftRole"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShiftSwap" ADD CONSTRAINT "ShiftSwap_signupId_fkey" FOREIGN KEY ("signupId") REFERENCES "ShiftSignup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShiftSwap" ADD CONSTRAINT "ShiftSwap_fromUserId_fkey" FOREIGN KEY ("fromUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShiftSwap" ADD CONSTRAINT "ShiftSwap_toUserId_fkey" FOREIGN KEY ("toUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShiftInvitation" ADD CONSTRAINT "ShiftInvitation_shiftId_fkey" FOREIGN KEY ("shiftId") REFERENCES "Shift"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShiftInvitation" ADD CONSTRAINT "ShiftInvitation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShiftStanding" ADD CONSTRAINT "ShiftStanding_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipationCertificate" ADD CONSTRAINT "ParticipationCertificate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Invariants the database keeps whatever the code does.
ALTER TABLE "Shift" ADD CONSTRAINT "Shift_capacity_positive" CHECK ("capacity" > 0);
ALTER TABLE "Shift" ADD CONSTRAINT "Shift_ends_after_start" CHECK ("endsAt" > "startsAt");
ALTER TABLE "Shift" ADD CONSTRAINT "Shift_cutoff_before_start" CHECK ("signupClosesAt" <= "startsAt");
ALTER TABLE "ShiftRole" ADD CONSTRAINT "ShiftRole_headcount_positive" CHECK ("headcount" > 0);
ALTER TABLE "ShiftSeries" ADD CONSTRAINT "ShiftSeries_capacity_positive" CHECK ("capacity" > 0 AND "durationMinutes" > 0 AND "cutoffHours" >= 0);
ALTER TABLE "ShiftSignup" ADD CONSTRAINT "ShiftSignup_minutes_not_negative" CHECK ("minutes" IS NULL OR "minutes" >= 0);
ALTER TABLE "ShiftSettings" ADD CONSTRAINT "ShiftSettings_positive" CHECK ("maxHoursPerWeek" > 0 AND "noShowPauseAfter" > 0 AND "holdHours" > 0 AND "holdHoursNear" > 0 AND "nearWindowHours" >= 0);
