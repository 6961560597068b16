// Who may call what. Every root Query and Mutation field of the real schema must appear in OPERATIONS
// with the callers it admits; a new operation without a row fails the first test, so none can skip
// its authorization rule. Each (operation, caller) pair gets a fresh person and session.
import { randomUUID } from 'node:crypto';
import { prisma } from '@katilim/server/db/prisma';
import { newToken } from '@katilim/server/modules/accounts/secrets';
import { schema } from '@katilim/server/schema';
import { addDays, todayInIstanbul } from '@katilim/server/time';
import type { Role } from '@katilim/server/generated/prisma/enums';
import { Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient, type GraphQLResponse } from '../support/graphql-client.ts';
import { TEST_PASSWORD, clientFor, createPerson, registrationInput } from '../support/scenarios.ts';
import { areaGlobalId, createApplication, createRound, submission } from '../support/applications-scenarios.ts';
import { createCourse, createQualification, enrol } from '../support/trainings-scenarios.ts';
import { createBooking, createSlot } from '../support/interviews-scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const CALLERS = ['anonymous', 'no role', 'VOLUNTEER', 'FACILITATOR', 'COORDINATOR', 'ADMIN'] as const;
type Caller = (typeof CALLERS)[number];
const EVERYONE: readonly Caller[] = CALLERS;
const LOGGED_IN: readonly Caller[] = CALLERS.filter((caller) => caller !== 'anonymous');
const ADMIN_ONLY: readonly Caller[] = ['ADMIN'];

type Person = Awaited<ReturnType<typeof createPerson>>;
/** `self` is the caller (null when anonymous); `other` is someone else, a volunteer. */
type Fixture = { self: Person | null; other: Person };
type Operation = {
  document: string;
  /** Valid input, so that authorization and not validation decides. May create records. */
  variables?: (fixture: Fixture) => Record<string, unknown> | Promise<Record<string, unknown>>;
  allowed: readonly Caller[];
};

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

/** A mutation selecting its success data and any typed error, as the client does. */
function mutation(field: string, inputType: string | null, data = 'data { id }'): string {
  const success = `Mutation${field[0]!.toUpperCase()}${field.slice(1)}Success`;
  const [variables, args] = inputType ? [`($input: ${inputType}!)`, '(input: $input)'] : ['', ''];
  return `mutation${variables} { ${field}${args} { __typename ... on ${success} { ${data} } ... on Error { code } } }`;
}

async function tokenFor(userId: string, purpose: 'VERIFY_EMAIL' | 'RESET_PASSWORD') {
  const { token, tokenHash } = newToken();
  await prisma.userToken.create({ data: { userId, purpose, tokenHash, expiresAt: new Date(Date.now() + 3_600_000) } });
  return token;
}

/** Programme work (recruitment, interviews, trainings) needs the COORDINATOR role, not ADMIN. */
const STAFF: readonly Caller[] = ['COORDINATOR'];

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

const OPERATIONS: Record<string, Operation> = {
  'Query.auditEntries': {
    document: `{ auditEntries(first: 5) { edges { node { id action } } } }`,
    allowed: ADMIN_ONLY,
  },
  'Query.consentText': {
    document: `{ consentText(purpose: ACCOUNT_PROCESSING) { version body } }`,
    allowed: EVERYONE,
  },
  'Query.districts': { document: `{ districts { id name } }`, allowed: EVERYONE },
  'Query.me': { document: `{ me { id } }`, allowed: EVERYONE },
  // The root fields admit anyone; the type decides what a node shows. A logged-in caller reads
  // themselves; an anonymous one can read no user at all.
  'Query.node': {
    document: `query($id: ID!) { node(id: $id) { id } }`,
    variables: ({ self, other }) => ({ id: globalId('User', (self ?? other).id) }),
    allowed: LOGGED_IN,
  },
  'Query.nodes': {
    document: `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
    variables: ({ self, other }) => ({ ids: [globalId('User', (self ?? other).id)] }),
    allowed: LOGGED_IN,
  },
  'Query.outboxMessages': {
    document: `{ outboxMessages(first: 5) { totalCount edges { node { id toAddress subject } } } }`,
    allowed: ADMIN_ONLY,
  },
  'Query.programmes': { document: `{ programmes { id name } }`, allowed: EVERYONE },
  'Query.users': {
    document: `{ users(first: 5) { totalCount edges { node { id fullName } } } }`,
    allowed: ADMIN_ONLY,
  },
  'Mutation.eraseMyAccount': {
    document: mutation('eraseMyAccount', 'EraseMyAccountInput', 'data'),
    // Another administrator exists, so an ADMIN caller is not the last one.
    variables: async () => {
      await createPerson({ roles: ['ADMIN'] });
      return { input: { password: TEST_PASSWORD } };
    },
    allowed: LOGGED_IN,
  },
  'Mutation.eraseUser': {
    document: mutation('eraseUser', 'UserIdInput', 'data'),
    variables: ({ other }) => ({ input: { userId: globalId('User', other.id) } }),
    allowed: ADMIN_ONLY,
  },
  'Mutation.exportMyData': { document: mutation('exportMyData', null, 'data { generatedAt }'), allowed: LOGGED_IN },
  'Mutation.exportUserData': {
    document: mutation('exportUserData', 'UserIdInput', 'data { generatedAt }'),
    variables: ({ other }) => ({ input: { userId: globalId('User', other.id) } }),
    allowed: ADMIN_ONLY,
  },
  'Mutation.grantRole': {
    document: mutation('grantRole', 'RoleChangeInput'),
    variables: ({ other }) => ({ input: { userId: globalId('User', other.id), role: 'FACILITATOR' } }),
    allowed: ADMIN_ONLY,
  },
  'Mutation.logIn': {
    document: mutation('logIn', 'LogInInput'),
    variables: ({ other }) => ({ input: { email: other.email, password: TEST_PASSWORD } }),
    allowed: EVERYONE,
  },
  'Mutation.logOut': { document: mutation('logOut', null, 'data'), allowed: LOGGED_IN },
  'Mutation.register': {
    document: mutation('register', 'RegisterInput'),
    variables: () => ({ input: registrationInput() }),
    allowed: EVERYONE,
  },
  'Mutation.requestPasswordReset': {
    document: mutation('requestPasswordReset', 'EmailInput', 'data'),
    variables: ({ other }) => ({ input: { email: other.email } }),
    allowed: EVERYONE,
  },
  'Mutation.resendVerification': {
    document: mutation('resendVerification', 'EmailInput', 'data'),
    variables: async () => ({ input: { email: (await createPerson({ verified: false })).email } }),
    allowed: EVERYONE,
  },
  'Mutation.resetPassword': {
    document: mutation('resetPassword', 'ResetPasswordInput', 'data'),
    variables: async ({ other }) => ({ input: { token: await tokenFor(other.id, 'RESET_PASSWORD'), password: 'a-brand-new-password' } }),
    allowed: EVERYONE,
  },
  'Mutation.revokeRole': {
    document: mutation('revokeRole', 'RoleChangeInput'),
    variables: ({ other }) => ({ input: { userId: globalId('User', other.id), role: 'VOLUNTEER' } }),
    allowed: ADMIN_ONLY,
  },
  'Mutation.updateProfile': {
    document: mutation('updateProfile', 'UpdateProfileInput'),
    variables: () => ({ input: { firstName: 'Ilgaz', lastName: 'Öztürk', phone: '0532 765 43 21', districtId: 9, locale: 'tr' } }),
    allowed: LOGGED_IN,
  },
  'Mutation.verifyEmail': {
    document: mutation('verifyEmail', 'TokenInput'),
    variables: async () => ({ input: { token: await tokenFor((await createPerson({ verified: false })).id, 'VERIFY_EMAIL') } }),
    allowed: EVERYONE,
  },
  // ── volunteer-applications ──
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
  // ── end of volunteer-applications ──
  // ── trainings ──
  'Query.qualifications': { document: `{ qualifications { id name validityMonths } }`, allowed: ['COORDINATOR'] },
  'Query.trainingCourses': {
    document: `query($roundId: ID!) { trainingCourses(roundId: $roundId) { id sessions { id } enrolments { id progress { complete } } } }`,
    variables: async () => {
      const round = await createRound({ status: 'TRAINING' });
      await enrol(await createCourse(round), await createApplication(round, { status: 'IN_TRAINING' }));
      return { roundId: round.globalId };
    },
    allowed: ['COORDINATOR'],
  },
  'Mutation.createQualification': {
    document: mutation('createQualification', 'CreateQualificationInput'),
    variables: () => ({ input: { nameTr: `İlk Yardım ${randomUUID()}`, nameEn: `First Aid ${randomUUID()}`, validityMonths: 36 } }),
    allowed: ['COORDINATOR'],
  },
  'Mutation.setRoundRequiredQualifications': {
    document: mutation('setRoundRequiredQualifications', 'SetRoundRequiredQualificationsInput', 'data { id requiredQualifications { id } }'),
    variables: async () => ({
      input: { roundId: (await createRound({ status: 'DRAFT' })).globalId, qualificationIds: [(await createQualification()).globalId] },
    }),
    allowed: ['COORDINATOR'],
  },
  'Mutation.createTrainingCourse': {
    document: mutation('createTrainingCourse', 'CreateTrainingCourseInput'),
    variables: async () => ({
      input: {
        roundId: (await createRound({ status: 'INTERVIEWING' })).globalId,
        titleTr: 'Temel Eğitim',
        titleEn: 'Basic Training',
        completionRule: 'MIN_SESSIONS',
        minSessions: 2,
        qualificationId: (await createQualification()).globalId,
      },
    }),
    allowed: ['COORDINATOR'],
  },
  'Mutation.addTrainingSession': {
    document: mutation('addTrainingSession', 'AddTrainingSessionInput'),
    variables: async () => ({
      input: {
        courseId: (await createCourse(await createRound({ status: 'TRAINING' }), { sessions: 0 })).globalId,
        title: 'Şiddetin önlenmesi',
        startsAt: '2026-12-12T07:00:00.000Z',
        endsAt: '2026-12-12T10:00:00.000Z',
        place: 'Konak Kadın Danışma Merkezi',
        trainer: 'Dr. Selin Aras',
        capacity: 20,
      },
    }),
    allowed: ['COORDINATOR'],
  },
  'Mutation.enrolInTraining': {
    document: mutation('enrolInTraining', 'EnrolInTrainingInput', 'data { enrolled { id } skipped { reason } }'),
    variables: async () => {
      const round = await createRound({ status: 'TRAINING' });
      const course = await createCourse(round);
      return { input: { courseId: course.globalId, applicationIds: [(await createApplication(round, { status: 'ACCEPTED' })).globalId] } };
    },
    allowed: ['COORDINATOR'],
  },
  'Mutation.recordSessionAttendance': {
    document: mutation('recordSessionAttendance', 'RecordSessionAttendanceInput', 'data { id completedAt }'),
    variables: async () => {
      const round = await createRound({ status: 'TRAINING' });
      const course = await createCourse(round, { sessions: 1 });
      const enrolment = await enrol(course, await createApplication(round, { status: 'IN_TRAINING' }));
      return { input: { sessionId: course.sessions[0]!.globalId, entries: [{ enrolmentId: enrolment.globalId, status: 'ATTENDED' }] } };
    },
    allowed: ['COORDINATOR'],
  },
  'Mutation.activateVolunteer': {
    document: mutation('activateVolunteer', 'ActivateVolunteerInput', 'data { id status }'),
    variables: async () => {
      const round = await createRound({ status: 'TRAINING' });
      return { input: { applicationId: (await createApplication(round, { status: 'IN_TRAINING' })).globalId } };
    },
    allowed: ['COORDINATOR'],
  },
  // ── end of trainings ──
  // ── interviews ──
  'Query.interviewSlots': {
    document: `query($roundId: ID!, $from: Date!, $to: Date!) {
      interviewSlots(roundId: $roundId, from: $from, to: $to) { id startsAt placesLeft interviewers { fullName } bookings { id applicant { fullName } } }
    }`,
    variables: async ({ other }) => {
      const round = await createRound({ status: 'INTERVIEWING' });
      await createBooking(round, await createSlot(round, { inHours: 48, capacity: 2 }), { applicant: other });
      return { roundId: round.globalId, from: todayInIstanbul(), to: addDays(todayInIstanbul(), 7) };
    },
    allowed: ['COORDINATOR'],
  },
  'Query.availableInterviewSlots': {
    document: `query($applicationId: ID!) { availableInterviewSlots(applicationId: $applicationId) { id startsAt placesLeft } }`,
    variables: async ({ self, other }) => {
      const round = await createRound({ status: 'INTERVIEWING' });
      await createSlot(round, { inHours: 72 });
      return { applicationId: (await createApplication(round, { applicant: self ?? other, status: 'INTERVIEW_INVITED' })).globalId };
    },
    allowed: LOGGED_IN,
  },
  'Query.interviewers': { document: `{ interviewers { id fullName } }`, allowed: ['COORDINATOR'] },
  'Mutation.publishInterviewSlots': {
    document: mutation('publishInterviewSlots', 'PublishInterviewSlotsInput'),
    variables: async () => {
      const day = addDays(todayInIstanbul(), 10);
      return {
        input: {
          roundId: (await createRound({ status: 'INTERVIEWING' })).globalId,
          fromDate: day,
          toDate: day,
          weekdays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'],
          times: ['10:00'],
          durationMinutes: 45,
          interviewerIds: [globalId('User', (await createPerson({ roles: ['COORDINATOR'] })).id)],
          location: 'Konak',
          capacity: 1,
        },
      };
    },
    allowed: ['COORDINATOR'],
  },
  'Mutation.bookInterviewSlot': {
    document: mutation('bookInterviewSlot', 'BookInterviewSlotInput'),
    variables: async ({ self, other }) => {
      const round = await createRound({ status: 'INTERVIEWING' });
      const slot = await createSlot(round, { inHours: 72 });
      const application = await createApplication(round, { applicant: self ?? other, status: 'INTERVIEW_INVITED' });
      return { input: { applicationId: application.globalId, slotId: slot.globalId } };
    },
    allowed: LOGGED_IN,
  },
  'Mutation.rescheduleInterviewBooking': {
    document: mutation('rescheduleInterviewBooking', 'RescheduleInterviewBookingInput'),
    variables: async ({ self, other }) => {
      const round = await createRound({ status: 'INTERVIEWING' });
      const booking = await createBooking(round, await createSlot(round, { inHours: 72 }), { applicant: self ?? other });
      return { input: { bookingId: booking.globalId, slotId: (await createSlot(round, { inHours: 96 })).globalId } };
    },
    allowed: LOGGED_IN,
  },
  'Mutation.cancelInterviewBooking': {
    document: mutation('cancelInterviewBooking', 'CancelInterviewBookingInput'),
    variables: async ({ self, other }) => {
      const round = await createRound({ status: 'INTERVIEWING' });
      const booking = await createBooking(round, await createSlot(round, { inHours: 72 }), { applicant: self ?? other });
      return { input: { bookingId: booking.globalId } };
    },
    allowed: LOGGED_IN,
  },
  'Mutation.assignInterviewSlot': {
    document: mutation('assignInterviewSlot', 'AssignInterviewSlotInput'),
    variables: async ({ other }) => {
      const round = await createRound({ status: 'INTERVIEWING' });
      const application = await createApplication(round, { applicant: other, status: 'INTERVIEW_INVITED' });
      return { input: { applicationId: application.globalId, slotId: (await createSlot(round, { inHours: 72 })).globalId } };
    },
    allowed: ['COORDINATOR'],
  },
  'Mutation.recordInterviewOutcome': {
    document: mutation('recordInterviewOutcome', 'RecordInterviewOutcomeInput'),
    variables: async ({ other }) => {
      const round = await createRound({ status: 'INTERVIEWING' });
      const booking = await createBooking(round, await createSlot(round, { inHours: -2 }), { applicant: other });
      return { input: { bookingId: booking.globalId, attended: true, outcome: 'ACCEPT', note: 'Gizli not' } };
    },
    allowed: ['COORDINATOR'],
  },
  // ── end of interviews ──
};

function schemaOperations(): string[] {
  return [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
    type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
  );
}

function rootFieldOf(document: string): { type: string; field: string } {
  const operation = parse(document).definitions[0] as OperationDefinitionNode;
  const [selection] = operation.selectionSet.selections;
  if (selection?.kind !== Kind.FIELD) throw new Error(`the document does not start with a field: ${document}`);
  return { type: operation.operation === 'mutation' ? 'Mutation' : 'Query', field: selection.name.value };
}

async function callerSession(caller: Caller): Promise<{ self: Person | null; client: GraphQLClient }> {
  if (caller === 'anonymous') return { self: null, client: new GraphQLClient(server.graphqlUrl) };
  const roles: Role[] = caller === 'no role' ? [] : [caller];
  const { person, client } = await clientFor(server.graphqlUrl, roles);
  return { self: person, client };
}

const authCodes = (response: GraphQLResponse) =>
  (response.errors ?? []).map((error) => error.extensions?.code).filter((code) => code === 'UNAUTHENTICATED' || code === 'FORBIDDEN');

async function writeCounts() {
  const [users, roles, audit, outbox, sessions, tokens, consents] = await Promise.all([
    prisma.user.count(),
    prisma.roleGrant.count(),
    prisma.auditEntry.count(),
    prisma.outboxMessage.count(),
    prisma.session.count(),
    prisma.userToken.count({ where: { usedAt: null } }),
    prisma.consentRecord.count(),
  ]);
  return { users, roles, audit, outbox, sessions, tokens, consents };
}

describe('the authorization table', () => {
  it('names every root operation of the schema, and only those', () => {
    const inSchema = schemaOperations();
    const inTable = Object.keys(OPERATIONS);
    expect({
      missingFromTable: inSchema.filter((name) => !inTable.includes(name)),
      notInSchema: inTable.filter((name) => !inSchema.includes(name)),
    }).toEqual({ missingFromTable: [], notInSchema: [] });
  });

  it.each(Object.entries(OPERATIONS))('%s: its document is valid and calls that operation', (name, { document }) => {
    expect(validate(schema, parse(document)).map((error) => error.message)).toEqual([]);
    const { type, field } = rootFieldOf(document);
    expect(`${type}.${field}`).toBe(name);
  });
});

describe.each(Object.entries(OPERATIONS))('%s', (name, operation) => {
  const field = name.split('.')[1]!;
  const verdicts = CALLERS.map((caller) => [caller, operation.allowed.includes(caller) ? 'allowed' : 'denied'] as const);

  it.each(verdicts)('%s is %s', async (caller, verdict) => {
    const { self, client } = await callerSession(caller);
    const other = await createPerson({ roles: ['VOLUNTEER'] });
    const variables = (await operation.variables?.({ self, other })) ?? {};
    const before = await writeCounts();

    const response = await client.request(operation.document, variables);
    expect(response.status).toBe(200);

    if (verdict === 'allowed') {
      expect(response.errors ?? []).toEqual([]);
      expect(response.data).toHaveProperty([field]);
      // The input was valid, so a mutation did its work rather than answer with a typed error.
      expect(response.data?.[field]?.__typename ?? '').not.toMatch(/Error$/);
      return;
    }
    const expected = caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
    expect(response.errors?.length).toBeGreaterThan(0);
    expect(authCodes(response)).toEqual(response.errors!.map(() => expected));
    expect(JSON.stringify(response.data?.[field] ?? null)).toMatch(/^(null|\[null(,null)*\])$/);
    const body = JSON.stringify(response);
    expect(body).not.toContain(other.email);
    expect(body).not.toContain(other.phone);
    expect(await writeCounts()).toEqual(before);
  });
});

describe('personal data on a User node', () => {
  const READ_USER = (fields: string) => `query($id: ID!) { node(id: $id) { id ... on User { ${fields} } } }`;

  it('is hidden from a volunteer, who cannot read another person at all', async () => {
    const { client } = await clientFor(server.graphqlUrl, ['VOLUNTEER']);
    const other = await createPerson();
    const response = await client.request(READ_USER('fullName'), { id: globalId('User', other.id) });
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(response.data?.node).toBeNull();
    expect(JSON.stringify(response)).not.toContain(other.lastName);
  });

  it('is hidden through nodes(ids:) as well', async () => {
    const { client } = await clientFor(server.graphqlUrl, ['VOLUNTEER']);
    const other = await createPerson();
    const response = await client.request(`query($ids: [ID!]!) { nodes(ids: $ids) { id ... on User { fullName } } }`, {
      ids: [globalId('User', other.id)],
    });
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(response)).not.toContain(other.lastName);
  });

  it('shows a coordinator the name and district, but not the contact details', async () => {
    const { client } = await clientFor(server.graphqlUrl, ['COORDINATOR']);
    const other = await createPerson({ districtId: 7 });
    const response = await client.request(READ_USER('fullName district { name } roles'), { id: globalId('User', other.id) });
    expect(response.errors).toBeUndefined();
    expect(response.data?.node).toEqual({
      id: globalId('User', other.id),
      fullName: `${other.firstName} ${other.lastName}`,
      district: { name: 'Bornova' },
      roles: [],
    });
  });

  it.each(['email', 'phone', 'birthDate', 'gender', 'consents { id }'])(
    'refuses a coordinator the field %s of another person, leaking nothing',
    async (fieldSelection) => {
      const { client } = await clientFor(server.graphqlUrl, ['COORDINATOR']);
      const other = await createPerson();
      const response = await client.request(READ_USER(`fullName ${fieldSelection}`), { id: globalId('User', other.id) });
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      const body = JSON.stringify(response);
      expect(body).not.toContain(other.email);
      expect(body).not.toContain(other.phone);
      expect(body).not.toContain('1990-05-17');
    },
  );

  const EVERYTHING = 'fullName email phone birthDate gender consents { purpose }';

  it('shows an administrator everything', async () => {
    const { client } = await clientFor(server.graphqlUrl, ['ADMIN']);
    const other = await createPerson();
    const response = await client.request(READ_USER(EVERYTHING), { id: globalId('User', other.id) });
    expect(response.errors).toBeUndefined();
    expect(response.data?.node).toMatchObject({ email: other.email, phone: other.phone, birthDate: '1990-05-17', gender: null, consents: [] });
  });

  it.each(['no role', 'VOLUNTEER', 'FACILITATOR', 'COORDINATOR'] as const)('shows a person with %s their own data', async (caller) => {
    const { self, client } = await callerSession(caller);
    const response = await client.request(READ_USER(EVERYTHING), { id: globalId('User', self!.id) });
    expect(response.errors).toBeUndefined();
    expect(response.data?.node).toMatchObject({ email: self!.email, phone: self!.phone, birthDate: '1990-05-17' });
  });

  it('tells an anonymous caller to log in', async () => {
    const other = await createPerson();
    const response = await new GraphQLClient(server.graphqlUrl).request(READ_USER('fullName'), { id: globalId('User', other.id) });
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(response.data?.node).toBeNull();
  });
});

describe('administrative records by node(id:)', () => {
  async function records() {
    const owner = await createPerson();
    const outbox = await prisma.outboxMessage.create({
      data: { template: 'verifyEmail', locale: 'tr', toAddress: owner.email, userId: owner.id, subject: 'Gizli konu', bodyText: 'gizli-gövde' },
    });
    const audit = await prisma.auditEntry.create({
      data: { actorId: owner.id, action: 'secret.action', entityType: 'User', entityId: owner.id, requestId: 'req-secret' },
    });
    return [
      { type: 'OutboxMessage', id: outbox.id, fields: 'subject bodyText toAddress', secret: 'gizli-gövde' },
      { type: 'AuditEntry', id: audit.id, fields: 'action requestId', secret: 'secret.action' },
    ];
  }

  const nodeCases = ['OutboxMessage', 'AuditEntry'].flatMap((type) => CALLERS.map((caller) => ({ type, caller })));

  it.each(nodeCases)('$type is readable by $caller only when an administrator', async ({ type, caller }) => {
    const record = (await records()).find((r) => r.type === type)!;
    const { client } = await callerSession(caller);
    const response = await client.request(`query($id: ID!) { node(id: $id) { id ... on ${type} { ${record.fields} } } }`, {
      id: globalId(type, record.id),
    });
    if (caller === 'ADMIN') {
      expect(response.errors).toBeUndefined();
      expect(JSON.stringify(response.data?.node)).toContain(record.secret);
      return;
    }
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual([caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
    expect(response.data?.node).toBeNull();
    expect(JSON.stringify(response)).not.toContain(record.secret);
  });
});
