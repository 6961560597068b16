// Council meetings: attendance taken on a phone (all or nothing; only the committee's ACTIVE members;
// nobody marks their own child), the roster with the "no photos" mark read live from consents, who
// reads attendance, minutes and decisions, the general assembly with the committees' reports, and the
// meetings list's SQL statements.
import { prisma } from '@katilim/server/db/prisma';
import { translate } from '@katilim/server/i18n/messages';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../support/applications-scenarios.ts';
import {
  AGENDA,
  ASSEMBLY,
  ATTENDANCE,
  committeeWithChildren,
  inDays,
  MINUTES,
  REPORT,
  ROSTER,
} from '../support/council-meetings-scenarios.ts';
import { createChild, createCouncilMeeting, createCouncilTerm, facilitatorOf, guardianWithChild } from '../support/council-scenarios.ts';
import { clientFor } from '../support/scenarios.ts';
import { recordSql } from '../support/sql-recorder.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const attendanceRows = (meetingId: string) => prisma.councilAttendance.findMany({ where: { meetingId }, orderBy: { memberId: 'asc' } });

describe('attendance', () => {
  it('records a batch, upserts per member on a second save, and the meeting is HELD', async () => {
    const { committee, facilitator, active } = await committeeWithChildren(server.graphqlUrl);
    const second = await createChild({ committee, firstName: 'Can' });
    const meeting = await createCouncilMeeting({ committee, startsInHours: 0 });
    const first = await facilitator.client.ok(ATTENDANCE, {
      input: { meetingId: meeting.globalId, entries: [{ memberId: active.globalId, status: 'PRESENT' }, { memberId: second.globalId, status: 'EXCUSED' }] },
    });
    expect(first.recordCouncilAttendance.data).toMatchObject({ status: 'HELD', attendanceSummary: { present: 1, excused: 1, absent: 0 } });
    const again = await facilitator.client.ok(ATTENDANCE, { input: { meetingId: meeting.globalId, entries: [{ memberId: second.globalId, status: 'ABSENT' }] } });
    expect(again.recordCouncilAttendance.data.attendanceSummary).toEqual({ present: 1, excused: 0, absent: 1 });
    expect((await attendanceRows(meeting.id)).map((row) => [row.memberId, row.status]).sort()).toEqual(
      [
        [active.id, 'PRESENT'],
        [second.id, 'ABSENT'],
      ].sort(),
    );
  });

  it('refuses the whole batch, naming them, when it holds a suspended child or another committee’s child', async () => {
    const { committee, other, facilitator, active, suspended } = await committeeWithChildren(server.graphqlUrl);
    const elsewhere = await createChild({ committee: other, firstName: 'Deniz' });
    const meeting = await createCouncilMeeting({ committee, startsInHours: 0 });
    const result = await facilitator.client.ok(ATTENDANCE, {
      input: {
        meetingId: meeting.globalId,
        entries: [
          { memberId: active.globalId, status: 'PRESENT' },
          { memberId: suspended.globalId, status: 'PRESENT' },
          { memberId: elsewhere.globalId, status: 'ABSENT' },
        ],
      },
    });
    expect(result.recordCouncilAttendance).toMatchObject({
      __typename: 'CouncilAttendanceNotMarkableError',
      code: 'COUNCIL_ATTENDANCE_NOT_MARKABLE',
      memberIds: [suspended.globalId, elsewhere.globalId],
      // The suspended child of the committee by name; the other committee's child is not named.
      message: translate('tr', 'error.council.meetings.attendanceNotMarkable', { count: 2, names: 'Berk' }),
    });
    expect(await attendanceRows(meeting.id)).toEqual([]);
    expect((await prisma.councilMeeting.findUniqueOrThrow({ where: { id: meeting.id } })).status).toBe('SCHEDULED');
  });

  it('refuses a cancelled meeting and a malformed member id as typed errors', async () => {
    const { committee, facilitator, active } = await committeeWithChildren(server.graphqlUrl);
    const meeting = await createCouncilMeeting({ committee, startsInHours: 0 });
    await prisma.councilMeeting.update({ where: { id: meeting.id }, data: { status: 'CANCELLED' } });
    const cancelled = await facilitator.client.ok(ATTENDANCE, { input: { meetingId: meeting.globalId, entries: [{ memberId: active.globalId, status: 'PRESENT' }] } });
    expect(cancelled.recordCouncilAttendance.code).toBe('COUNCIL_MEETING_CANCELLED');
    const malformed = await facilitator.client.ok(ATTENDANCE, { input: { meetingId: meeting.globalId, entries: [{ memberId: 'nope', status: 'PRESENT' }] } });
    expect(malformed.recordCouncilAttendance.issues.map((i: { path: string[] }) => i.path.join('.'))).toEqual(['entries.0.memberId']);
    const empty = await facilitator.client.ok(ATTENDANCE, { input: { meetingId: meeting.globalId, entries: [] } });
    expect(empty.recordCouncilAttendance.__typename).toBe('InputValidationError');
  });

  it('a facilitator of another committee can neither read the roster nor record attendance', async () => {
    const { committee, other, active } = await committeeWithChildren(server.graphqlUrl);
    const stranger = await facilitatorOf(server.graphqlUrl, other);
    const meeting = await createCouncilMeeting({ committee, startsInHours: 0 });
    const read = await stranger.client.request(ROSTER, { id: meeting.globalId });
    expect(read.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(read)).not.toContain(active.lastName);
    const write = await stranger.client.request(ATTENDANCE, { input: { meetingId: meeting.globalId, entries: [{ memberId: active.globalId, status: 'PRESENT' }] } });
    expect(write.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(await attendanceRows(meeting.id)).toEqual([]);
  });

  it('a facilitator does not mark their own child', async () => {
    const { committee, facilitator } = await committeeWithChildren(server.graphqlUrl);
    const own = await createChild({ committee, guardianUserId: facilitator.person.id });
    const meeting = await createCouncilMeeting({ committee, startsInHours: 0 });
    const response = await facilitator.client.request(ATTENDANCE, { input: { meetingId: meeting.globalId, entries: [{ memberId: own.globalId, status: 'PRESENT' }] } });
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(await attendanceRows(meeting.id)).toEqual([]);
  });
});

describe('the roster and who reads attendance', () => {
  it('lists active members then suspended ones, and a withdrawn media consent shows at once', async () => {
    const { committee, facilitator, active, suspended } = await committeeWithChildren(server.graphqlUrl);
    const meeting = await createCouncilMeeting({ committee });
    const before = await facilitator.client.ok(ROSTER, { id: meeting.globalId });
    expect(before.node.roster.map((m: { id: string; status: string; mediaAllowed: boolean }) => [m.id, m.status, m.mediaAllowed])).toEqual([
      [active.globalId, 'ACTIVE', true],
      [suspended.globalId, 'SUSPENDED', true],
    ]);
    await prisma.councilConsent.updateMany({ where: { memberId: active.id, purpose: 'COUNCIL_MEDIA' }, data: { withdrawnAt: new Date() } });
    const after = await facilitator.client.ok(ROSTER, { id: meeting.globalId });
    expect(after.node.roster[0]).toMatchObject({ id: active.globalId, lastName: 'Yıldız', mediaAllowed: false });
  });

  it('a guardian sees the meeting and their own child’s attendance only', async () => {
    const { committee, facilitator, active } = await committeeWithChildren(server.graphqlUrl);
    const parent = await guardianWithChild(server.graphqlUrl, { committee, firstName: 'Ece' });
    const meeting = await createCouncilMeeting({ committee, startsInHours: 0 });
    await facilitator.client.ok(ATTENDANCE, {
      input: { meetingId: meeting.globalId, entries: [{ memberId: active.globalId, status: 'ABSENT' }, { memberId: parent.child.globalId, status: 'PRESENT' }] },
    });
    const own = await parent.client.ok(`query($id: ID!) { node(id: $id) { ... on CouncilMeeting { title myChildrenAttendance { member { id firstName } status } } } }`, {
      id: meeting.globalId,
    });
    expect(own.node.myChildrenAttendance).toEqual([{ member: { id: parent.child.globalId, firstName: 'Ece' }, status: 'PRESENT' }]);
    const all = await parent.client.request(`query($id: ID!) { node(id: $id) { ... on CouncilMeeting { attendances { status } } } }`, { id: meeting.globalId });
    expect(all.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    // Someone with no child in the committee does not see the meeting at all.
    const outsider = await clientFor(server.graphqlUrl, ['VOLUNTEER']);
    const hidden = await outsider.client.request(`query($id: ID!) { node(id: $id) { id } }`, { id: meeting.globalId });
    expect(hidden.data?.node ?? null).toBeNull();
  });
});

describe('agenda, minutes and decisions', () => {
  it('replaces the agenda and the decisions, and stamps the minutes', async () => {
    const { committee, facilitator } = await committeeWithChildren(server.graphqlUrl);
    const meeting = await createCouncilMeeting({ committee, startsInHours: 0 });
    const agenda = await facilitator.client.ok(AGENDA, { input: { meetingId: meeting.globalId, items: [{ title: 'Bütçe' }, { title: 'Park', notes: 'Kültürpark' }] } });
    expect(agenda.setCouncilAgenda.data.agendaItems).toEqual([
      { position: 0, title: 'Bütçe', notes: '' },
      { position: 1, title: 'Park', notes: 'Kültürpark' },
    ]);
    await facilitator.client.ok(MINUTES, { input: { meetingId: meeting.globalId, minutes: 'İlk taslak', decisions: ['Bir', 'İki'] } });
    const minutes = await facilitator.client.ok(MINUTES, { input: { meetingId: meeting.globalId, minutes: 'Toplantı 16:00’da açıldı.', decisions: ['Parka bank önerilecek.'] } });
    expect(minutes.recordCouncilMinutes.data).toMatchObject({ minutes: 'Toplantı 16:00’da açıldı.', decisions: [{ position: 0, text: 'Parka bank önerilecek.' }] });
    expect(minutes.recordCouncilMinutes.data.minutesAt).not.toBeNull();
    const nul = await facilitator.client.ok(MINUTES, { input: { meetingId: meeting.globalId, minutes: 'a\u0000b', decisions: [] } });
    expect(nul.recordCouncilMinutes.issues.map((i: { message: string }) => i.message)).toEqual([translate('tr', 'validation.noNul')]);
  });
});

describe('the general assembly', () => {
  it('has one item per committee not archived, and each committee’s runner writes its report', async () => {
    const { term, committees } = await createCouncilTerm({ committees: ['Kent', 'Doğa', 'Eski'] });
    await prisma.councilCommittee.update({ where: { id: committees[2]!.id }, data: { archivedAt: new Date() } });
    const coordinator = await clientFor(server.graphqlUrl, ['COORDINATOR']);
    const child = await createChild({ committee: committees[1]!, firstName: 'Gül' });
    const input = { termId: term.globalId, title: 'Genel Kurul', date: inDays(30), startTime: '11:00', endTime: '13:00', placeName: 'Ahmed Adnan Saygun Sanat Merkezi' };
    const made = await coordinator.client.ok(ASSEMBLY, { input });
    const assembly = made.scheduleCouncilGeneralAssembly.data;
    expect(assembly).toMatchObject({ kind: 'GENERAL_ASSEMBLY', committee: null });
    expect(assembly.agendaItems.map((item: { committee: { id: string } }) => item.committee.id)).toEqual([committees[0]!.globalId, committees[1]!.globalId]);
    expect(await prisma.outboxMessage.count({ where: { toAddress: child.guardian.email!, template: 'councilMeetingScheduled' } })).toBe(1);

    const runner = await facilitatorOf(server.graphqlUrl, committees[1]!);
    const report = await runner.client.ok(REPORT, { input: { meetingId: assembly.id, committeeId: committees[1]!.globalId, report: 'İki öneri sunduk.' } });
    expect(report.recordCouncilCommitteeReport.data.agendaItems.map((item: { report: string }) => item.report)).toEqual(['', 'İki öneri sunduk.']);
    const elsewhere = await runner.client.request(REPORT, { input: { meetingId: assembly.id, committeeId: committees[0]!.globalId, report: 'x' } });
    expect(elsewhere.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    // Every runner sees the assembly; the guardian of a member of the term does too.
    const list = await runner.client.ok(`query($t: ID!) { councilMeetings(termId: $t, first: 5) { edges { node { id title } } } }`, { t: term.globalId });
    expect(list.councilMeetings.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([assembly.id]);
    const none = await coordinator.client.ok(ASSEMBLY, { input: { ...input, termId: (await createCouncilTerm({ committees: [] })).term.globalId } });
    expect(none.scheduleCouncilGeneralAssembly.code).toBe('COUNCIL_TERM_WITHOUT_COMMITTEES');
  });
});

describe('the meetings list', () => {
  const LIST = `query($c: ID!, $from: DateTime) { councilMeetings(committeeId: $c, from: $from, first: 10) {
    edges { node { id title startsAt status viewerRuns agendaItems { title } attendanceSummary { present excused absent } } }
    pageInfo { hasNextPage endCursor } } }`;
  const normalise = (sql: string) => sql.replace(/"public"\./g, '').replace(/IN \((?:\$\d+,?)+\)/g, 'IN ($…)').replace(/\$\d+/g, '$?');

  it('lists upcoming meetings soonest first, with the same statements for 2 meetings and for 8', async () => {
    const { committee, facilitator } = await committeeWithChildren(server.graphqlUrl);
    const past = await createCouncilMeeting({ committee, startsInHours: -48, title: 'Geçmiş' });
    await createCouncilMeeting({ committee, startsInHours: 72, title: 'Üçüncü gün' });
    await createCouncilMeeting({ committee, startsInHours: 24, title: 'Yarın' });
    const from = new Date().toISOString();
    const record = async () => {
      const { result, statements } = await recordSql(() => facilitator.client.ok(LIST, { c: committee.globalId, from }));
      return { result, statements: statements.map(normalise).sort() };
    };
    const few = await record();
    expect(few.result.councilMeetings.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(['Yarın', 'Üçüncü gün']);
    expect(JSON.stringify(few.result)).not.toContain(past.globalId);
    for (let i = 0; i < 6; i += 1) await createCouncilMeeting({ committee, startsInHours: 100 + i });
    const many = await record();
    expect(many.result.councilMeetings.edges).toHaveLength(8);
    expect(many.statements).toEqual(few.statements);
    expect(few.statements).toMatchSnapshot();
    const foreign = await facilitator.client.request(LIST, { c: globalId('CouncilTerm', committee.termId), from });
    expect(foreign.data?.councilMeetings?.__typename ?? null).toBeNull();
  });
});
