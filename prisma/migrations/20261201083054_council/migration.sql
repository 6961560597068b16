-- CreateEnum
CREATE TYPE "CouncilMemberStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'LEFT');

-- CreateEnum
CREATE TYPE "CouncilLeaveReason" AS ENUM ('AGED_OUT', 'GUARDIAN_WITHDREW', 'REMOVED');

-- CreateEnum
CREATE TYPE "CouncilPosition" AS ENUM ('CHAIR', 'DEPUTY_CHAIR', 'SECRETARY');

-- CreateEnum
CREATE TYPE "CouncilConsentMethod" AS ENUM ('PAPER', 'IN_APP');

-- CreateEnum
CREATE TYPE "CouncilMeetingKind" AS ENUM ('COMMITTEE', 'GENERAL_ASSEMBLY');

-- CreateEnum
CREATE TYPE "CouncilMeetingStatus" AS ENUM ('SCHEDULED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "CouncilAttendanceStatus" AS ENUM ('PRESENT', 'EXCUSED', 'ABSENT');

-- CreateEnum
CREATE TYPE "CouncilProposalStatus" AS ENUM ('DRAFT', 'ADOPTED', 'REJECTED', 'SUBMITTED', 'RECEIVED', 'UNDER_REVIEW', 'ACCEPTED', 'IMPLEMENTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "CouncilVoteChoice" AS ENUM ('FOR', 'AGAINST', 'ABSTAIN');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ConsentPurpose" ADD VALUE 'COUNCIL_PARTICIPATION';
ALTER TYPE "ConsentPurpose" ADD VALUE 'COUNCIL_MEDIA';
ALTER TYPE "ConsentPurpose" ADD VALUE 'COUNCIL_TRIPS';
ALTER TYPE "ConsentPurpose" ADD VALUE 'COUNCIL_CHILD_CONTACT';

-- CreateTable
CREATE TABLE "CouncilTerm" (
    "id" UUID NOT NULL,
    "programmeId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "minAge" INTEGER NOT NULL DEFAULT 10,
    "maxAge" INTEGER NOT NULL DEFAULT 17,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CouncilTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilCommittee" (
    "id" UUID NOT NULL,
    "termId" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "nameTr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "descriptionTr" TEXT NOT NULL DEFAULT '',
    "descriptionEn" TEXT NOT NULL DEFAULT '',
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CouncilCommittee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilFacilitator" (
    "committeeId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "assignedById" UUID,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CouncilFacilitator_pkey" PRIMARY KEY ("committeeId","userId")
);

-- CreateTable
CREATE TABLE "CouncilGuardian" (
    "id" UUID NOT NULL,
    "userId" UUID,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "relationship" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT NOT NULL,
    "locale" "Locale" NOT NULL DEFAULT 'tr',
    "erasedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CouncilGuardian_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilMember" (
    "id" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "guardianId" UUID NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "gender" "Gender",
    "school" TEXT NOT NULL,
    "districtId" INTEGER NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "status" "CouncilMemberStatus" NOT NULL DEFAULT 'SUSPENDED',
    "position" "CouncilPosition",
    "joinedOn" DATE NOT NULL,
    "leftAt" TIMESTAMP(3),
    "leftReason" "CouncilLeaveReason",
    "nameSearchText" TEXT NOT NULL DEFAULT '',
    "recordedById" UUID,
    "erasedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CouncilMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilConsent" (
    "id" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "purpose" "ConsentPurpose" NOT NULL,
    "consentTextId" UUID NOT NULL,
    "method" "CouncilConsentMethod" NOT NULL,
    "givenOn" DATE NOT NULL,
    "scan" BYTEA,
    "scanMimeType" TEXT,
    "scanSha256" TEXT,
    "recordedById" UUID,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CouncilConsent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilElection" (
    "id" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "position" "CouncilPosition" NOT NULL,
    "electedId" UUID NOT NULL,
    "meetingId" UUID,
    "votesFor" INTEGER NOT NULL,
    "votesCast" INTEGER NOT NULL,
    "heldOn" DATE NOT NULL,
    "recordedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CouncilElection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilMeeting" (
    "id" UUID NOT NULL,
    "termId" UUID NOT NULL,
    "committeeId" UUID,
    "kind" "CouncilMeetingKind" NOT NULL,
    "seriesId" UUID,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "placeName" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "status" "CouncilMeetingStatus" NOT NULL DEFAULT 'SCHEDULED',
    "minutes" TEXT NOT NULL DEFAULT '',
    "minutesAt" TIMESTAMP(3),
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CouncilMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilAgendaItem" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "committeeId" UUID,
    "report" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "CouncilAgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilAttendance" (
    "meetingId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "status" "CouncilAttendanceStatus" NOT NULL,
    "recordedById" UUID,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CouncilAttendance_pkey" PRIMARY KEY ("meetingId","memberId")
);

-- CreateTable
CREATE TABLE "CouncilDecision" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "CouncilDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilProposal" (
    "id" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "problem" TEXT NOT NULL,
    "suggestion" TEXT NOT NULL,
    "districtId" INTEGER,
    "status" "CouncilProposalStatus" NOT NULL DEFAULT 'DRAFT',
    "votedMeetingId" UUID,
    "votedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "answer" TEXT NOT NULL DEFAULT '',
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CouncilProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilProposalVote" (
    "proposalId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "choice" "CouncilVoteChoice" NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CouncilProposalVote_pkey" PRIMARY KEY ("proposalId","memberId")
);

-- CreateTable
CREATE TABLE "CouncilProposalResponse" (
    "id" UUID NOT NULL,
    "proposalId" UUID NOT NULL,
    "status" "CouncilProposalStatus" NOT NULL,
    "answer" TEXT NOT NULL DEFAULT '',
    "respondedOn" DATE NOT NULL,
    "recordedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CouncilProposalResponse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CouncilTerm_name_key" ON "CouncilTerm"("name");

-- CreateIndex
CREATE INDEX "CouncilTerm_programmeId_startsOn_idx" ON "CouncilTerm"("programmeId", "startsOn");

-- CreateIndex
CREATE UNIQUE INDEX "CouncilCommittee_termId_slug_key" ON "CouncilCommittee"("termId", "slug");

-- CreateIndex
CREATE INDEX "CouncilFacilitator_userId_idx" ON "CouncilFacilitator"("userId");

-- CreateIndex
CREATE INDEX "CouncilGuardian_userId_idx" ON "CouncilGuardian"("userId");

-- CreateIndex
CREATE INDEX "CouncilMember_committeeId_status_idx" ON "CouncilMember"("committeeId", "status");

-- CreateIndex
CREATE INDEX "CouncilMember_guardianId_idx" ON "CouncilMember"("guardianId");

-- CreateIndex
CREATE INDEX "CouncilMember_status_birthDate_idx" ON "CouncilMember"("status", "birthDate");

-- CreateIndex
CREATE INDEX "CouncilConsent_memberId_purpose_idx" ON "CouncilConsent"("memberId", "purpose");

-- CreateIndex
CREATE INDEX "CouncilElection_committeeId_position_heldOn_idx" ON "CouncilElection"("committeeId", "position", "heldOn");

-- CreateIndex
CREATE INDEX "CouncilMeeting_committeeId_startsAt_idx" ON "CouncilMeeting"("committeeId", "startsAt");

-- CreateIndex
CREATE INDEX "CouncilMeeting_termId_startsAt_idx" ON "CouncilMeeting"("termId", "startsAt");

-- CreateIndex
CREATE INDEX "CouncilMeeting_seriesId_idx" ON "CouncilMeeting"("seriesId");

-- CreateIndex
CREATE INDEX "CouncilAgendaItem_meetingId_position_idx" ON "CouncilAgendaItem"("meetingId", "position");

-- CreateIndex
CREATE INDEX "CouncilAttendance_memberId_idx" ON "CouncilAttendance"("memberId");

-- CreateIndex
CREATE INDEX "CouncilDecision_meetingId_position_idx" ON "CouncilDecision"("meetingId", "position");

-- CreateIndex
CREATE INDEX "CouncilProposal_committeeId_status_idx" ON "CouncilProposal"("committeeId", "status");

-- CreateIndex
CREATE INDEX "CouncilProposal_status_submittedAt_idx" ON "CouncilProposal"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "CouncilProposalResponse_proposalId_respondedOn_idx" ON "CouncilProposalResponse"("proposalId", "respondedOn");

-- AddForeignKey
ALTER TABLE "CouncilTerm" ADD CONSTRAINT "CouncilTerm_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilCommittee" ADD CONSTRAINT "CouncilCommittee_termId_fkey" FOREIGN KEY ("termId") REFERENCES "CouncilTerm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilFacilitator" ADD CONSTRAINT "CouncilFacilitator_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "CouncilCommittee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilFacilitator" ADD CONSTRAINT "CouncilFacilitator_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilGuardian" ADD CONSTRAINT "CouncilGuardian_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilMember" ADD CONSTRAINT "CouncilMember_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "CouncilCommittee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilMember" ADD CONSTRAINT "CouncilMember_guardianId_fkey" FOREIGN KEY ("guardianId") REFERENCES "CouncilGuardian"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilMember" ADD CONSTRAINT "CouncilMember_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilConsent" ADD CONSTRAINT "CouncilConsent_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "CouncilMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilConsent" ADD CONSTRAINT "CouncilConsent_consentTextId_fkey" FOREIGN KEY ("consentTextId") REFERENCES "ConsentText"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilConsent" ADD CONSTRAINT "CouncilConsent_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilElection" ADD CONSTRAINT "CouncilElection_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "CouncilCommittee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilElection" ADD CONSTRAINT "CouncilElection_electedId_fkey" FOREIGN KEY ("electedId") REFERENCES "CouncilMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilElection" ADD CONSTRAINT "CouncilElection_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "CouncilMeeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilMeeting" ADD CONSTRAINT "CouncilMeeting_termId_fkey" FOREIGN KEY ("termId") REFERENCES "CouncilTerm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilMeeting" ADD CONSTRAINT "CouncilMeeting_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "CouncilCommittee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilAgendaItem" ADD CONSTRAINT "CouncilAgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "CouncilMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilAgendaItem" ADD CONSTRAINT "CouncilAgendaItem_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "CouncilCommittee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilAttendance" ADD CONSTRAINT "CouncilAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "CouncilMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilAttendance" ADD CONSTRAINT "CouncilAttendance_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "CouncilMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilDecision" ADD CONSTRAINT "CouncilDecision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "CouncilMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilProposal" ADD CONSTRAINT "CouncilProposal_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "CouncilCommittee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilProposal" ADD CONSTRAINT "CouncilProposal_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilProposal" ADD CONSTRAINT "CouncilProposal_votedMeetingId_fkey" FOREIGN KEY ("votedMeetingId") REFERENCES "CouncilMeeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilProposalVote" ADD CONSTRAINT "CouncilProposalVote_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "CouncilProposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilProposalVote" ADD CONSTRAINT "CouncilProposalVote_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "CouncilMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilProposalVote" ADD CONSTRAINT "CouncilProposalVote_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "CouncilMeeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilProposalResponse" ADD CONSTRAINT "CouncilProposalResponse_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "CouncilProposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;
