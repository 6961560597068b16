// Forums, coordinators' work on events and sessions: an event is created in DRAFT, published and
// closed (a closed event stays closed and takes no sessions); sessions take seats or a panel by their
// kind and a window that closes before they start; seats never go below the confirmed; only people
// with the FACILITATOR role are assigned; profile questions freeze once anyone has applied.
import { prisma } from '@katilim/server/db/prisma';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../support/applications-scenarios.ts';
import { createForumEvent, createForumRegistration, createForumSession, focusGroupWithApplicants, youngWoman } from '../support/forums-scenarios.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { mutation } from '../support/mutation-document.ts';
import { clientFor, createPerson } from '../support/scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let coordinator: GraphQLClient;
beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
});
afterAll(() => server?.close());

const withIssues = (document: string) => document.replace('... on Error { code message }', '... on Error { code message } ... on InputValidationError { issues { path message } }');
const CREATE_EVENT = withIssues(mutation('createForumEvent', 'CreateForumEventInput', 'data { id status gender minAge maxAge }'));
const STATUS = mutation('setForumEventStatus', 'SetForumEventStatusInput', 'data { id status }');
const CREATE_SESSION = withIssues(mutation('createForumSession', 'CreateForumSessionInput', 'data { id kind capacity panelSize }'));
const UPDATE_SESSION = withIssues(mutation('updateForumSession', 'UpdateForumSessionInput', 'data { id capacity }'));
const FACILITATORS = mutation('setForumSessionFacilitators', 'SetForumSessionFacilitatorsInput', 'data { id facilitatorNames facilitators { id fullName } }');
const QUESTIONS = mutation('setForumProfileQuestions', 'SetForumProfileQuestionsInput', 'data { id questions { key label options { value label } } }');

const DAY = 86_400_000;
const times = (startsInDays = 7) => {
  const startsAt = new Date(Date.now() + startsInDays * DAY);
  return { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(), opensAt: new Date(Date.now() - DAY).toISOString(), closesAt: new Date(startsAt.getTime() - DAY).toISOString() };
};

describe('events', () => {
  it('are drafts until published; a closed event stays closed and takes no sessions', async () => {
    const made = (await coordinator.ok(CREATE_EVENT, { input: { titleTr: 'Gençlik Forumu', titleEn: 'Youth Forum', minAge: 18, maxAge: 30, gender: 'WOMAN' } })).createForumEvent.data;
    expect(made).toMatchObject({ status: 'DRAFT', gender: 'WOMAN', minAge: 18, maxAge: 30 });
    expect((await coordinator.ok(STATUS, { input: { id: made.id, status: 'PUBLISHED' } })).setForumEventStatus.data.status).toBe('PUBLISHED');
    expect((await coordinator.ok(STATUS, { input: { id: made.id, status: 'CLOSED' } })).setForumEventStatus.data.status).toBe('CLOSED');
    expect((await coordinator.ok(STATUS, { input: { id: made.id, status: 'PUBLISHED' } })).setForumEventStatus.code).toBe('FORUM_EVENT_CLOSED');
    const session = (await coordinator.ok(CREATE_SESSION, { input: { eventId: made.id, kind: 'OPEN', title: 'Forum', placeName: 'Kültürpark', capacity: 10, ...times() } })).createForumSession;
    expect(session.code).toBe('FORUM_EVENT_CLOSED');
    const audit = await prisma.auditEntry.findMany({ where: { entityType: 'ForumEvent', entityId: Buffer.from(made.id, 'base64').toString().split(':')[1] }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['forums.createEvent', 'forums.setEventStatus', 'forums.setEventStatus']);
  });

  it.each([
    ['an age band upside down', { minAge: 30, maxAge: 18 }, ['maxAge']],
    ['a NUL byte in the title', { titleTr: 'Forum\u0000' }, ['titleTr']],
  ])('refuses %s, naming the field', async (_case, change, path) => {
    const answer = (await coordinator.ok(CREATE_EVENT, { input: { titleTr: 'Forum', titleEn: 'Forum', minAge: 18, ...change } })).createForumEvent;
    expect(answer.__typename).toBe('InputValidationError');
    expect(answer.issues.map((i: { path: string[] }) => i.path)).toEqual([path]);
  });
});

describe('sessions', () => {
  it.each([
    ['an open forum without seats', { kind: 'OPEN', panelSize: 8 }, ['capacity']],
    ['a focus group with seats', { kind: 'FOCUS_GROUP', capacity: 8 }, ['capacity']],
    ['a window closing after the start', { kind: 'OPEN', capacity: 8, closesAt: new Date(Date.now() + 8 * DAY).toISOString() }, ['closesAt']],
  ])('refuses %s', async (_case, change, path) => {
    const event = await createForumEvent();
    const answer = (await coordinator.ok(CREATE_SESSION, { input: { eventId: event.globalId, title: 'Forum', placeName: 'Kültürpark', ...times(), ...change } })).createForumSession;
    expect(answer.__typename).toBe('InputValidationError');
    expect(answer.issues.map((i: { path: string[] }) => i.path)).toEqual([path]);
  });

  it('never takes seats below the confirmed', async () => {
    const session = await createForumSession({ capacity: 3 });
    await createForumRegistration(session, (await youngWoman()).id);
    await createForumRegistration(session, (await youngWoman()).id);
    const input = { id: session.globalId, title: session.title, placeName: session.placeName, ...times() };
    expect((await coordinator.ok(UPDATE_SESSION, { input: { ...input, capacity: 1 } })).updateForumSession).toMatchObject({ code: 'FORUM_CAPACITY_BELOW_TAKEN' });
    expect((await coordinator.ok(UPDATE_SESSION, { input: { ...input, capacity: 2 } })).updateForumSession.data.capacity).toBe(2);
  });

  it('assigns only people with the FACILITATOR role', async () => {
    const session = await createForumSession();
    const facilitator = await createPerson({ roles: ['FACILITATOR'], firstName: 'Elif' });
    const volunteer = await createPerson({ roles: ['VOLUNTEER'] });
    const refused = (await coordinator.ok(FACILITATORS, { input: { sessionId: session.globalId, userIds: [globalId('User', facilitator.id), globalId('User', volunteer.id)] } })).setForumSessionFacilitators;
    expect(refused.code).toBe('FORUM_NOT_A_FACILITATOR');
    const done = (await coordinator.ok(FACILITATORS, { input: { sessionId: session.globalId, userIds: [globalId('User', facilitator.id)] } })).setForumSessionFacilitators;
    expect(done.data.facilitatorNames).toEqual(['Elif']);
    expect(done.data.facilitators).toEqual([{ id: globalId('User', facilitator.id), fullName: `Elif ${facilitator.lastName}` }]);
  });
});

describe('profile questions', () => {
  const question = { key: 'education', labelTr: 'Eğitim', labelEn: 'Education', options: [{ value: 'school', labelTr: 'Lise', labelEn: 'High school' }, { value: 'university', labelTr: 'Üniversite', labelEn: 'University' }] };

  it('are replaced in order until someone applies, then frozen', async () => {
    const event = await createForumEvent();
    const set = (await coordinator.ok(QUESTIONS, { input: { eventId: event.globalId, questions: [question] } })).setForumProfileQuestions.data;
    expect(set.questions).toEqual([{ key: 'education', label: 'Eğitim', options: [{ value: 'school', label: 'Lise' }, { value: 'university', label: 'Üniversite' }] }]);
    const { session } = await focusGroupWithApplicants(1);
    const frozen = (await coordinator.ok(QUESTIONS, { input: { eventId: session.event.globalId, questions: [question] } })).setForumProfileQuestions;
    expect(frozen.code).toBe('FORUM_QUESTIONS_ANSWERED');
  });

  it('refuses two options with the same value', async () => {
    const event = await createForumEvent();
    const twice = { ...question, options: [question.options[0], question.options[0]] };
    const answer = await coordinator.request(QUESTIONS, { input: { eventId: event.globalId, questions: [twice] } });
    expect(answer.data?.setForumProfileQuestions.__typename).toBe('InputValidationError');
  });
});
