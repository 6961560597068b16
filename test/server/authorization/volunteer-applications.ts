// Authorization rows of recruitment rounds, areas, applications, the review board (module volunteer-applications): who may call each of its root operations.
// Collected by test/server/authorization.test.ts, which fails on an operation no table names.
import { prisma } from '@katilim/server/db/prisma';
import { areaGlobalId, createApplication, createRound, submission } from '../../support/applications-scenarios.ts';
import { mutation } from '../../support/mutation-document.ts';
import { EVERYONE, LOGGED_IN, STAFF, type Operations } from './table.ts';

/** A valid round input copying a round made by the scenario builder (volunteer-applications). */
function roundInput(round: Awaited<ReturnType<typeof createRound>>) {
  return {
    titleTr: round.titleTr,
    titleEn: round.titleEn,
    descriptionTr: round.descriptionTr,
    descriptionEn: round.descriptionEn,
    trainingInfoTr: round.trainingInfoTr,
    trainingInfoEn: round.trainingInfoEn,
    opensAt: round.opensAt.toISOString(),
    closesAt: round.closesAt.toISOString(),
    seatsSought: round.seatsSought,
    areaIds: round.areas.map(areaGlobalId),
  };
}

export const operations: Operations = {
  'Query.recruitmentRounds': {
    document: `{ recruitmentRounds(first: 5) { edges { node { id title status isOpenForApplications areas { name } } } } }`,
    allowed: EVERYONE,
  },
  'Query.recruitmentRound': {
    document: `query($slug: String!) { recruitmentRound(slug: $slug) { id title areas { name } myApplication { id } } }`,
    variables: async () => ({ slug: (await createRound()).slug }),
    allowed: EVERYONE,
  },
  'Query.volunteerAreas': { document: `{ volunteerAreas { id name requiresLanguages } }`, allowed: EVERYONE },
  'Query.myApplications': {
    document: `{ myApplications { id status nextStep events { from to at } round { title } } }`,
    variables: async ({ self }) => {
      if (self) await createApplication(await createRound(), { applicant: self });
      return {};
    },
    allowed: LOGGED_IN,
  },
  'Query.roundApplications': {
    document: `query($roundId: ID!) { roundApplications(roundId: $roundId, first: 5) { totalCount edges { node { id age applicant { fullName } } } } }`,
    variables: async ({ other }) => {
      const round = await createRound();
      await createApplication(round, { applicant: other });
      return { roundId: round.globalId };
    },
    allowed: STAFF,
  },
  'Query.roundApplicationCounts': {
    document: `query($roundId: ID!) { roundApplicationCounts(roundId: $roundId) { status count } }`,
    variables: async () => ({ roundId: (await createRound()).globalId }),
    allowed: STAFF,
  },
  'Mutation.createRecruitmentRound': {
    document: mutation('createRecruitmentRound', 'RecruitmentRoundInput'),
    variables: async () => {
      const round = await createRound();
      await prisma.recruitmentRound.delete({ where: { id: round.id } });
      return { input: roundInput(round) };
    },
    allowed: STAFF,
  },
  'Mutation.updateRecruitmentRound': {
    document: mutation('updateRecruitmentRound', 'UpdateRecruitmentRoundInput'),
    variables: async () => {
      const round = await createRound();
      return { input: { ...roundInput(round), roundId: round.globalId, titleTr: 'Yeni başlık' } };
    },
    allowed: STAFF,
  },
  'Mutation.setRecruitmentRoundStatus': {
    document: mutation('setRecruitmentRoundStatus', 'SetRecruitmentRoundStatusInput'),
    variables: async () => ({ input: { roundId: (await createRound({ status: 'DRAFT' })).globalId, status: 'OPEN' } }),
    allowed: STAFF,
  },
  'Mutation.createVolunteerArea': {
    document: mutation('createVolunteerArea', 'CreateVolunteerAreaInput'),
    variables: () => ({ input: { nameTr: `Alan ${Math.random()}`, nameEn: `Area ${Math.random()}` } }),
    allowed: STAFF,
  },
  'Mutation.saveApplicationDraft': {
    document: mutation('saveApplicationDraft', 'SaveApplicationDraftInput'),
    variables: async () => ({ input: { roundId: (await createRound()).globalId, motivation: 'Henüz yazıyorum' } }),
    allowed: LOGGED_IN,
  },
  'Mutation.submitApplication': {
    document: mutation('submitApplication', 'SubmitApplicationInput'),
    variables: async () => ({ input: submission(await createRound()) }),
    allowed: LOGGED_IN,
  },
  'Mutation.withdrawApplication': {
    document: mutation('withdrawApplication', 'WithdrawApplicationInput'),
    variables: async ({ self, other }) => ({
      input: { applicationId: (await createApplication(await createRound(), { applicant: self ?? other })).globalId },
    }),
    allowed: LOGGED_IN,
  },
  'Mutation.moveApplicationsToScreening': {
    document: mutation('moveApplicationsToScreening', 'BulkApplicationsInput', 'data { moved { id } }'),
    variables: async ({ other }) => ({
      input: { applicationIds: [(await createApplication(await createRound(), { applicant: other })).globalId] },
    }),
    allowed: STAFF,
  },
  'Mutation.inviteApplicationsToInterview': {
    document: mutation('inviteApplicationsToInterview', 'BulkApplicationsInput', 'data { moved { id } }'),
    variables: async ({ other }) => ({
      input: { applicationIds: [(await createApplication(await createRound(), { applicant: other, status: 'SCREENING' })).globalId] },
    }),
    allowed: STAFF,
  },
  'Mutation.rejectApplications': {
    document: mutation('rejectApplications', 'RejectApplicationsInput', 'data { moved { id } }'),
    variables: async ({ other }) => ({
      input: {
        applicationIds: [(await createApplication(await createRound(), { applicant: other })).globalId],
        message: 'Bu dönem için başka adaylarla ilerliyoruz.',
      },
    }),
    allowed: STAFF,
  },
  'Mutation.addScreeningNote': {
    document: mutation('addScreeningNote', 'AddScreeningNoteInput'),
    variables: async ({ other }) => ({
      input: { applicationId: (await createApplication(await createRound(), { applicant: other })).globalId, body: 'Motivasyonu güçlü.' },
    }),
    allowed: STAFF,
  },
  'Mutation.updateScreeningChecklist': {
    document: mutation('updateScreeningChecklist', 'UpdateScreeningChecklistInput'),
    variables: async ({ other }) => ({
      input: { applicationId: (await createApplication(await createRound(), { applicant: other })).globalId, ageVerified: true },
    }),
    allowed: STAFF,
  },
};
