// Forums, after a session: its facilitators (and coordinators) mark attendance of confirmed
// registrations and selected applicants, and record theme-tagged findings; a facilitator of another
// session may not. The event's report counts participants by district and age band and lists
// recommendations by theme, on screen and as CSV for coordinators only.
import { prisma } from '@katilim/server/db/prisma';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bornYearsAgo, createForumApplication, createForumQuestions, createForumRegistration, createForumSession, youngWoman } from '../support/forums-scenarios.ts';
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

const ATTEND = mutation('recordForumAttendance', 'RecordForumAttendanceInput', 'data { id }');
const FIND = mutation('addForumFinding', 'AddForumFindingInput', 'data { id kind theme body }');
const REPORT = `query($e: ID!) { forumEventReport(eventId: $e) { __typename ... on QueryForumEventReportSuccess { data {
  title sessions { title participants attended findings recommendations } districts { name participants attended } ageBands { name participants attended } themes { theme recommendations } csvPath } } } }`;

async function facilitating(sessionId: string) {
  const made = await clientFor(server.graphqlUrl, ['FACILITATOR']);
  await prisma.forumFacilitator.create({ data: { sessionId, userId: made.person.id } });
  return made;
}

describe('attendance and findings', () => {
  it('the session’s facilitator marks participants and records findings; another facilitator is refused; the report sums them', async () => {
    const open = await createForumSession({ capacity: 3 });
    const focus = await createForumSession({ event: open.event, kind: 'FOCUS_GROUP' });
    await createForumQuestions(open.event);
    const karsiyaka = await prisma.district.findFirstOrThrow({ where: { id: { not: 21 } }, orderBy: { id: 'asc' } });
    const home = await prisma.district.findUniqueOrThrow({ where: { id: 21 } });
    const a = await createForumRegistration(open, (await youngWoman({ birthDate: bornYearsAgo(20) })).id);
    const b = await createForumRegistration(open, (await youngWoman({ birthDate: bornYearsAgo(27), districtId: karsiyaka.id })).id);
    const waiting = await createForumRegistration(open, (await youngWoman()).id, 'WAITLISTED');
    const chosen = await createForumApplication(focus, (await youngWoman({ birthDate: bornYearsAgo(23) })).id, { district: 'north', age: '18-24' }, 'SELECTED');

    const facilitator = await facilitating(open.id);
    const other = await facilitating(focus.id);
    expect((await facilitator.client.ok(ATTEND, { input: { sessionId: open.globalId, registrationId: a.globalId, attended: true } })).recordForumAttendance.__typename).toBe('MutationRecordForumAttendanceSuccess');
    expect((await facilitator.client.ok(ATTEND, { input: { sessionId: open.globalId, registrationId: b.globalId, attended: false } })).recordForumAttendance.__typename).toBe('MutationRecordForumAttendanceSuccess');
    expect((await facilitator.client.ok(ATTEND, { input: { sessionId: open.globalId, registrationId: waiting.globalId, attended: true } })).recordForumAttendance.code).toBe('FORUM_NOT_PARTICIPANT');
    // Another session's facilitator is refused outright; a registration of another session is not found.
    expect((await other.client.request(ATTEND, { input: { sessionId: open.globalId, registrationId: a.globalId, attended: false } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await other.client.ok(ATTEND, { input: { sessionId: focus.globalId, registrationId: a.globalId, attended: false } })).recordForumAttendance.code).toBe('NOT_FOUND');
    expect((await other.client.ok(ATTEND, { input: { sessionId: focus.globalId, applicationId: chosen.globalId, attended: true } })).recordForumAttendance.__typename).toBe('MutationRecordForumAttendanceSuccess');

    const added = (await facilitator.client.ok(FIND, { input: { sessionId: open.globalId, kind: 'RECOMMENDATION', theme: 'ulaşım', body: 'Gece otobüsleri artırılsın.' } })).addForumFinding;
    expect(added.data).toMatchObject({ kind: 'RECOMMENDATION', theme: 'ulaşım' });
    await facilitator.client.ok(FIND, { input: { sessionId: open.globalId, kind: 'NOTE', theme: 'güvenlik', body: 'Katılımcılar akşam saatlerini güvensiz buluyor.' } });
    await other.client.ok(FIND, { input: { sessionId: focus.globalId, kind: 'RECOMMENDATION', theme: 'ulaşım', body: '=Kadın durakları aydınlatılsın.' } });
    expect((await other.client.request(FIND, { input: { sessionId: open.globalId, kind: 'NOTE', theme: 'x', body: 'y' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const nul = await facilitator.client.request(FIND, { input: { sessionId: open.globalId, kind: 'NOTE', theme: 'a\u0000', body: 'y' } });
    expect(nul.data?.addForumFinding.__typename).toBe('InputValidationError');

    const report = (await coordinator.ok(REPORT, { e: open.event.globalId })).forumEventReport.data;
    expect(report.sessions).toEqual([
      { title: 'Açık forum: kentte eşitlik', participants: 2, attended: 1, findings: 2, recommendations: 1 },
      { title: 'Odak grup: istihdam', participants: 1, attended: 1, findings: 1, recommendations: 1 },
    ]);
    expect(report.districts).toEqual(
      [
        { name: home.name, participants: 2, attended: 2 },
        { name: karsiyaka.name, participants: 1, attended: 0 },
      ],
    );
    expect(report.ageBands.filter((b: { participants: number }) => b.participants > 0)).toEqual([
      { name: '18-24', participants: 2, attended: 2 },
      { name: '25-30', participants: 1, attended: 0 },
    ]);
    expect(report.themes).toEqual([{ theme: 'ulaşım', recommendations: ['Gece otobüsleri artırılsın.', '=Kadın durakları aydınlatılsın.'] }]);

    // The CSV: coordinators only (404 otherwise), formulas kept as text.
    const coordinatorCookie = cookieHeader(coordinator);
    const csv = await fetch(`${server.url}${report.csvPath}`, { headers: { cookie: coordinatorCookie } });
    expect(csv.status).toBe(200);
    const text = (await csv.text()).replace(/^\uFEFF/, '');
    expect(text.split('\n')[0]).toBe('Bölüm,Ad,Katılımcı,Katıldı,Metin');
    expect(text).toContain(`İlçe,${home.name},2,2,`);
    expect(text).toContain("Öneri,ulaşım,,,'=Kadın durakları aydınlatılsın.");
    expect((await fetch(`${server.url}${report.csvPath}`, { headers: { cookie: cookieHeader(facilitator.client) } })).status).toBe(404);
    expect((await fetch(`${server.url}/forums/events/not-an-id/report.csv`, { headers: { cookie: coordinatorCookie } })).status).toBe(404);
  });
});
