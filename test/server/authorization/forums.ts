// Authorization rows of the forums module: the public list, a person's own registrations and
// applications, the session's runners (coordinators and its assigned facilitators) and the
// coordinators' work (events, sessions, questions, quotas, the selection, the report).
import { prisma } from '@katilim/server/db/prisma';
import {
  createForumApplication,
  createForumQuestions,
  createForumRegistration,
  createForumSession,
  focusGroupWithApplicants,
  openToAll,
  selectedFocusGroup,
} from '../../support/forums-scenarios.ts';
import { mutation } from '../../support/mutation-document.ts';
import { createPerson } from '../../support/scenarios.ts';
import { EVERYONE, globalId, LOGGED_IN, STAFF, type Fixture, type Operations } from './table.ts';

const RUNNERS = ['FACILITATOR', 'COORDINATOR'] as const;

/** A session whose facilitator is the caller when she holds the role (so only the assignment decides for facilitators). */
async function runSession(fixture: Fixture, kind: 'OPEN' | 'FOCUS_GROUP' = 'OPEN') {
  const session = await createForumSession({ event: await openToAll(), kind });
  if (fixture.self) {
    const isFacilitator = await prisma.roleGrant.count({ where: { userId: fixture.self.id, role: 'FACILITATOR' } });
    if (isFacilitator) await prisma.forumFacilitator.create({ data: { sessionId: session.id, userId: fixture.self.id } });
  }
  return session;
}

const SOON = new Date(Date.now() + 7 * 86_400_000);
const sessionInput = (extra: Record<string, unknown>) => ({
  title: 'Açık forum',
  startsAt: SOON.toISOString(),
  endsAt: new Date(SOON.getTime() + 7_200_000).toISOString(),
  placeName: 'Kültürpark',
  opensAt: new Date(Date.now() - 3_600_000).toISOString(),
  closesAt: new Date(SOON.getTime() - 86_400_000).toISOString(),
  ...extra,
});
const eventInput = { titleTr: 'Gençlik Forumu', titleEn: 'Youth Forum', minAge: 18, maxAge: 30, gender: 'WOMAN' };

export const operations: Operations = {
  'Query.forumEvents': { document: `{ forumEvents(first: 5) { totalCount edges { node { id title sessions { id } } } } }`, allowed: EVERYONE },
  'Query.myForumRegistrations': { document: `{ myForumRegistrations { id status session { id } } }`, allowed: LOGGED_IN },
  'Query.myForumApplications': { document: `{ myForumApplications { id status answers { questionKey value } } }`, allowed: LOGGED_IN },
  'Query.forumSessionRegistrations': {
    document: `query($s: ID!) { forumSessionRegistrations(sessionId: $s, first: 5) { totalCount edges { node { id participantName accessibilityNeeds } } } }`,
    variables: async (fixture) => {
      const session = await runSession(fixture);
      await createForumRegistration(session, fixture.other.id);
      return { s: session.globalId };
    },
    allowed: RUNNERS,
  },
  'Query.forumSessionApplications': {
    document: `query($s: ID!) { forumSessionApplications(sessionId: $s, first: 5) { totalCount edges { node { id answers { questionKey value } } } } }`,
    variables: async (fixture) => {
      const session = await runSession(fixture, 'FOCUS_GROUP');
      await createForumQuestions(session.event);
      await createForumApplication(session, fixture.other.id, { district: 'north', age: '18-24' });
      return { s: session.globalId };
    },
    allowed: STAFF,
  },
  'Query.forumSelectionPreview': {
    document: `query($s: ID!) { forumSelectionPreview(sessionId: $s) { __typename ... on QueryForumSelectionPreviewSuccess { data { feasible probabilities { applicationId probability } conflicts } } } }`,
    variables: async (fixture) => {
      const session = await runSession(fixture, 'FOCUS_GROUP');
      await createForumQuestions(session.event);
      await createForumApplication(session, fixture.other.id, { district: 'north', age: '18-24' });
      return { s: session.globalId };
    },
    allowed: STAFF,
  },
  'Query.forumEventReport': {
    document: `query($e: ID!) { forumEventReport(eventId: $e) { __typename ... on QueryForumEventReportSuccess { data { title districts { name participants } } } } }`,
    variables: async (fixture) => {
      const session = await runSession(fixture);
      await createForumRegistration(session, fixture.other.id);
      return { e: session.event.globalId };
    },
    allowed: STAFF,
  },
  'Mutation.createForumEvent': { document: mutation('createForumEvent', 'CreateForumEventInput'), variables: () => ({ input: eventInput }), allowed: STAFF },
  'Mutation.updateForumEvent': {
    document: mutation('updateForumEvent', 'UpdateForumEventInput'),
    variables: async () => ({ input: { id: (await openToAll()).globalId, ...eventInput } }),
    allowed: STAFF,
  },
  'Mutation.setForumEventStatus': {
    document: mutation('setForumEventStatus', 'SetForumEventStatusInput'),
    variables: async () => ({ input: { id: (await openToAll()).globalId, status: 'CLOSED' } }),
    allowed: STAFF,
  },
  'Mutation.createForumSession': {
    document: mutation('createForumSession', 'CreateForumSessionInput'),
    variables: async () => ({ input: { eventId: (await openToAll()).globalId, kind: 'OPEN', ...sessionInput({ capacity: 30 }) } }),
    allowed: STAFF,
  },
  'Mutation.updateForumSession': {
    document: mutation('updateForumSession', 'UpdateForumSessionInput'),
    variables: async () => ({ input: { id: (await createForumSession({ event: await openToAll() })).globalId, ...sessionInput({ capacity: 40 }) } }),
    allowed: STAFF,
  },
  'Mutation.setForumSessionFacilitators': {
    document: mutation('setForumSessionFacilitators', 'SetForumSessionFacilitatorsInput'),
    variables: async () => {
      const facilitator = await createPerson({ roles: ['FACILITATOR'] });
      return { input: { sessionId: (await createForumSession({ event: await openToAll() })).globalId, userIds: [globalId('User', facilitator.id)] } };
    },
    allowed: STAFF,
  },
  'Mutation.setForumProfileQuestions': {
    document: mutation('setForumProfileQuestions', 'SetForumProfileQuestionsInput'),
    variables: async () => ({
      input: {
        eventId: (await openToAll()).globalId,
        questions: [{ key: 'district', labelTr: 'İlçe grubu', labelEn: 'District group', options: [{ value: 'north', labelTr: 'Kuzey', labelEn: 'North' }, { value: 'south', labelTr: 'Güney', labelEn: 'South' }] }],
      },
    }),
    allowed: STAFF,
  },
  'Mutation.registerForForumSession': {
    document: mutation('registerForForumSession', 'RegisterForForumSessionInput'),
    variables: async () => ({ input: { sessionId: (await createForumSession({ event: await openToAll() })).globalId } }),
    allowed: LOGGED_IN,
  },
  'Mutation.cancelForumRegistration': {
    document: mutation('cancelForumRegistration', 'CancelForumRegistrationInput'),
    variables: async (fixture) => ({ input: { id: (await createForumRegistration(await createForumSession({ event: await openToAll() }), (fixture.self ?? fixture.other).id)).globalId } }),
    allowed: LOGGED_IN,
  },
  'Mutation.applyToForumFocusGroup': {
    document: mutation('applyToForumFocusGroup', 'ApplyToForumFocusGroupInput'),
    variables: async () => {
      const session = await createForumSession({ event: await openToAll(), kind: 'FOCUS_GROUP' });
      await createForumQuestions(session.event);
      return { input: { sessionId: session.globalId, answers: [{ questionKey: 'district', value: 'north' }, { questionKey: 'age', value: '25-30' }] } };
    },
    allowed: LOGGED_IN,
  },
  'Mutation.withdrawForumApplication': {
    document: mutation('withdrawForumApplication', 'WithdrawForumApplicationInput'),
    variables: async (fixture) => {
      const session = await createForumSession({ event: await openToAll(), kind: 'FOCUS_GROUP' });
      await createForumQuestions(session.event);
      return { input: { id: (await createForumApplication(session, (fixture.self ?? fixture.other).id, { district: 'south', age: '18-24' })).globalId } };
    },
    allowed: LOGGED_IN,
  },
  'Mutation.setForumQuotas': {
    document: mutation('setForumQuotas', 'SetForumQuotasInput'),
    variables: async () => {
      const session = await createForumSession({ event: await openToAll(), kind: 'FOCUS_GROUP' });
      await createForumQuestions(session.event);
      return { input: { sessionId: session.globalId, panelSize: 4, quotas: [{ questionKey: 'district', value: 'north', min: 1, max: 3 }] } };
    },
    allowed: STAFF,
  },
  'Mutation.commitForumSelection': {
    document: mutation('commitForumSelection', 'ForumSelectionSessionInput'),
    variables: async () => {
      const { session } = await focusGroupWithApplicants(3, { event: await openToAll(), panelSize: 2 });
      return { input: { sessionId: session.globalId } };
    },
    allowed: STAFF,
  },
  'Mutation.drawForumSelection': {
    document: mutation('drawForumSelection', 'DrawForumSelectionInput'),
    variables: async () => ({ input: { sessionId: (await selectedFocusGroup(3, 2, false)).session.globalId, publicValue: 'drand round 4242' } }),
    allowed: STAFF,
  },
  'Mutation.replaceForumParticipant': {
    document: mutation('replaceForumParticipant', 'ReplaceForumParticipantInput'),
    variables: async () => {
      const { session } = await selectedFocusGroup(4, 2, true);
      const selected = await prisma.forumApplication.findFirstOrThrow({ where: { sessionId: session.id, status: 'SELECTED' } });
      return { input: { applicationId: globalId('ForumApplication', selected.id) } };
    },
    allowed: STAFF,
  },
  'Mutation.recordForumAttendance': {
    document: mutation('recordForumAttendance', 'RecordForumAttendanceInput'),
    variables: async (fixture) => {
      const session = await runSession(fixture);
      const registration = await createForumRegistration(session, fixture.other.id);
      return { input: { sessionId: session.globalId, registrationId: registration.globalId, attended: true } };
    },
    allowed: RUNNERS,
  },
  'Mutation.addForumFinding': {
    document: mutation('addForumFinding', 'AddForumFindingInput'),
    variables: async (fixture) => ({ input: { sessionId: (await runSession(fixture)).globalId, kind: 'RECOMMENDATION', theme: 'ulaşım', body: 'Gece otobüsleri artırılsın.' } }),
    allowed: RUNNERS,
  },
  'Query.myFacilitatedForumSessions': { document: `{ myFacilitatedForumSessions { id title selectedApplications { id participantName } confirmedRegistrations { id accessibilityNeeds } } }`, allowed: LOGGED_IN },
  'Mutation.commentOnForumSummary': {
    document: mutation('commentOnForumSummary', 'CommentOnForumSummaryInput'),
    variables: async (fixture) => {
      const session = await createForumSession({ event: await openToAll() });
      if (fixture.self) await createForumRegistration(session, fixture.self.id);
      return { input: { sessionId: session.globalId, body: 'Çok verimliydi.', consent: true } };
    },
    allowed: LOGGED_IN,
  },
  'Mutation.deleteForumComment': {
    document: mutation('deleteForumComment', 'DeleteForumCommentInput'),
    variables: async (fixture) => {
      const session = await createForumSession({ event: await openToAll() });
      const author = fixture.self ?? fixture.other;
      const comment = await prisma.forumComment.create({ data: { sessionId: session.id, userId: author.id, body: 'Teşekkürler.', consentAt: new Date() } });
      return { input: { commentId: globalId('ForumComment', comment.id) } };
    },
    allowed: LOGGED_IN,
  },
};
