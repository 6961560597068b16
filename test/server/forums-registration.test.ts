// Forums, taking part in an open forum: the public list of published events (no personal data),
// eligibility checked on the server (gender, age on the session's İzmir day), seats up to capacity
// then the waitlist, cancel giving the seat to the first waiting (told by mail), accessibility needs
// kept only with consent and seen by the session's facilitators and coordinators, typed refusals for
// bad input, and a fixed number of SQL statements for the list.
import { prisma } from '@katilim/server/db/prisma';
import { translate } from '@katilim/server/i18n/messages';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fireAtOnce } from '../support/concurrency.ts';
import { globalId } from '../support/applications-scenarios.ts';
import { bornYearsAgo, createForumApplication, createForumEvent, createForumQuestions, createForumRegistration, createForumSession, youngWoman } from '../support/forums-scenarios.ts';
import { SESSION_COOKIE } from '@katilim/server/http/cookies';
import { newToken } from '@katilim/server/modules/accounts/secrets';
import { GraphQLClient } from '../support/graphql-client.ts';
import { mutation } from '../support/mutation-document.ts';
import { clientFor, createManyPeople } from '../support/scenarios.ts';
import { recordSql } from '../support/sql-recorder.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let coordinator: GraphQLClient;
beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
});
afterAll(() => server?.close());

const REGISTER = mutation('registerForForumSession', 'RegisterForForumSessionInput', 'data { id status waitlistPosition accessibilityNeeds }').replace(
  '... on Error { code message }',
  '... on Error { code message } ... on ForumNotEligibleError { reason minAge maxAge } ... on InputValidationError { issues { path message } }',
);
const CANCEL = mutation('cancelForumRegistration', 'CancelForumRegistrationInput', 'data { id status }');

async function woman(spec: Parameters<typeof youngWoman>[0] = {}) {
  return clientFor(server.graphqlUrl, [], { gender: 'WOMAN', birthDate: bornYearsAgo(24), ...spec });
}

describe('the public list', () => {
  it('shows published events with their sessions, not drafts, and no one’s registration to others', async () => {
    const session = await createForumSession({ capacity: 2 });
    const draft = await createForumEvent({ status: 'DRAFT' });
    const someone = await youngWoman();
    await createForumRegistration(session, someone.id);
    const anonymous = await new GraphQLClient(server.graphqlUrl).ok(`{ forumEvents(first: 50) { edges { node { id title status sessions { id kind capacity confirmedCount myRegistration { id } } } } } }`);
    const ids = anonymous.forumEvents.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toContain(session.event.globalId);
    expect(ids).not.toContain(draft.globalId);
    const listed = anonymous.forumEvents.edges.find((e: { node: { id: string } }) => e.node.id === session.event.globalId).node;
    expect(listed.sessions).toEqual([{ id: session.globalId, kind: 'OPEN', capacity: 2, confirmedCount: 1, myRegistration: null }]);
    // The registration itself is not for strangers.
    const read = await new GraphQLClient(server.graphqlUrl).request(`query($id: ID!) { node(id: $id) { id } }`, { id: globalId('ForumRegistration', (await prisma.forumRegistration.findFirstOrThrow({ where: { sessionId: session.id } })).id) });
    expect(read.data?.node ?? null).toBeNull();
    // A coordinator sees drafts when she asks.
    const staff = await coordinator.ok(`{ forumEvents(first: 50, includeDrafts: true) { edges { node { id } } } }`);
    expect(staff.forumEvents.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(draft.globalId);
  });
});

describe('registration for an open forum', () => {
  it('confirms up to capacity, then waitlists in order; cancelling gives the seat to the first waiting, who is told', async () => {
    const session = await createForumSession({ capacity: 2 });
    const [a, b, c, d] = await Promise.all([woman(), woman(), woman(), woman()]);
    const answers = [];
    for (const x of [a, b, c, d]) answers.push((await x!.client.ok(REGISTER, { input: { sessionId: session.globalId } })).registerForForumSession);
    expect(answers.map((r) => [r.data.status, r.data.waitlistPosition])).toEqual([
      ['CONFIRMED', null],
      ['CONFIRMED', null],
      ['WAITLISTED', 1],
      ['WAITLISTED', 2],
    ]);
    const again = await a!.client.ok(REGISTER, { input: { sessionId: session.globalId } });
    expect(again.registerForForumSession.code).toBe('FORUM_ALREADY_REGISTERED');

    const before = await prisma.outboxMessage.count({ where: { template: 'forumSeatConfirmed' } });
    const cancelled = await a!.client.ok(CANCEL, { input: { id: answers[0].data.id } });
    expect(cancelled.cancelForumRegistration.data.status).toBe('CANCELLED');
    const rows = await prisma.forumRegistration.findMany({ where: { sessionId: session.id }, orderBy: { createdAt: 'asc' }, select: { userId: true, status: true, waitlistPosition: true } });
    expect(rows.map((r) => r.status)).toEqual(['CANCELLED', 'CONFIRMED', 'CONFIRMED', 'WAITLISTED']);
    const mail = await prisma.outboxMessage.findMany({ where: { template: 'forumSeatConfirmed' }, skip: before });
    expect(mail.map((m) => m.userId)).toEqual([c!.person.id]);
    expect(mail[0]!.subject).toContain('Açık forum');
    // Someone else cannot cancel hers.
    const foreign = await d!.client.ok(CANCEL, { input: { id: answers[1].data.id } });
    expect(foreign.cancelForumRegistration.code).toBe('NOT_FOUND');
  });

  it.each([
    ['a man', { gender: 'MAN' as const }, { reason: 'GENDER' }],
    ['a woman of 17 on the day', { birthDate: bornYearsAgo(17) }, { reason: 'AGE', minAge: 18, maxAge: 30 }],
    ['a woman of 31 on the day', { birthDate: bornYearsAgo(31) }, { reason: 'AGE', minAge: 18, maxAge: 30 }],
  ])('refuses %s, saying why', async (_who, spec, refusal) => {
    const session = await createForumSession();
    const { client } = await woman(spec);
    const answer = (await client.ok(REGISTER, { input: { sessionId: session.globalId } })).registerForForumSession;
    expect(answer).toMatchObject({ __typename: 'ForumNotEligibleError', code: 'FORUM_NOT_ELIGIBLE', ...refusal });
    expect(await prisma.forumRegistration.count({ where: { sessionId: session.id } })).toBe(0);
  });

  it('refuses before the window opens, a focus group, and a draft event as not found', async () => {
    const { client } = await woman();
    const later = await createForumSession({ windowOpen: false });
    expect((await client.ok(REGISTER, { input: { sessionId: later.globalId } })).registerForForumSession.code).toBe('FORUM_REGISTRATION_NOT_OPEN');
    const focus = await createForumSession({ kind: 'FOCUS_GROUP' });
    expect((await client.ok(REGISTER, { input: { sessionId: focus.globalId } })).registerForForumSession.code).toBe('FORUM_SESSION_KIND');
    const draft = await createForumSession({ event: await createForumEvent({ status: 'DRAFT' }) });
    expect((await client.ok(REGISTER, { input: { sessionId: draft.globalId } })).registerForForumSession.code).toBe('NOT_FOUND');
  });

  it('keeps accessibility needs only with consent, for the facilitators and coordinators', async () => {
    const session = await createForumSession();
    const { client, person } = await woman();
    const without = (await client.ok(REGISTER, { input: { sessionId: session.globalId, accessibilityNeeds: 'Tekerlekli sandalye' } })).registerForForumSession;
    expect(without.code).toBe('FORUM_ACCESSIBILITY_CONSENT');
    const made = (await client.ok(REGISTER, { input: { sessionId: session.globalId, accessibilityNeeds: 'Tekerlekli sandalye', accessibilityConsent: true } })).registerForForumSession;
    expect(made.data.accessibilityNeeds).toBe('Tekerlekli sandalye');
    expect((await prisma.forumRegistration.findFirstOrThrow({ where: { userId: person.id } })).accessibilityConsentAt).not.toBeNull();

    const ROSTER = `query($s: ID!) { forumSessionRegistrations(sessionId: $s, first: 10) { totalCount edges { node { participantName accessibilityNeeds } } } }`;
    const facilitator = await clientFor(server.graphqlUrl, ['FACILITATOR']);
    const stranger = await clientFor(server.graphqlUrl, ['FACILITATOR']);
    await prisma.forumFacilitator.create({ data: { sessionId: session.id, userId: facilitator.person.id } });
    const seen = await facilitator.client.ok(ROSTER, { s: session.globalId });
    expect(seen.forumSessionRegistrations.edges[0].node.accessibilityNeeds).toBe('Tekerlekli sandalye');
    expect((await coordinator.ok(ROSTER, { s: session.globalId })).forumSessionRegistrations.totalCount).toBe(1);
    const refused = await stranger.client.request(ROSTER, { s: session.globalId });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.each([
    ['a NUL byte in the needs', (s: string) => ({ sessionId: s, accessibilityNeeds: 'a\u0000b', accessibilityConsent: true }), 'InputValidationError'],
    ['a session that does not exist', () => ({ sessionId: globalId('ForumSession', '0190a0a0-0000-7000-8000-000000000000') }), 'NotFoundError'],
  ])('answers %s with a typed, translated refusal', async (_case, input, typename) => {
    const session = await createForumSession();
    const { client } = await woman();
    const answer = (await client.ok(REGISTER, { input: input(session.globalId) })).registerForForumSession;
    expect(answer.__typename).toBe(typename);
    expect(await prisma.forumRegistration.count({ where: { sessionId: session.id } })).toBe(0);
  });

  it('answers an id of another type as bad input in the caller’s language, never a 500', async () => {
    const { client } = await woman();
    const response = await client.request(REGISTER, { input: { sessionId: globalId('ForumEvent', (await createForumEvent()).id) } });
    expect(response.status).toBe(200);
    expect(response.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['BAD_USER_INPUT', translate('tr', 'error.invalidId')]]);
  });
});

describe('under contention', () => {
  it('40 women at once for 10 seats: exactly 10 confirmed, 30 waitlisted at positions 1…30', { timeout: 120_000 }, async () => {
    const session = await createForumSession({ capacity: 10 });
    const prefix = `forum${Date.now().toString(36)}`;
    await createManyPeople(40, prefix);
    await prisma.user.updateMany({ where: { email: { endsWith: `@${prefix}.katilim` } }, data: { gender: 'WOMAN', birthDate: new Date(`${bornYearsAgo(22)}T00:00:00Z`) } });
    const people = await prisma.user.findMany({ where: { email: { endsWith: `@${prefix}.katilim` } }, select: { id: true } });
    const tokens = people.map(() => newToken());
    await prisma.session.createMany({ data: people.map((p, i) => ({ tokenHash: tokens[i]!.tokenHash, userId: p.id, expiresAt: new Date(Date.now() + 3_600_000) })) });
    const clients = tokens.map((t) => new GraphQLClient(server.graphqlUrl).setCookie(SESSION_COOKIE, t.token));
    const responses = await fireAtOnce(clients.length, (i) => clients[i]!.request(REGISTER, { input: { sessionId: session.globalId } }));
    expect(responses.filter((r) => r.status !== 200 || r.errors)).toEqual([]);
    const rows = await prisma.forumRegistration.findMany({ where: { sessionId: session.id } });
    expect(rows.filter((r) => r.status === 'CONFIRMED')).toHaveLength(10);
    expect(rows.filter((r) => r.status === 'WAITLISTED').map((r) => r.waitlistPosition).sort((x, y) => x! - y!)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });
});

describe('statements of the forums lists', () => {
  const LIST = `{ forumEvents(first: 10) { totalCount edges { node { id title minAge maxAge gender sessions { id kind title startsAt capacity panelSize confirmedCount waitlistCount registrationOpen myRegistration { id status } myApplication { id status } facilitatorNames } questions { key label options { value label } } } } } }`;
  const ROSTER = `query($s: ID!) { forumSessionRegistrations(sessionId: $s, first: 50) { totalCount edges { node { id status waitlistPosition participantName accessibilityNeeds attended } } } }`;
  const APPLICANTS = `query($s: ID!) { forumSessionApplications(sessionId: $s, first: 50) { totalCount edges { node { id status participantName answers { questionKey value } } } } }`;
  const normalise = (sql: string) => sql.replace(/"public"\./g, '').replace(/IN \((?:\$\d+,?)+\)/g, 'IN ($…)').replace(/\$\d+/g, '$?');
  const record = async (client: GraphQLClient, query: string, variables: Record<string, unknown> = {}) => {
    const { result, statements } = await recordSql(() => client.ok(query, variables));
    return { data: result, statements: statements.map(normalise).sort() };
  };

  it('the same statements for 2 events and for 6, for a roster of 2 and of 6', { timeout: 120_000 }, async () => {
    const { client, person } = await woman();
    const facilitator = await clientFor(server.graphqlUrl, ['FACILITATOR']);
    const first = await createForumSession();
    const focus = await createForumSession({ event: first.event, kind: 'FOCUS_GROUP' });
    await createForumQuestions(first.event);
    await prisma.forumFacilitator.create({ data: { sessionId: first.id, userId: facilitator.person.id } });
    const add = async (n: number) => {
      for (let i = 0; i < n; i += 1) {
        const open = await createForumSession();
        await createForumSession({ event: open.event, kind: 'FOCUS_GROUP' });
        await createForumRegistration(open, person.id);
        await createForumRegistration(open, (await youngWoman()).id, 'WAITLISTED');
        await createForumRegistration(first, (await youngWoman()).id);
        await createForumApplication(focus, (await youngWoman()).id, { district: i % 2 ? 'north' : 'south', age: '18-24' });
      }
    };
    await add(2);
    const few = { list: await record(client, LIST), roster: await record(facilitator.client, ROSTER, { s: first.globalId }), applicants: await record(coordinator, APPLICANTS, { s: focus.globalId }) };
    await add(4);
    const many = { list: await record(client, LIST), roster: await record(facilitator.client, ROSTER, { s: first.globalId }), applicants: await record(coordinator, APPLICANTS, { s: focus.globalId }) };
    expect(many.list.data.forumEvents.totalCount).toBeGreaterThan(few.list.data.forumEvents.totalCount);
    expect([few.roster.data.forumSessionRegistrations.totalCount, many.roster.data.forumSessionRegistrations.totalCount]).toEqual([2, 6]);
    expect(many.applicants.data.forumSessionApplications.edges[0].node.answers).toHaveLength(2);
    expect(many.list.statements).toEqual(few.list.statements);
    expect(many.roster.statements).toEqual(few.roster.statements);
    expect(many.applicants.statements).toEqual(few.applicants.statements);
    expect({ forumEvents: few.list.statements, forumSessionRegistrations: few.roster.statements, forumSessionApplications: few.applicants.statements }).toMatchSnapshot();
  });
});
