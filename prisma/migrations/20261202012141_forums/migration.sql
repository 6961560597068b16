-- CreateEnum
CREATE TYPE "ForumEventStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ForumSessionKind" AS ENUM ('OPEN', 'FOCUS_GROUP');

-- CreateEnum
CREATE TYPE "ForumRegistrationStatus" AS ENUM ('CONFIRMED', 'WAITLISTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ForumApplicationStatus" AS ENUM ('APPLIED', 'SELECTED', 'WAITLISTED', 'WITHDRAWN', 'REPLACED');

-- CreateEnum
CREATE TYPE "ForumSelectionStatus" AS ENUM ('COMMITTED', 'DRAWN');

-- CreateEnum
CREATE TYPE "ForumFindingKind" AS ENUM ('NOTE', 'RECOMMENDATION');

-- CreateTable
CREATE TABLE "ForumEvent" (
    "id" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "titleTr" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "descriptionTr" TEXT NOT NULL DEFAULT '',
    "descriptionEn" TEXT NOT NULL DEFAULT '',
    "gender" "Gender",
    "minAge" INTEGER NOT NULL,
    "maxAge" INTEGER,
    "residentOfIzmir" BOOLEAN NOT NULL DEFAULT true,
    "status" "ForumEventStatus" NOT NULL DEFAULT 'DRAFT',
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ForumEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumSession" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "kind" "ForumSessionKind" NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "placeName" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "capacity" INTEGER,
    "panelSize" INTEGER,
    "agenda" TEXT NOT NULL DEFAULT '',
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ForumSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumFacilitator" (
    "sessionId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "assignedById" UUID,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForumFacilitator_pkey" PRIMARY KEY ("sessionId","userId")
);

-- CreateTable
CREATE TABLE "ForumProfileQuestion" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "labelTr" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ForumProfileQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumProfileOption" (
    "id" UUID NOT NULL,
    "questionId" UUID NOT NULL,
    "value" TEXT NOT NULL,
    "labelTr" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ForumProfileOption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumRegistration" (
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "status" "ForumRegistrationStatus" NOT NULL,
    "waitlistPosition" INTEGER,
    "accessibilityNeeds" TEXT,
    "accessibilityConsentAt" TIMESTAMP(3),
    "attended" BOOLEAN,
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ForumRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumApplication" (
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "status" "ForumApplicationStatus" NOT NULL DEFAULT 'APPLIED',
    "waitlistRank" INTEGER,
    "attended" BOOLEAN,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ForumApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumApplicationAnswer" (
    "applicationId" UUID NOT NULL,
    "questionId" UUID NOT NULL,
    "optionValue" TEXT NOT NULL,

    CONSTRAINT "ForumApplicationAnswer_pkey" PRIMARY KEY ("applicationId","questionId")
);

-- CreateTable
CREATE TABLE "ForumQuota" (
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "questionId" UUID NOT NULL,
    "optionValue" TEXT NOT NULL,
    "min" INTEGER NOT NULL,
    "max" INTEGER NOT NULL,

    CONSTRAINT "ForumQuota_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumSelection" (
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "status" "ForumSelectionStatus" NOT NULL DEFAULT 'COMMITTED',
    "distribution" TEXT NOT NULL,
    "distributionHash" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "publicValue" TEXT,
    "seed" TEXT,
    "algorithm" TEXT NOT NULL,
    "poolIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "panelIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "waitlistIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "committedById" UUID,
    "committedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "drawnAt" TIMESTAMP(3),
    "drawnById" UUID,

    CONSTRAINT "ForumSelection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumFinding" (
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "kind" "ForumFindingKind" NOT NULL,
    "theme" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForumFinding_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ForumEvent_status_createdAt_idx" ON "ForumEvent"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ForumSession_eventId_startsAt_idx" ON "ForumSession"("eventId", "startsAt");

-- CreateIndex
CREATE INDEX "ForumFacilitator_userId_idx" ON "ForumFacilitator"("userId");

-- CreateIndex
CREATE INDEX "ForumProfileQuestion_eventId_position_idx" ON "ForumProfileQuestion"("eventId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ForumProfileQuestion_eventId_key_key" ON "ForumProfileQuestion"("eventId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "ForumProfileOption_questionId_value_key" ON "ForumProfileOption"("questionId", "value");

-- CreateIndex
CREATE INDEX "ForumRegistration_sessionId_status_waitlistPosition_idx" ON "ForumRegistration"("sessionId", "status", "waitlistPosition");

-- CreateIndex
CREATE INDEX "ForumRegistration_userId_idx" ON "ForumRegistration"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ForumRegistration_sessionId_userId_key" ON "ForumRegistration"("sessionId", "userId");

-- CreateIndex
CREATE INDEX "ForumApplication_sessionId_status_waitlistRank_idx" ON "ForumApplication"("sessionId", "status", "waitlistRank");

-- CreateIndex
CREATE INDEX "ForumApplication_userId_idx" ON "ForumApplication"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ForumApplication_sessionId_userId_key" ON "ForumApplication"("sessionId", "userId");

-- CreateIndex
CREATE INDEX "ForumApplicationAnswer_questionId_idx" ON "ForumApplicationAnswer"("questionId");

-- CreateIndex
CREATE UNIQUE INDEX "ForumQuota_sessionId_questionId_optionValue_key" ON "ForumQuota"("sessionId", "questionId", "optionValue");

-- CreateIndex
CREATE UNIQUE INDEX "ForumSelection_sessionId_key" ON "ForumSelection"("sessionId");

-- CreateIndex
CREATE INDEX "ForumFinding_sessionId_createdAt_idx" ON "ForumFinding"("sessionId", "createdAt");

-- CreateIndex
CREATE INDEX "ForumFinding_authorId_idx" ON "ForumFinding"("authorId");

-- AddForeignKey
ALTER TABLE "ForumEvent" ADD CONSTRAINT "ForumEvent_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumSession" ADD CONSTRAINT "ForumSession_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "ForumEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumFacilitator" ADD CONSTRAINT "ForumFacilitator_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ForumSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumFacilitator" ADD CONSTRAINT "ForumFacilitator_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumProfileQuestion" ADD CONSTRAINT "ForumProfileQuestion_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "ForumEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumProfileOption" ADD CONSTRAINT "ForumProfileOption_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "ForumProfileQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumRegistration" ADD CONSTRAINT "ForumRegistration_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ForumSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumRegistration" ADD CONSTRAINT "ForumRegistration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumApplication" ADD CONSTRAINT "ForumApplication_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ForumSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumApplication" ADD CONSTRAINT "ForumApplication_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumApplicationAnswer" ADD CONSTRAINT "ForumApplicationAnswer_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "ForumApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumApplicationAnswer" ADD CONSTRAINT "ForumApplicationAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "ForumProfileQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumQuota" ADD CONSTRAINT "ForumQuota_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ForumSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumQuota" ADD CONSTRAINT "ForumQuota_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "ForumProfileQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumSelection" ADD CONSTRAINT "ForumSelection_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ForumSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumFinding" ADD CONSTRAINT "ForumFinding_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ForumSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumFinding" ADD CONSTRAINT "ForumFinding_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- Checks Prisma cannot express: the rules the services keep, kept by the database too.
ALTER TABLE "ForumEvent" ADD CONSTRAINT "ForumEvent_ages_check" CHECK ("minAge" >= 0 AND ("maxAge" IS NULL OR "maxAge" >= "minAge"));
ALTER TABLE "ForumSession" ADD CONSTRAINT "ForumSession_times_check" CHECK ("endsAt" > "startsAt" AND "closesAt" > "opensAt");
-- An open forum has seats and no panel, a focus group has a panel and no seats.
ALTER TABLE "ForumSession" ADD CONSTRAINT "ForumSession_kind_size_check" CHECK (
  ("kind" = 'OPEN' AND "capacity" IS NOT NULL AND "capacity" > 0 AND "panelSize" IS NULL)
  OR ("kind" = 'FOCUS_GROUP' AND "panelSize" IS NOT NULL AND "panelSize" > 0 AND "capacity" IS NULL));
-- Accessibility needs are kept only with the person's consent.
ALTER TABLE "ForumRegistration" ADD CONSTRAINT "ForumRegistration_accessibility_consent_check" CHECK ("accessibilityNeeds" IS NULL OR "accessibilityConsentAt" IS NOT NULL);
ALTER TABLE "ForumRegistration" ADD CONSTRAINT "ForumRegistration_waitlist_check" CHECK (("status" = 'WAITLISTED') = ("waitlistPosition" IS NOT NULL));
ALTER TABLE "ForumQuota" ADD CONSTRAINT "ForumQuota_bounds_check" CHECK ("min" >= 0 AND "max" >= "min");
-- The secret is revealed only through drawnAt, a drawn selection has its seed.
ALTER TABLE "ForumSelection" ADD CONSTRAINT "ForumSelection_drawn_check" CHECK (("status" = 'DRAWN') = ("drawnAt" IS NOT NULL AND "seed" IS NOT NULL AND "publicValue" IS NOT NULL));
