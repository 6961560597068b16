// The council's reports: every figure compared with a count made independently from the raw rows
// (members active at the period's end by committee, district, age band and gender; attendance per
// committee per İzmir month, with a meeting on New Year's night that is January in İzmir but still
// December in UTC; proposals by status), and the CSV download for coordinators only.
import { prisma } from '@katilim/server/db/prisma';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { clientFor, cookieHeader } from '../support/scenarios.ts';
import { createChild, createCouncilTerm } from '../support/council-scenarios.ts';
import { createProposal, pastMeeting } from '../support/council-proposals-scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let coordinator: GraphQLClient;
beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
});
afterAll(() => server?.close());

const REPORT = `query($termId: ID!, $from: Date!, $to: Date!) { councilReport(termId: $termId, from: $from, to: $to) {
  __typename
  ... on QueryCouncilReportSuccess { data {
    totalMembers
    committees { committeeId name members }
    districts { districtId name members }
    ageBands { band members }
    genders { gender members }
    attendance { committeeId month meetings present recorded rate }
    proposals { status count }
  } }
  ... on Error { code message }
} }`;

const FROM = '2026-09-01';
const TO = '2027-01-31';
const monthInIzmir = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Istanbul', year: 'numeric', month: '2-digit' }).format(at).slice(0, 7);
const ageOn = (birth: Date, day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  let age = y - birth.getUTCFullYear();
  if (m < birth.getUTCMonth() + 1 || (m === birth.getUTCMonth() + 1 && d < birth.getUTCDate())) age -= 1;
  return age;
};

describe('the council report', () => {
  it('matches counts made from the raw rows', { timeout: 60_000 }, async () => {
    const { term, committees } = await createCouncilTerm();
    const [a, b] = committees as [(typeof committees)[0], (typeof committees)[0]];
    // Ages on 2027-01-31: 10, 11 (birthday the next day: still 11), 13, 16, 17; others left, joined late or are suspended.
    const specs = [
      { committee: a, birthDate: '2016-05-01', gender: 'WOMAN' as const, districtId: 8 },
      { committee: a, birthDate: '2015-02-01', gender: 'MAN' as const, districtId: 8 },
      { committee: a, birthDate: '2013-06-10', gender: null, districtId: 21 },
      { committee: b, birthDate: '2010-12-31', gender: 'NON_BINARY' as const, districtId: 21 },
      { committee: b, birthDate: '2009-03-03', gender: 'WOMAN' as const, districtId: 7 },
      { committee: b, birthDate: '2012-01-01', gender: 'WOMAN' as const, districtId: 7, status: 'SUSPENDED' as const },
    ];
    const children = [];
    for (const spec of specs) children.push(await createChild(spec));
    const left = await createChild({ committee: a, birthDate: '2012-01-01' });
    await prisma.councilMember.update({ where: { id: left.id }, data: { status: 'LEFT', leftAt: new Date('2027-01-10T09:00:00Z'), leftReason: 'REMOVED' } });
    const leftLater = await createChild({ committee: b, birthDate: '2012-01-01', gender: 'MAN' });
    await prisma.councilMember.update({ where: { id: leftLater.id }, data: { status: 'LEFT', leftAt: new Date('2027-02-03T09:00:00Z'), leftReason: 'REMOVED' } });
    const late = await createChild({ committee: a, birthDate: '2012-01-01' });
    await prisma.councilMember.update({ where: { id: late.id }, data: { joinedOn: new Date('2027-02-01T00:00:00Z') } });

    // Meetings: December, New Year's night (January in İzmir), a cancelled one, one outside the period.
    const meetings = [
      await pastMeeting(a, { startsAt: new Date('2026-12-10T14:00:00Z') }),
      await pastMeeting(a, { startsAt: new Date('2026-12-31T22:30:00Z') }),
      await pastMeeting(b, { startsAt: new Date('2027-01-15T14:00:00Z') }),
      await pastMeeting(a, { startsAt: new Date('2026-12-12T14:00:00Z'), status: 'CANCELLED' }),
      await pastMeeting(a, { startsAt: new Date('2027-02-02T14:00:00Z') }),
    ];
    const statuses = ['PRESENT', 'ABSENT', 'PRESENT', 'EXCUSED'] as const;
    for (const [index, meeting] of meetings.entries()) {
      const roll = children.filter((child) => child.committeeId === meeting.committeeId);
      await prisma.councilAttendance.createMany({ data: roll.map((child, i) => ({ meetingId: meeting.id, memberId: child.id, status: statuses[(i + index) % 4]! })) });
    }
    for (const status of ['DRAFT', 'SUBMITTED', 'SUBMITTED', 'IMPLEMENTED'] as const) await createProposal(a, { status, createdAt: new Date('2026-10-01T10:00:00Z') });
    await createProposal(b, { status: 'DECLINED', createdAt: new Date('2027-03-01T10:00:00Z') });

    const report = (await coordinator.ok(REPORT, { termId: term.globalId, from: FROM, to: TO })).councilReport.data;

    // Independently: members of the term, joined by the end, not left by the end, not suspended.
    const end = new Date('2027-01-31T21:00:00Z');
    const rows = await prisma.councilMember.findMany({ where: { committee: { termId: term.id } }, include: { district: true } });
    const active = rows.filter((m) => m.joinedOn <= new Date(`${TO}T00:00:00Z`) && (!m.leftAt || m.leftAt >= end) && m.status !== 'SUSPENDED');
    expect(active).toHaveLength(6);
    expect(report.totalMembers).toBe(active.length);
    for (const row of report.committees) {
      const id = Buffer.from(row.committeeId, 'base64').toString().split(':')[1];
      expect(row.members).toBe(active.filter((m) => m.committeeId === id).length);
    }
    for (const row of report.districts) expect(row.members).toBe(active.filter((m) => m.districtId === row.districtId).length);
    const band = (age: number) => (age >= 10 && age <= 17 ? `${age - (age % 2)}-${age - (age % 2) + 1}` : 'OTHER');
    for (const row of report.ageBands) expect(row.members, row.band).toBe(active.filter((m) => band(ageOn(m.birthDate, TO)) === row.band).length);
    expect(report.ageBands).toEqual(expect.arrayContaining([{ band: '10-11', members: 2 }, { band: '16-17', members: 2 }]));
    for (const row of report.genders) expect(row.members, row.gender).toBe(active.filter((m) => (m.gender ?? 'UNDISCLOSED') === row.gender).length);

    // Attendance: HELD meetings starting in the period, grouped by committee and İzmir month.
    const held = await prisma.councilMeeting.findMany({
      where: { termId: term.id, status: 'HELD', startsAt: { gte: new Date('2026-08-31T21:00:00Z'), lt: end } },
      include: { attendances: true },
    });
    const expected = new Map<string, { meetings: number; present: number; recorded: number }>();
    for (const meeting of held) {
      const key = `${meeting.committeeId}|${monthInIzmir(meeting.startsAt)}`;
      const cell = expected.get(key) ?? { meetings: 0, present: 0, recorded: 0 };
      cell.meetings += 1;
      cell.present += meeting.attendances.filter((x) => x.status === 'PRESENT').length;
      cell.recorded += meeting.attendances.length;
      expected.set(key, cell);
    }
    const got = new Map<string, { meetings: number; present: number; recorded: number }>(
      report.attendance.map((row: { committeeId: string; month: string; meetings: number; present: number; recorded: number; rate: number }) => {
        expect(row.rate).toBeCloseTo(row.present / row.recorded);
        return [`${Buffer.from(row.committeeId, 'base64').toString().split(':')[1]}|${row.month}`, { meetings: row.meetings, present: row.present, recorded: row.recorded }];
      }),
    );
    expect(got).toEqual(expected);
    expect([...got.keys()].map((key) => key.split('|')[1]).sort()).toEqual(['2026-12', '2027-01', '2027-01']);

    // Proposals drafted in the period, by status.
    const proposals = await prisma.councilProposal.findMany({ where: { committee: { termId: term.id }, createdAt: { gte: new Date('2026-08-31T21:00:00Z'), lt: end } } });
    for (const row of report.proposals) expect(row.count, row.status).toBe(proposals.filter((p) => p.status === row.status).length);
    expect(report.proposals.find((row: { status: string }) => row.status === 'SUBMITTED').count).toBe(2);
  });

  it('refuses a period the wrong way round, and an unknown term', async () => {
    const { term } = await createCouncilTerm();
    expect((await coordinator.ok(REPORT, { termId: term.globalId, from: TO, to: FROM })).councilReport.__typename).toBe('InputValidationError');
    const ghost = Buffer.from('CouncilTerm:00000000-0000-4000-8000-000000000000').toString('base64');
    expect((await coordinator.ok(REPORT, { termId: ghost, from: FROM, to: TO })).councilReport.code).toBe('NOT_FOUND');
  });

  it('serves the CSV to coordinators, 404 to anyone else', async () => {
    const { term } = await createCouncilTerm();
    const url = `${server.url}/council/reports.csv?termId=${encodeURIComponent(term.globalId)}&from=${FROM}&to=${TO}&lang=en`;
    const staff = await clientFor(server.graphqlUrl, ['COORDINATOR']);
    const ok = await fetch(url, { headers: { cookie: cookieHeader(staff.client) } });
    expect(ok.status).toBe(200);
    const text = await ok.text();
    expect(text.split('\n')[0]).toContain('Section');
    expect(text).toContain('Total members');
    const volunteer = await clientFor(server.graphqlUrl, ['FACILITATOR']);
    expect((await fetch(url, { headers: { cookie: cookieHeader(volunteer.client) } })).status).toBe(404);
    expect((await fetch(url)).status).toBe(404);
  });
});
