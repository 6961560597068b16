-- CreateEnum
CREATE TYPE "RoundStatus" AS ENUM ('DRAFT', 'OPEN', 'SCREENING', 'INTERVIEWING', 'TRAINING', 'COMPLETED');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'SCREENING', 'INTERVIEW_INVITED', 'INTERVIEW_SCHEDULED', 'ACCEPTED', 'WAITLISTED', 'REJECTED', 'IN_TRAINING', 'ACTIVE', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "Availability" AS ENUM ('WEEKDAYS', 'EVENINGS', 'WEEKENDS');

-- CreateEnum
CREATE TYPE "LanguageLevel" AS ENUM ('BASIC', 'INTERMEDIATE', 'ADVANCED', 'NATIVE');

-- CreateEnum
CREATE TYPE "InterviewOutcome" AS ENUM ('ACCEPT', 'REJECT', 'WAITLIST');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('ATTENDED', 'ABSENT', 'EXCUSED');

-- CreateEnum
CREATE TYPE "CompletionRule" AS ENUM ('ALL_SESSIONS', 'MIN_SESSIONS');

-- CreateTable
CREATE TABLE "VolunteerArea" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "nameTr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VolunteerArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecruitmentRound" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "titleTr" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "descriptionTr" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "trainingInfoTr" TEXT NOT NULL,
    "trainingInfoEn" TEXT NOT NULL,
    "status" "RoundStatus" NOT NULL DEFAULT 'DRAFT',
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "seatsSought" INTEGER NOT NULL,
    "bookingCutoffHours" INTEGER NOT NULL DEFAULT 24,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RecruitmentRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoundArea" (
    "roundId" UUID NOT NULL,
    "areaId" UUID NOT NULL,

    CONSTRAINT "RoundArea_pkey" PRIMARY KEY ("roundId","areaId")
);

-- CreateTable
CREATE TABLE "InterviewCriterion" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "labelTr" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "maxScore" INTEGER NOT NULL DEFAULT 5,
    "position" INTEGER NOT NULL,

    CONSTRAINT "InterviewCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoundQualification" (
    "roundId" UUID NOT NULL,
    "qualificationId" UUID NOT NULL,

    CONSTRAINT "RoundQualification_pkey" PRIMARY KEY ("roundId","qualificationId")
);

-- CreateTable
CREATE TABLE "VolunteerApplication" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "applicantId" UUID NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'DRAFT',
    "districtId" INTEGER,
    "availability" "Availability"[],
    "languages" JSONB NOT NULL DEFAULT '[]',
    "motivation" TEXT NOT NULL DEFAULT '',
    "experience" TEXT NOT NULL DEFAULT '',
    "screeningChecklist" JSONB NOT NULL DEFAULT '{}',
    "submittedAt" TIMESTAMP(3),
    "statusChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VolunteerApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationAreaChoice" (
    "applicationId" UUID NOT NULL,
    "rank" INTEGER NOT NULL,
    "areaId" UUID NOT NULL,

    CONSTRAINT "ApplicationAreaChoice_pkey" PRIMARY KEY ("applicationId","rank")
);

-- CreateTable
CREATE TABLE "ApplicationEvent" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "fromStatus" "ApplicationStatus",
    "toStatus" "ApplicationStatus" NOT NULL,
    "actorId" UUID,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScreeningNote" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "authorId" UUID,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScreeningNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterviewSlot" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "location" TEXT,
    "onlineUrl" TEXT,
    "capacity" INTEGER NOT NULL,
    "bookedCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InterviewSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterviewSlotInterviewer" (
    "slotId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "InterviewSlotInterviewer_pkey" PRIMARY KEY ("slotId","userId")
);

-- CreateTable
CREATE TABLE "InterviewBooking" (
    "id" UUID NOT NULL,
    "slotId" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "bookedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" TIMESTAMP(3),
    "attended" BOOLEAN,
    "outcome" "InterviewOutcome",
    "outcomeNote" TEXT,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "InterviewBooking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterviewScore" (
    "bookingId" UUID NOT NULL,
    "criterionId" UUID NOT NULL,
    "score" INTEGER NOT NULL,

    CONSTRAINT "InterviewScore_pkey" PRIMARY KEY ("bookingId","criterionId")
);

-- CreateTable
CREATE TABLE "Qualification" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "nameTr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "validityMonths" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Qualification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserQualification" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "qualificationId" UUID NOT NULL,
    "courseId" UUID,
    "grantedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UserQualification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingCourse" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "titleTr" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "completionRule" "CompletionRule" NOT NULL DEFAULT 'ALL_SESSIONS',
    "minSessions" INTEGER,
    "qualificationId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingCourse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingSession" (
    "id" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT NOT NULL,
    "trainer" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    "makeUpForId" UUID,

    CONSTRAINT "TrainingSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingEnrolment" (
    "id" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "enrolledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "TrainingEnrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionAttendance" (
    "sessionId" UUID NOT NULL,
    "enrolmentId" UUID NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "recordedById" UUID,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionAttendance_pkey" PRIMARY KEY ("sessionId","enrolmentId")
);

-- CreateTable
CREATE TABLE "VolunteerAreaAssignment" (
    "userId" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "since" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VolunteerAreaAssignment_pkey" PRIMARY KEY ("userId","areaId")
);

-- CreateIndex
CREATE UNIQUE INDEX "VolunteerArea_slug_key" ON "VolunteerArea"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "RecruitmentRound_slug_key" ON "RecruitmentRound"("slug");

-- CreateIndex
CREATE INDEX "RecruitmentRound_status_opensAt_idx" ON "RecruitmentRound"("status", "opensAt");

-- CreateIndex
CREATE UNIQUE INDEX "InterviewCriterion_roundId_position_key" ON "InterviewCriterion"("roundId", "position");

-- CreateIndex
CREATE INDEX "VolunteerApplication_roundId_status_id_idx" ON "VolunteerApplication"("roundId", "status", "id");

-- CreateIndex
CREATE INDEX "VolunteerApplication_applicantId_idx" ON "VolunteerApplication"("applicantId");

-- CreateIndex
CREATE UNIQUE INDEX "VolunteerApplication_roundId_applicantId_key" ON "VolunteerApplication"("roundId", "applicantId");

-- CreateIndex
CREATE INDEX "ApplicationAreaChoice_areaId_idx" ON "ApplicationAreaChoice"("areaId");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationAreaChoice_applicationId_areaId_key" ON "ApplicationAreaChoice"("applicationId", "areaId");

-- CreateIndex
CREATE INDEX "ApplicationEvent_applicationId_createdAt_idx" ON "ApplicationEvent"("applicationId", "createdAt");

-- CreateIndex
CREATE INDEX "ScreeningNote_applicationId_idx" ON "ScreeningNote"("applicationId");

-- CreateIndex
CREATE INDEX "InterviewSlot_roundId_startsAt_idx" ON "InterviewSlot"("roundId", "startsAt");

-- CreateIndex
CREATE INDEX "InterviewSlotInterviewer_userId_idx" ON "InterviewSlotInterviewer"("userId");

-- CreateIndex
CREATE INDEX "InterviewBooking_slotId_idx" ON "InterviewBooking"("slotId");

-- CreateIndex
CREATE INDEX "InterviewBooking_applicationId_idx" ON "InterviewBooking"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Qualification_slug_key" ON "Qualification"("slug");

-- CreateIndex
CREATE INDEX "UserQualification_userId_qualificationId_idx" ON "UserQualification"("userId", "qualificationId");

-- CreateIndex
CREATE INDEX "TrainingSession_courseId_startsAt_idx" ON "TrainingSession"("courseId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingEnrolment_courseId_applicationId_key" ON "TrainingEnrolment"("courseId", "applicationId");

-- AddForeignKey
ALTER TABLE "RoundArea" ADD CONSTRAINT "RoundArea_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "RecruitmentRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundArea" ADD CONSTRAINT "RoundArea_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "VolunteerArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewCriterion" ADD CONSTRAINT "InterviewCriterion_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "RecruitmentRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundQualification" ADD CONSTRAINT "RoundQualification_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "RecruitmentRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundQualification" ADD CONSTRAINT "RoundQualification_qualificationId_fkey" FOREIGN KEY ("qualificationId") REFERENCES "Qualification"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerApplication" ADD CONSTRAINT "VolunteerApplication_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "RecruitmentRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerApplication" ADD CONSTRAINT "VolunteerApplication_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerApplication" ADD CONSTRAINT "VolunteerApplication_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationAreaChoice" ADD CONSTRAINT "ApplicationAreaChoice_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "VolunteerApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationAreaChoice" ADD CONSTRAINT "ApplicationAreaChoice_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "VolunteerArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationEvent" ADD CONSTRAINT "ApplicationEvent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "VolunteerApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationEvent" ADD CONSTRAINT "ApplicationEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScreeningNote" ADD CONSTRAINT "ScreeningNote_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "VolunteerApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScreeningNote" ADD CONSTRAINT "ScreeningNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewSlot" ADD CONSTRAINT "InterviewSlot_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "RecruitmentRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewSlotInterviewer" ADD CONSTRAINT "InterviewSlotInterviewer_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "InterviewSlot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewSlotInterviewer" ADD CONSTRAINT "InterviewSlotInterviewer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewBooking" ADD CONSTRAINT "InterviewBooking_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "InterviewSlot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewBooking" ADD CONSTRAINT "InterviewBooking_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "VolunteerApplication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewScore" ADD CONSTRAINT "InterviewScore_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "InterviewBooking"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewScore" ADD CONSTRAINT "InterviewScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "InterviewCriterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserQualification" ADD CONSTRAINT "UserQualification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserQualification" ADD CONSTRAINT "UserQualification_qualificationId_fkey" FOREIGN KEY ("qualificationId") REFERENCES "Qualification"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingCourse" ADD CONSTRAINT "TrainingCourse_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "RecruitmentRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingCourse" ADD CONSTRAINT "TrainingCourse_qualificationId_fkey" FOREIGN KEY ("qualificationId") REFERENCES "Qualification"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "TrainingCourse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_makeUpForId_fkey" FOREIGN KEY ("makeUpForId") REFERENCES "TrainingSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingEnrolment" ADD CONSTRAINT "TrainingEnrolment_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "TrainingCourse"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingEnrolment" ADD CONSTRAINT "TrainingEnrolment_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "VolunteerApplication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionAttendance" ADD CONSTRAINT "SessionAttendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionAttendance" ADD CONSTRAINT "SessionAttendance_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "TrainingEnrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerAreaAssignment" ADD CONSTRAINT "VolunteerAreaAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerAreaAssignment" ADD CONSTRAINT "VolunteerAreaAssignment_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "VolunteerArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
