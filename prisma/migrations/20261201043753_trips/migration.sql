-- CreateEnum
CREATE TYPE "TripAudience" AS ENUM ('WOMEN', 'CHILDREN');

-- CreateEnum
CREATE TYPE "TripKind" AS ENUM ('GULF_TOUR', 'CULTURE_TOUR', 'SEA_TRIP', 'MUSEUM', 'HISTORIC_SITE', 'FERRY_TOUR');

-- CreateEnum
CREATE TYPE "TripAllocation" AS ENUM ('FIRST_COME', 'LOTTERY');

-- CreateEnum
CREATE TYPE "TripVehicle" AS ENUM ('BUS', 'BOAT');

-- CreateEnum
CREATE TYPE "TripRegistrationStatus" AS ENUM ('ENTERED', 'CONFIRMED', 'OFFERED', 'WAITLISTED', 'CANCELLED', 'DECLINED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "TripCancelReason" AS ENUM ('SELF', 'LATE', 'STAFF', 'BETTER_DEPARTURE', 'DEPARTURE_CANCELLED');

-- CreateEnum
CREATE TYPE "TripAttendance" AS ENUM ('ATTENDED', 'NO_SHOW');

-- CreateEnum
CREATE TYPE "TripBoardingAction" AS ENUM ('BOARD', 'UNBOARD');

-- AlterEnum
ALTER TYPE "ConsentPurpose" ADD VALUE 'CHILD_TRIP';

-- CreateTable
CREATE TABLE "Trip" (
    "id" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "kind" "TripKind" NOT NULL,
    "audience" "TripAudience" NOT NULL,
    "titleTr" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "descriptionTr" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "whatToBringTr" TEXT NOT NULL DEFAULT '',
    "whatToBringEn" TEXT NOT NULL DEFAULT '',
    "accessibilityTr" TEXT NOT NULL DEFAULT '',
    "accessibilityEn" TEXT NOT NULL DEFAULT '',
    "minAge" INTEGER NOT NULL,
    "maxAge" INTEGER,
    "maxCompanions" INTEGER NOT NULL DEFAULT 0,
    "companionMaxAge" INTEGER NOT NULL DEFAULT 11,
    "maxPerSeason" INTEGER,
    "priorityDistrictIds" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "archivedAt" TIMESTAMP(3),
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Trip_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TripDeparture" (
    "id" UUID NOT NULL,
    "tripId" UUID NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "capacity" INTEGER NOT NULL,
    "allocation" "TripAllocation" NOT NULL,
    "registrationOpensAt" TIMESTAMP(3) NOT NULL,
    "registrationClosesAt" TIMESTAMP(3) NOT NULL,
    "cancelCutoffAt" TIMESTAMP(3) NOT NULL,
    "cancelledAt" TIMESTAMP(3),
    "cancellationNoteTr" TEXT,
    "cancellationNoteEn" TEXT,
    "remindedAt" TIMESTAMP(3),
    "boardingClosedAt" TIMESTAMP(3),
    "drawSecret" TEXT,
    "drawSecretHash" TEXT,
    "entriesClosedAt" TIMESTAMP(3),
    "entryList" JSONB,
    "entryListHash" TEXT,
    "publicValue" TEXT,
    "publicValueSource" TEXT,
    "drawSeed" TEXT,
    "distribution" JSONB,
    "distributionHash" TEXT,
    "drawResult" JSONB,
    "drawnAt" TIMESTAMP(3),
    "drawnById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TripDeparture_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TripPickupPoint" (
    "id" UUID NOT NULL,
    "departureId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "districtId" INTEGER,
    "pickupAt" TIMESTAMP(3) NOT NULL,
    "vehicle" "TripVehicle" NOT NULL,
    "vehicleName" TEXT NOT NULL DEFAULT '',
    "seats" INTEGER NOT NULL,

    CONSTRAINT "TripPickupPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TripRegistration" (
    "id" UUID NOT NULL,
    "departureId" UUID NOT NULL,
    "pickupPointId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "registeredById" UUID,
    "status" "TripRegistrationStatus" NOT NULL,
    "seats" INTEGER NOT NULL,
    "entryNumber" INTEGER NOT NULL,
    "tier" INTEGER NOT NULL DEFAULT 0,
    "preferenceRank" INTEGER NOT NULL DEFAULT 1,
    "drawPosition" INTEGER,
    "waitlistedAt" TIMESTAMP(3),
    "offeredAt" TIMESTAMP(3),
    "holdExpiresAt" TIMESTAMP(3),
    "confirmedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "cancelReason" "TripCancelReason",
    "attendance" "TripAttendance",
    "checkInCode" TEXT NOT NULL,
    "consentRecordId" UUID,
    "reminderJobIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TripRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TripParticipant" (
    "id" UUID NOT NULL,
    "registrationId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "isRegistrant" BOOLEAN NOT NULL DEFAULT false,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "boardedAt" TIMESTAMP(3),
    "boardedById" UUID,

    CONSTRAINT "TripParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TripBoardingEvent" (
    "id" UUID NOT NULL,
    "clientEventId" TEXT NOT NULL,
    "participantId" UUID NOT NULL,
    "action" "TripBoardingAction" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "recordedById" UUID NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TripBoardingEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Trip_programmeId_archivedAt_idx" ON "Trip"("programmeId", "archivedAt");

-- CreateIndex
CREATE INDEX "TripDeparture_tripId_startsAt_idx" ON "TripDeparture"("tripId", "startsAt");

-- CreateIndex
CREATE INDEX "TripDeparture_startsAt_idx" ON "TripDeparture"("startsAt");

-- CreateIndex
CREATE INDEX "TripDeparture_registrationClosesAt_idx" ON "TripDeparture"("registrationClosesAt");

-- CreateIndex
CREATE INDEX "TripPickupPoint_departureId_position_idx" ON "TripPickupPoint"("departureId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "TripRegistration_checkInCode_key" ON "TripRegistration"("checkInCode");

-- CreateIndex
CREATE INDEX "TripRegistration_departureId_status_drawPosition_idx" ON "TripRegistration"("departureId", "status", "drawPosition");

-- CreateIndex
CREATE INDEX "TripRegistration_pickupPointId_status_idx" ON "TripRegistration"("pickupPointId", "status");

-- CreateIndex
CREATE INDEX "TripRegistration_userId_status_idx" ON "TripRegistration"("userId", "status");

-- CreateIndex
CREATE INDEX "TripRegistration_status_holdExpiresAt_idx" ON "TripRegistration"("status", "holdExpiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "TripRegistration_departureId_userId_key" ON "TripRegistration"("departureId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "TripRegistration_departureId_entryNumber_key" ON "TripRegistration"("departureId", "entryNumber");

-- CreateIndex
CREATE INDEX "TripParticipant_registrationId_position_idx" ON "TripParticipant"("registrationId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "TripBoardingEvent_clientEventId_key" ON "TripBoardingEvent"("clientEventId");

-- CreateIndex
CREATE INDEX "TripBoardingEvent_participantId_at_idx" ON "TripBoardingEvent"("participantId", "at");

-- AddForeignKey
ALTER TABLE "Trip" ADD CONSTRAINT "Trip_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TripDeparture" ADD CONSTRAINT "TripDeparture_tripId_fkey" FOREIGN KEY ("tripId") REFERENCES "Trip"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TripPickupPoint" ADD CONSTRAINT "TripPickupPoint_departureId_fkey" FOREIGN KEY ("departureId") REFERENCES "TripDeparture"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TripPickupPoint" ADD CONSTRAINT "TripPickupPoint_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TripRegistration" ADD CONSTRAINT "TripRegistration_departureId_fkey" FOREIGN KEY ("departureId") REFERENCES "TripDeparture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TripRegistration" ADD CONSTRAINT "TripRegistration_pickupPointId_fkey" FOREIGN KEY ("pickupPointId") REFERENCES "TripPickupPoint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TripRegistration" ADD CONSTRAINT "TripRegistration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TripParticipant" ADD CONSTRAINT "TripParticipant_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "TripRegistration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TripBoardingEvent" ADD CONSTRAINT "TripBoardingEvent_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "TripParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
