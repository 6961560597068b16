// Separation-of-duties rows of volunteer-applications: its staff mutations about a person (with a case that names the
// caller's own record) and about nobody (with the reason). Collected by separation-of-duties.test.ts.
import { prisma } from '@katilim/server/db/prisma';
import { createApplication, createRound } from '../../support/applications-scenarios.ts';
import type { DutiesTable } from './table.ts';

export const duties: DutiesTable = {
  aboutAPerson: {
    moveApplicationsToScreening: {
      inputType: 'BulkApplicationsInput',
      input: async (applicant) => ({ applicationIds: [(await createApplication(await createRound(), { applicant })).globalId] }),
    },
    inviteApplicationsToInterview: {
      inputType: 'BulkApplicationsInput',
      input: async (applicant) => ({
        applicationIds: [(await createApplication(await createRound(), { applicant, status: 'SCREENING' })).globalId],
      }),
    },
    rejectApplications: {
      inputType: 'RejectApplicationsInput',
      input: async (applicant) => ({
        applicationIds: [(await createApplication(await createRound(), { applicant })).globalId],
        message: 'Bu dönem için başka adaylarla ilerliyoruz.',
      }),
    },
    addScreeningNote: {
      inputType: 'AddScreeningNoteInput',
      input: async (applicant) => ({ applicationId: (await createApplication(await createRound(), { applicant })).globalId, body: 'Güçlü aday.' }),
    },
    updateScreeningChecklist: {
      inputType: 'UpdateScreeningChecklistInput',
      input: async (applicant) => ({ applicationId: (await createApplication(await createRound(), { applicant })).globalId, ageVerified: true }),
    },
  },
  aboutNobody: {
    createRecruitmentRound: 'a call for volunteers',
    updateRecruitmentRound: 'a call for volunteers',
    setRecruitmentRoundStatus: 'a call for volunteers',
    createVolunteerArea: 'a field of work',
  },
  counts: async () => ({
    applications: await prisma.volunteerApplication.count(),
    events: await prisma.applicationEvent.count(),
    notes: await prisma.screeningNote.count(),
    statuses: await prisma.volunteerApplication.groupBy({ by: ['status'], _count: true, orderBy: { status: 'asc' } }),
    checklists: await prisma.volunteerApplication.count({ where: { screeningChecklist: { not: {} } } }),
  }),
};
