// Forums, afterwards: those who took part read the session's findings and may comment (only with
// consent; they may delete their comment); the session's runners read the comments; a facilitator
// lists her sessions and who is coming (never the applicants' answers); the event's report as PDF.
import { prisma } from '@katilim/server/db/prisma';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createForumApplication, createForumQuestions, createForumRegistration, createForumSession, youngWoman } from '../support/forums-scenarios.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { mutation } from '../support/mutation-document.ts';
import { clientFor, cookieHeader } from '../support/scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let coordinator: GraphQLClient;
beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
});
afterAll(() => server?.close());

const COMMENT = mutation('commentOnForumSummary', 'CommentOnForumSummaryInput', 'data { id body mine }');
const DELETE = mutation('deleteForumComment', 'DeleteForumCommentInput', 'data { id myComments { id } }');
const SUMMARY = `query($s: ID!) { node(id: $s) { ... on ForumSession { title findings { theme body kind } myComments { id body } } } }`;
const RUNNER_VIEW = `query($s: ID!) { node(id: $s) { ... on ForumSession { comments { body authorName } confirmedRegistrations { participantName accessibilityNeeds } selectedApplications { participantName } } } }`;

async function personIn(sessionId: string, how: 'registration' | 'application', status: string) {
  const made = await clientFor(server.graphqlUrl, ['VOLUNTEER']);
  const waiting = status === 'WAITLISTED';
  if (how === 'registration') await prisma.forumRegistration.create({ data: { sessionId, userId: made.person.id, status: status as 'CONFIRMED', waitlistPosition: waiting ? 1 : null } });
  else await prisma.forumApplication.create({ data: { sessionId, userId: made.person.id, status: status as 'SELECTED', waitlistRank: waiting ? 1 : null } });
  return made;
}

describe("the participants' summary", () => {
  it('those who took part read the findings and comment with consent; others are refused; runners read the comments', async () => {
    const open = await createForumSession({ capacity: 5 });
    await prisma.forumFinding.create({ data: { sessionId: open.id, kind: 'RECOMMENDATION', theme: 'ulaşım', body: 'Gece otobüsleri artırılsın.' } });
    const took = await personIn(open.id, 'registration', 'CONFIRMED');
    const waiting = await personIn(open.id, 'registration', 'WAITLISTED');

    const seen = (await took.client.ok(SUMMARY, { s: open.globalId })).node;
    expect(seen.findings).toEqual([{ theme: 'ulaşım', body: 'Gece otobüsleri artırılsın.', kind: 'RECOMMENDATION' }]);
    // Someone on the waitlist did not take part: the findings are refused to her.
    const refused = await waiting.client.request(SUMMARY, { s: open.globalId });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Without consent nothing is kept; with it, the comment is hers.
    expect((await took.client.ok(COMMENT, { input: { sessionId: open.globalId, body: 'Çok verimliydi.', consent: false } })).commentOnForumSummary.code).toBe('FORUM_COMMENT_CONSENT');
    expect(await prisma.forumComment.count({ where: { sessionId: open.id } })).toBe(0);
    const made = (await took.client.ok(COMMENT, { input: { sessionId: open.globalId, body: 'Çok verimliydi.', consent: true } })).commentOnForumSummary;
    expect(made.data).toMatchObject({ body: 'Çok verimliydi.', mine: true });
    expect((await waiting.client.ok(COMMENT, { input: { sessionId: open.globalId, body: 'Ben de!', consent: true } })).commentOnForumSummary.code).toBe('FORUM_NOT_SESSION_PARTICIPANT');
    const nul = await took.client.request(COMMENT, { input: { sessionId: open.globalId, body: 'a\u0000', consent: true } });
    expect(nul.data?.commentOnForumSummary.__typename).toBe('InputValidationError');
    const wrongId = await took.client.request(COMMENT, { input: { sessionId: 'not-an-id', body: 'x', consent: true } });
    expect(wrongId.errors?.[0]?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');

    // The session's runners read the comments with their authors; the participant sees only her own.
    const runner = (await coordinator.ok(RUNNER_VIEW, { s: open.globalId })).node;
    expect(runner.comments).toEqual([{ body: 'Çok verimliydi.', authorName: `${took.person.firstName} ${took.person.lastName}` }]);
    expect((await took.client.request(RUNNER_VIEW, { s: open.globalId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await took.client.ok(SUMMARY, { s: open.globalId })).node.myComments).toEqual([{ id: made.data.id, body: 'Çok verimliydi.' }]);

    // Only the author deletes her comment: for anyone else it is not found.
    expect((await waiting.client.ok(DELETE, { input: { commentId: made.data.id } })).deleteForumComment.code).toBe('NOT_FOUND');
    expect((await coordinator.ok(DELETE, { input: { commentId: made.data.id } })).deleteForumComment.code).toBe('NOT_FOUND');
    expect((await took.client.ok(DELETE, { input: { commentId: made.data.id } })).deleteForumComment.data.myComments).toEqual([]);
    expect(await prisma.forumComment.count({ where: { sessionId: open.id } })).toBe(0);
  });

  it('a selected applicant of a focus group takes part; an applicant not drawn does not', async () => {
    const focus = await createForumSession({ kind: 'FOCUS_GROUP' });
    const chosen = await personIn(focus.id, 'application', 'SELECTED');
    const reserve = await personIn(focus.id, 'application', 'WAITLISTED');
    expect((await chosen.client.ok(COMMENT, { input: { sessionId: focus.globalId, body: 'İyiydi.', consent: true } })).commentOnForumSummary.__typename).toBe('MutationCommentOnForumSummarySuccess');
    expect((await reserve.client.ok(COMMENT, { input: { sessionId: focus.globalId, body: 'İyiydi.', consent: true } })).commentOnForumSummary.code).toBe('FORUM_NOT_SESSION_PARTICIPANT');
  });
});

describe("a facilitator's sessions", () => {
  it('lists the sessions she facilitates with who is coming, never the answers; others get an empty list', async () => {
    const open = await createForumSession({ capacity: 5 });
    const focus = await createForumSession({ event: open.event, kind: 'FOCUS_GROUP' });
    await createForumQuestions(open.event);
    const woman = await youngWoman();
    await prisma.forumRegistration.create({ data: { sessionId: open.id, userId: woman.id, status: 'CONFIRMED', accessibilityNeeds: 'Tekerlekli sandalye', accessibilityConsentAt: new Date() } });
    await createForumRegistration(open, (await youngWoman()).id, 'WAITLISTED');
    await createForumApplication(focus, (await youngWoman()).id, { district: 'north', age: '18-24' }, 'SELECTED');
    await createForumApplication(focus, (await youngWoman()).id, { district: 'south', age: '25-30' }, 'WAITLISTED');
    const facilitator = await clientFor(server.graphqlUrl, ['FACILITATOR']);
    await prisma.forumFacilitator.createMany({ data: [open.id, focus.id].map((sessionId) => ({ sessionId, userId: facilitator.person.id })) });

    const MINE = `{ myFacilitatedForumSessions { title kind confirmedRegistrations { participantName accessibilityNeeds } selectedApplications { participantName } } }`;
    const mine = (await facilitator.client.ok(MINE)).myFacilitatedForumSessions;
    expect(mine.map((s: { title: string }) => s.title)).toEqual([open.title, focus.title]);
    expect(mine[0].confirmedRegistrations).toEqual([{ participantName: `${woman.firstName} ${woman.lastName}`, accessibilityNeeds: 'Tekerlekli sandalye' }]);
    expect(mine[1].selectedApplications).toHaveLength(1);
    // The answers decide the selection: a facilitator never reads them.
    const answers = await facilitator.client.request(`{ myFacilitatedForumSessions { selectedApplications { answers { value } } } }`);
    expect(answers.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A coordinator facilitates nothing here; a facilitator of other sessions sees none of these.
    expect((await coordinator.ok(`{ myFacilitatedForumSessions { id } }`)).myFacilitatedForumSessions).toEqual([]);
    const other = await clientFor(server.graphqlUrl, ['FACILITATOR']);
    expect((await other.client.ok(`{ myFacilitatedForumSessions { id } }`)).myFacilitatedForumSessions).toEqual([]);
  });
});

describe("the event's report as PDF", () => {
  it('coordinators download a PDF with the event in it; others get 404', async () => {
    const open = await createForumSession({ capacity: 5 });
    await createForumRegistration(open, (await youngWoman()).id);
    await prisma.forumFinding.create({ data: { sessionId: open.id, kind: 'RECOMMENDATION', theme: 'güvenlik', body: 'Sokaklar aydınlatılsın.' } });
    const report = (await coordinator.ok(`query($e: ID!) { forumEventReport(eventId: $e) { ... on QueryForumEventReportSuccess { data { pdfPath } } } }`, { e: open.event.globalId })).forumEventReport.data;
    const pdf = await fetch(`${server.url}${report.pdfPath}`, { headers: { cookie: cookieHeader(coordinator) } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(10_000); // the embedded font
    const volunteer = await clientFor(server.graphqlUrl, ['VOLUNTEER']);
    expect((await fetch(`${server.url}${report.pdfPath}`, { headers: { cookie: cookieHeader(volunteer.client) } })).status).toBe(404);
    expect((await fetch(`${server.url}${report.pdfPath.replace('.pdf', '.exe')}`, { headers: { cookie: cookieHeader(coordinator) } })).status).toBe(404);
  });
});
