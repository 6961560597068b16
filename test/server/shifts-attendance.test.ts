// Shifts' attendance: check-in by the shift's QR code (every refusal, in both languages), check-out
// and the minutes, the coordinator's roster in one transaction, no-shows pausing sign-up, hours
// approval, hoursServed, the hours chart, certificates (PDF with Turkish letters, public check),
// the private calendar feed and the reports with their CSV.
import { inflateSync } from 'node:zlib';
import { prisma } from '@katilim/server/db/prisma';
import { translate } from '@katilim/server/i18n/messages';
import { minutesServed } from '@katilim/server/modules/shifts/attendance';
import { normaliseCode } from '@katilim/server/modules/shifts/certificates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplication, createRound } from '../support/applications-scenarios.ts';
import { fireAtOnce } from '../support/concurrency.ts';
import { createBooking, createSlot } from '../support/interviews-scenarios.ts';
import { createCourse, enrol } from '../support/trainings-scenarios.ts';
import { GraphQLClient } from '../support/graphql-client.ts';
import { clientFor, cookieHeader } from '../support/scenarios.ts';
import {
  attendedShift,
  checkInCode,
  confirmedOnRunningShift,
  createOpportunity,
  createShift,
  createVolunteer,
  pauseForNoShows,
  setShiftSettings,
  signUp,
  volunteerClient,
} from '../support/shifts-scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { SESSION_COOKIE } from '@katilim/server/http/cookies';

let server: TestServer;
let coordinator: GraphQLClient;
beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
});
afterAll(() => server?.close());

const MINUTE = 60_000;
const RESULT = (success: string, data: string) =>
  `__typename ... on ${success} { data { ${data} } } ... on InputValidationError { issues { path message } } ... on Error { code message }`;

const CHECK_IN = `mutation($input: CheckInToShiftInput!) { checkInToShift(input: $input) { ${RESULT('MutationCheckInToShiftSuccess', 'id checkedInAt attendance minutes')} } }`;
const CHECK_OUT = `mutation($input: CheckOutOfShiftInput!) { checkOutOfShift(input: $input) { ${RESULT('MutationCheckOutOfShiftSuccess', 'id checkedOutAt minutes')} } }`;
const RECORD = `mutation($input: RecordShiftAttendanceInput!) { recordShiftAttendance(input: $input) {
  ${RESULT('MutationRecordShiftAttendanceSuccess', 'id attendance minutes')} ... on MinutesExceedShiftError { maximum } } }`;
const APPROVE = `mutation($input: ApproveShiftHoursInput!) { approveShiftHours(input: $input) {
  ${RESULT('MutationApproveShiftHoursSuccess', 'id hoursApprovedAt minutes')} ... on HoursNotApprovableError { count } } }`;
const LIFT = `mutation($input: LiftShiftPauseInput!) { liftShiftPause(input: $input) { ${RESULT('MutationLiftShiftPauseSuccess', 'noShows pausedAt')} } }`;
const ISSUE = `mutation($input: IssueParticipationCertificateInput!) { issueParticipationCertificate(input: $input) {
  ${RESULT('MutationIssueParticipationCertificateSuccess', 'id code totalMinutes areas { name minutes } downloadPath verificationUrl periodFrom periodTo')} } }`;
const VERIFY = `query($code: String!) { verifyParticipationCertificate(code: $code) { code holderName totalMinutes periodFrom periodTo issuedAt } }`;

/** Moves a three-hour shift to start at the instant (its cut-off a day before). */
async function moveShift(id: string, startsAt: string) {
  const start = new Date(startsAt);
  await prisma.shift.update({
    where: { id },
    data: { startsAt: start, endsAt: new Date(start.getTime() + 3 * 60 * MINUTE), signupClosesAt: new Date(start.getTime() - 24 * 60 * MINUTE) },
  });
}

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

describe('the check-in code', () => {
  it('is the shift id with a signature of its secret; the coordinator reads it as a URL and an SVG QR code', async () => {
    const shift = await createShift();
    const data = await coordinator.ok(`query($id: ID!) { node(id: $id) { ... on Shift { checkInUrl checkInQr calendarPath } } }`, { id: shift.globalId });
    expect(data.node.checkInUrl).toBe(`${server.url}/shifts/check-in/${checkInCode(shift)}`);
    expect(checkInCode(shift)).toMatch(new RegExp(`^${shift.id}\\.[A-Za-z0-9_-]{22}$`));
    expect(Buffer.from(data.node.checkInQr.replace('data:image/svg+xml;base64,', ''), 'base64').toString()).toContain('<svg');
    expect(data.node.calendarPath).toBe(`/calendar/shifts/${shift.id}.ics`);
  });

  it('is hidden from volunteers', async () => {
    const shift = await createShift();
    const { client } = await volunteerClient(server.graphqlUrl);
    const response = await client.request(`query($id: ID!) { node(id: $id) { ... on Shift { checkInUrl } } }`, { id: shift.globalId });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('checking in', () => {
  it('records the time, marks the person present with the minutes to the end, and is idempotent', async () => {
    const { client, person } = await volunteerClient(server.graphqlUrl);
    const { shift, signup } = await confirmedOnRunningShift(person.id);
    const first = await client.ok(CHECK_IN, { input: { code: checkInCode(shift) } });
    expect(first.checkInToShift).toMatchObject({ __typename: 'MutationCheckInToShiftSuccess', data: { id: signup.globalId, attendance: 'PRESENT' } });
    expect(first.checkInToShift.data.minutes).toBeGreaterThanOrEqual(119);
    const again = await client.ok(CHECK_IN, { input: { code: `  ${checkInCode(shift)} ` } });
    expect(again.checkInToShift.data.checkedInAt).toBe(first.checkInToShift.data.checkedInAt);
    expect(await prisma.auditEntry.count({ where: { action: 'shift.checkIn', entityId: signup.id } })).toBe(1);
  });

  it('opens 30 minutes before the start', async () => {
    const { client, person } = await volunteerClient(server.graphqlUrl);
    const shift = await createShift({ startsInHours: 0.4 });
    await signUp(shift, person.id);
    const data = await client.ok(CHECK_IN, { input: { code: checkInCode(shift) } });
    expect(data.checkInToShift.__typename).toBe('MutationCheckInToShiftSuccess');
  });

  type Refusal = { name: string; code: string; key: string; params?: Record<string, number>; make: (userId: string) => Promise<string> };
  const refusals: Refusal[] = [
    { name: 'a made-up code', code: 'INVALID_CHECK_IN_CODE', key: 'shifts.attendance.invalidCode', make: async () => 'not-a-code' },
    {
      name: 'a code with another signature',
      code: 'INVALID_CHECK_IN_CODE',
      key: 'shifts.attendance.invalidCode',
      make: async (userId) => {
        const { shift } = await confirmedOnRunningShift(userId);
        return `${shift.id}.AAAAAAAAAAAAAAAAAAAAAA`;
      },
    },
    {
      name: 'too early (the shift starts in two hours)',
      code: 'CHECK_IN_NOT_OPEN',
      key: 'shifts.attendance.notOpen',
      params: { minutes: 90 },
      make: async (userId) => {
        const shift = await createShift({ startsInHours: 2 });
        await signUp(shift, userId);
        return checkInCode(shift);
      },
    },
    {
      name: 'after the end',
      code: 'CHECK_IN_CLOSED',
      key: 'shifts.attendance.closed',
      make: async (userId) => {
        const shift = await createShift({ startsInHours: -4, hours: 3, cutoffHours: 1 });
        await signUp(shift, userId);
        return checkInCode(shift);
      },
    },
    {
      name: 'a cancelled shift',
      code: 'CHECK_IN_CLOSED',
      key: 'shifts.attendance.closed',
      make: async (userId) => {
        const { shift } = await confirmedOnRunningShift(userId);
        await prisma.shift.update({ where: { id: shift.id }, data: { cancelledAt: new Date() } });
        return checkInCode(shift);
      },
    },
    {
      name: 'nobody signed up',
      code: 'NOT_ON_SHIFT',
      key: 'shifts.attendance.notOnShift',
      make: async () => checkInCode(await createShift({ startsInHours: -1, cutoffHours: 1 })),
    },
    {
      name: 'only waitlisted',
      code: 'NOT_ON_SHIFT',
      key: 'shifts.attendance.notOnShift',
      make: async (userId) => {
        const shift = await createShift({ startsInHours: -1, cutoffHours: 1 });
        await signUp(shift, userId, 'WAITLISTED');
        return checkInCode(shift);
      },
    },
  ];

  it.each(refusals)('refuses $name with $code, in Turkish and English, writing nothing', async ({ code, key, params, make }) => {
    const { client, person } = await volunteerClient(server.graphqlUrl);
    const english = new GraphQLClient(server.graphqlUrl, { locale: 'en' }).setCookie(SESSION_COOKIE, client.cookie(SESSION_COOKIE)!);
    const scanned = await make(person.id);
    const audits = await prisma.auditEntry.count();
    const tr = await client.ok(CHECK_IN, { input: { code: scanned } });
    const en = await english.ok(CHECK_IN, { input: { code: scanned } });
    if (params) {
      // The minutes left move while the test runs; the message is checked with the number it gave.
      const minutes = Number([...(en.checkInToShift.message as string).matchAll(/\d+/g)].at(-1)![0]);
      expect(Math.abs(minutes - params.minutes!)).toBeLessThanOrEqual(1);
      expect(tr.checkInToShift).toEqual({ __typename: 'CheckInNotOpenError', code, message: translate('tr', key as never, { minutes }) });
      expect(en.checkInToShift.message).toBe(translate('en', key as never, { minutes }));
    } else {
      expect(tr.checkInToShift).toMatchObject({ code, message: translate('tr', key as never) });
      expect(en.checkInToShift).toMatchObject({ code, message: translate('en', key as never) });
    }
    expect(await prisma.shiftSignup.count({ where: { userId: person.id, checkedInAt: { not: null } } })).toBe(0);
    expect(await prisma.auditEntry.count()).toBe(audits);
  });
});

describe('minutes', () => {
  const shift = { startsAt: new Date('2026-12-01T07:00:00Z'), endsAt: new Date('2026-12-01T10:00:00Z') };
  it.each([
    ['in and out inside the shift', '2026-12-01T07:10:00Z', '2026-12-01T09:40:00Z', 150],
    ['early arrival and late leaving are clamped to the shift', '2026-12-01T06:40:00Z', '2026-12-01T11:00:00Z', 180],
    ['no check-out counts to the end', '2026-12-01T08:00:00Z', null, 120],
    ['present without times is the shift’s length', null, null, 180],
    ['leaving before the start counts nothing', '2026-12-01T06:35:00Z', '2026-12-01T06:50:00Z', 0],
  ])('%s', (_name, inAt, outAt, expected) => {
    expect(minutesServed(shift, inAt ? new Date(inAt) : null, outAt ? new Date(outAt) : null)).toBe(expected);
  });

  it('follow check-in and check-out; checking out twice or without check-in is refused', async () => {
    const { client, person } = await volunteerClient(server.graphqlUrl);
    const { shift, signup } = await confirmedOnRunningShift(person.id);
    const early = await client.ok(CHECK_OUT, { input: { signupId: signup.globalId } });
    expect(early.checkOutOfShift).toMatchObject({ code: 'NOT_CHECKED_IN', message: translate('tr', 'shifts.attendance.notCheckedIn') });
    await client.ok(CHECK_IN, { input: { code: checkInCode(shift) } });
    const out = await client.ok(CHECK_OUT, { input: { signupId: signup.globalId } });
    expect(out.checkOutOfShift.__typename).toBe('MutationCheckOutOfShiftSuccess');
    expect(out.checkOutOfShift.data.minutes).toBe(0);
    const twice = await client.ok(CHECK_OUT, { input: { signupId: signup.globalId } });
    expect(twice.checkOutOfShift.code).toBe('ALREADY_CHECKED_OUT');
  });

  it('are checked out only by the person themselves', async () => {
    const owner = await createVolunteer();
    const { signup } = await confirmedOnRunningShift(owner.id);
    await prisma.shiftSignup.update({ where: { id: signup.id }, data: { checkedInAt: new Date() } });
    const { client } = await volunteerClient(server.graphqlUrl);
    const data = await client.ok(CHECK_OUT, { input: { signupId: signup.globalId } });
    expect(data.checkOutOfShift.code).toBe('NOT_FOUND');
    expect((await prisma.shiftSignup.findUniqueOrThrow({ where: { id: signup.id } })).checkedOutAt).toBeNull();
  });
});

describe('the coordinator’s roster', () => {
  it('marks present (with the shift’s length or a correction), no-show and excused in one go', async () => {
    const [a, b, c] = await Promise.all([createVolunteer(), createVolunteer(), createVolunteer()]);
    const shift = await createShift({ startsInHours: -4, hours: 3, cutoffHours: 1 });
    const [sa, sb, sc] = await Promise.all([signUp(shift, a.id), signUp(shift, b.id), signUp(shift, c.id)]);
    const roster = await coordinator.ok(`query($id: ID!) { node(id: $id) { ... on Shift { attendanceRoster { id volunteer { id } } } } }`, { id: shift.globalId });
    expect(roster.node.attendanceRoster).toHaveLength(3);
    const data = await coordinator.ok(RECORD, {
      input: {
        shiftId: shift.globalId,
        entries: [
          { signupId: sa.globalId, attendance: 'PRESENT' },
          { signupId: sb.globalId, attendance: 'PRESENT', minutes: 95 },
          { signupId: sc.globalId, attendance: 'NO_SHOW' },
        ],
      },
    });
    expect(data.recordShiftAttendance.data).toEqual(
      [
        { id: sa.globalId, attendance: 'PRESENT', minutes: 180 },
        { id: sb.globalId, attendance: 'PRESENT', minutes: 95 },
        { id: sc.globalId, attendance: 'NO_SHOW', minutes: 0 },
      ].sort((x, y) => (Buffer.from(x.id, 'base64').toString() < Buffer.from(y.id, 'base64').toString() ? -1 : 1)),
    );
    expect((await prisma.shiftStanding.findUniqueOrThrow({ where: { userId: c.id } })).noShows).toBe(1);
    // Corrected to excused: the no-show is taken back.
    await coordinator.ok(RECORD, { input: { shiftId: shift.globalId, entries: [{ signupId: sc.globalId, attendance: 'EXCUSED' }] } });
    expect((await prisma.shiftStanding.findUniqueOrThrow({ where: { userId: c.id } })).noShows).toBe(0);
  });

  it.each([
    ['more minutes than the shift', 'MINUTES_EXCEED_SHIFT', { minutes: 181 }],
    ['a sign-up of another shift', 'SIGNUP_NOT_ON_SHIFT', { otherShift: true }],
    ['a shift far ahead', 'ATTENDANCE_TOO_EARLY', { ahead: true }],
  ] as const)('refuses %s, writing nothing (%s)', async (_name, code, spec) => {
    const person = await createVolunteer();
    const shift = await createShift('ahead' in spec ? { startsInHours: 48 } : { startsInHours: -4, hours: 3, cutoffHours: 1 });
    const signup = await signUp('otherShift' in spec ? await createShift({ startsInHours: -4, cutoffHours: 1 }) : shift, person.id);
    const kept = await createVolunteer();
    const keptSignup = await signUp(shift, kept.id);
    const data = await coordinator.ok(RECORD, {
      input: {
        shiftId: shift.globalId,
        entries: [
          { signupId: keptSignup.globalId, attendance: 'NO_SHOW' },
          { signupId: signup.globalId, attendance: 'PRESENT', minutes: 'minutes' in spec ? spec.minutes : null },
        ],
      },
    });
    expect(data.recordShiftAttendance.code).toBe(code);
    expect(await prisma.shiftSignup.count({ where: { id: { in: [signup.id, keptSignup.id] }, attendance: { not: null } } })).toBe(0);
    expect(await prisma.shiftStanding.count({ where: { userId: kept.id, noShows: { gt: 0 } } })).toBe(0);
  });

  it('pauses sign-up at the programme’s threshold of no-shows and tells the person, once', async () => {
    await setShiftSettings({ noShowPauseAfter: 2 });
    try {
      const person = await createVolunteer({ firstName: 'Gülşen' });
      for (const round of [1, 2, 3]) {
        const shift = await createShift({ startsInHours: -5 - round, hours: 2, cutoffHours: 1 });
        const signup = await signUp(shift, person.id);
        await coordinator.ok(RECORD, { input: { shiftId: shift.globalId, entries: [{ signupId: signup.globalId, attendance: 'NO_SHOW' }] } });
        const standing = await prisma.shiftStanding.findUniqueOrThrow({ where: { userId: person.id } });
        expect(standing.noShows).toBe(round);
        expect(standing.pausedAt !== null).toBe(round >= 2);
      }
      const mails = await prisma.outboxMessage.findMany({ where: { template: 'shiftSignupPaused', userId: person.id } });
      expect(mails).toHaveLength(1);
      expect(mails[0]!.bodyText).toContain('Gülşen');
      expect(mails[0]!.bodyText).toContain(`${server.url}/shifts/my-hours`);

      const paused = await coordinator.ok(`{ pausedShiftVolunteers { noShows volunteer { id } } }`);
      expect(paused.pausedShiftVolunteers).toContainEqual({ noShows: 3, volunteer: { id: gid('User', person.id) } });
      const lifted = await coordinator.ok(LIFT, { input: { userId: gid('User', person.id) } });
      expect(lifted.liftShiftPause).toMatchObject({ data: { noShows: 0, pausedAt: null } });
      expect(await prisma.auditEntry.count({ where: { action: 'shift.liftPause', entityId: person.id } })).toBe(1);
      const again = await coordinator.ok(LIFT, { input: { userId: gid('User', person.id) } });
      expect(again.liftShiftPause).toMatchObject({ code: 'NOT_PAUSED', message: translate('tr', 'shifts.attendance.notPaused') });
    } finally {
      await setShiftSettings({ noShowPauseAfter: 3 });
    }
  });

  it('records a batch for the same person from two coordinators at once without losing a no-show', async () => {
    const person = await createVolunteer();
    const shifts = await Promise.all([1, 2, 3, 4].map((n) => createShift({ startsInHours: -3 - n, hours: 2, cutoffHours: 1 })));
    const signups = await Promise.all(shifts.map((shift) => signUp(shift, person.id)));
    const results = await fireAtOnce(4, (index) =>
      coordinator.ok(RECORD, { input: { shiftId: shifts[index]!.globalId, entries: [{ signupId: signups[index]!.globalId, attendance: 'NO_SHOW' }] } }),
    );
    expect(results.map((r) => r.recordShiftAttendance.__typename)).toEqual(Array(4).fill('MutationRecordShiftAttendanceSuccess'));
    expect((await prisma.shiftStanding.findUniqueOrThrow({ where: { userId: person.id } })).noShows).toBe(4);
  });
});

describe('hours', () => {
  it('approved by two coordinators at once are approved once, by one of them, with one audit entry each', async () => {
    const person = await createVolunteer();
    const [first, second] = await Promise.all([attendedShift(person.id, { minutes: 120, approved: false }), attendedShift(person.id, { minutes: 90, approved: false })]);
    const ids = [first.signup.globalId, second.signup.globalId];
    const colleague = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
    const results = await fireAtOnce(6, (index) => (index % 2 ? coordinator : colleague).ok(APPROVE, { input: { signupIds: index % 3 ? ids : [...ids].reverse() } }));
    expect(results.map((r) => r.approveShiftHours.__typename)).toEqual(Array(6).fill('MutationApproveShiftHoursSuccess'));
    const rows = await prisma.shiftSignup.findMany({ where: { id: { in: [first.signup.id, second.signup.id] } }, select: { hoursApprovedAt: true, hoursApprovedById: true } });
    expect(rows.every((row) => row.hoursApprovedAt !== null && row.hoursApprovedById !== null)).toBe(true);
    const audits = await prisma.auditEntry.findMany({ where: { action: 'shift.approveHours', entityId: { in: [first.signup.id, second.signup.id] } } });
    expect(audits.map((entry) => entry.entityId).sort()).toEqual([first.signup.id, second.signup.id].sort());
  });

  it('are approved only for people marked present, all or nothing, and then count in hoursServed', async () => {
    const { client, person } = await volunteerClient(server.graphqlUrl);
    const present = await attendedShift(person.id, { minutes: 150, approved: false });
    const absent = await confirmedOnRunningShift(person.id);
    const refused = await coordinator.ok(APPROVE, { input: { signupIds: [present.signup.globalId, absent.signup.globalId] } });
    expect(refused.approveShiftHours).toMatchObject({ code: 'HOURS_NOT_APPROVABLE', count: 1, message: translate('tr', 'shifts.attendance.notApprovable', { count: 1 }) });
    expect(await prisma.shiftSignup.count({ where: { userId: person.id, hoursApprovedAt: { not: null } } })).toBe(0);

    const profile = `{ me { volunteerProfile { hoursServed minutesServed } } }`;
    expect((await client.ok(profile)).me.volunteerProfile).toEqual({ hoursServed: 0, minutesServed: 0 });
    const approved = await coordinator.ok(APPROVE, { input: { signupIds: [present.signup.globalId] } });
    expect(approved.approveShiftHours.data).toMatchObject([{ id: present.signup.globalId, minutes: 150 }]);
    await attendedShift(person.id, { minutes: 60 });
    expect((await client.ok(profile)).me.volunteerProfile).toEqual({ hoursServed: 3, minutesServed: 210 });

    // Approved hours are final.
    const change = await coordinator.ok(RECORD, { input: { shiftId: present.shift.globalId, entries: [{ signupId: present.signup.globalId, attendance: 'NO_SHOW' }] } });
    expect(change.recordShiftAttendance.code).toBe('HOURS_ALREADY_APPROVED');
  });

  it('are charted by İzmir month and by area', async () => {
    const { client, person } = await volunteerClient(server.graphqlUrl);
    const social = await createOpportunity({ areaSlug: 'social-media' });
    // 31 January 22:30 UTC is 1 February 01:30 in İzmir.
    const febInIzmir = await attendedShift(person.id, { minutes: 90 });
    await moveShift(febInIzmir.shift.id, '2026-01-31T22:30:00Z');
    const march = await attendedShift(person.id, { minutes: 120, opportunity: social });
    await moveShift(march.shift.id, '2026-03-10T07:00:00Z');
    const unapproved = await attendedShift(person.id, { minutes: 45, approved: false });
    await moveShift(unapproved.shift.id, '2026-03-11T07:00:00Z');

    const data = await client.ok(`{ myShiftHours(year: 2026) { year totalMinutes months { month minutes } areas { name minutes } }
      myShiftRecord(year: 2026) { minutes hoursApprovedAt shift { startsAt } } }`);
    expect(data.myShiftHours.totalMinutes).toBe(210);
    expect(data.myShiftHours.months.filter((m: { minutes: number }) => m.minutes > 0)).toEqual([
      { month: 2, minutes: 90 },
      { month: 3, minutes: 120 },
    ]);
    expect(data.myShiftHours.areas.map((a: { minutes: number }) => a.minutes)).toEqual([120, 90]);
    expect(data.myShiftRecord.map((r: { minutes: number }) => r.minutes)).toEqual([45, 120, 90]);
  });
});

/** The text a PDF's ToUnicode maps carry (pdfkit writes the embedded font's characters there). */
function pdfUnicode(pdf: Buffer): { fonts: string[]; chars: Set<number> } {
  const raw = pdf.toString('latin1');
  const chars = new Set<number>();
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index! + match[0].length;
    const end = raw.indexOf('endstream', start);
    let text: string;
    try {
      text = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const range of text.matchAll(/<([0-9a-f]{4})>\s*<([0-9a-f]{4})>\s*\[((?:<[0-9a-f]{4}>\s*)+)\]/gi)) {
      for (const code of range[3]!.matchAll(/<([0-9a-f]{4})>/gi)) chars.add(parseInt(code[1]!, 16));
    }
    for (const single of text.matchAll(/<([0-9a-f]{4})>\s*<([0-9a-f]{4})>\s*\n/gi)) chars.add(parseInt(single[2]!, 16));
  }
  return { fonts: [...raw.matchAll(/\/BaseFont\s*\/([A-Z]{6}\+)?([\w-]+)/g)].map((m) => m[2]!), chars };
}

describe('participation certificates', () => {
  it('are issued from approved hours only, as a PDF with Turkish letters, and confirmed by the public check', async () => {
    const { client, person } = await volunteerClient(server.graphqlUrl, { firstName: 'Şükrü Ilgın', lastName: 'İğdeçiöz' });
    const year = new Date().getUTCFullYear();
    const period = { from: `${year - 1}-01-01`, to: `${year + 1}-12-31` };
    const none = await client.ok(ISSUE, { input: period });
    expect(none.issueParticipationCertificate).toMatchObject({ code: 'NO_APPROVED_HOURS', message: translate('tr', 'shifts.attendance.noApprovedHours') });

    await attendedShift(person.id, { minutes: 150 });
    await attendedShift(person.id, { minutes: 90, opportunity: await createOpportunity({ areaSlug: 'social-media' }) });
    await attendedShift(person.id, { minutes: 600, approved: false });
    const issued = (await client.ok(ISSUE, { input: period })).issueParticipationCertificate.data;
    expect(issued.totalMinutes).toBe(240);
    expect(issued.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(issued.verificationUrl).toBe(`${server.url}/certificates/verify/${issued.code}`);

    const pdf = await fetch(`${server.url}${issued.downloadPath}`, { headers: { cookie: cookieHeader(client) } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const { fonts, chars } = pdfUnicode(bytes);
    expect(fonts.every((font) => font.startsWith('DejaVuSans'))).toBe(true);
    for (const letter of 'ŞüğıİçöIğ') expect(chars.has(letter.codePointAt(0)!), letter).toBe(true);

    // Nobody else may download it; a coordinator may.
    const { client: stranger } = await volunteerClient(server.graphqlUrl);
    expect((await fetch(`${server.url}${issued.downloadPath}`, { headers: { cookie: cookieHeader(stranger) } })).status).toBe(404);
    expect((await fetch(`${server.url}${issued.downloadPath}`)).status).toBe(404);
    expect((await fetch(`${server.url}${issued.downloadPath}`, { headers: { cookie: cookieHeader(coordinator) } })).status).toBe(200);

    const anonymous = new GraphQLClient(server.graphqlUrl);
    const verified = await anonymous.ok(VERIFY, { code: issued.code.toLowerCase().replace(/-/g, ' ') });
    expect(verified.verifyParticipationCertificate).toEqual({
      code: issued.code,
      holderName: 'Şükrü Ilgın İ.',
      totalMinutes: 240,
      periodFrom: period.from,
      periodTo: period.to,
      issuedAt: expect.any(String),
    });
    expect((await anonymous.ok(VERIFY, { code: 'ZZZZ-ZZZZ-ZZZZ' })).verifyParticipationCertificate).toBeNull();
    expect(normaliseCode('abcd efgh jkmo')).toBe('ABCD-EFGH-JKM0');
  });

  it('limits checks per address', async () => {
    const checker = new GraphQLClient(server.graphqlUrl);
    const answers = [];
    for (let i = 0; i < 32; i += 1) answers.push(await checker.request(VERIFY, { code: `QQQQ-QQQQ-QQ${String(i).padStart(2, '0')}` }));
    expect(answers.slice(0, 28).every((a) => !a.errors)).toBe(true);
    expect(answers.at(-1)!.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    await prisma.rateLimitEvent.deleteMany();
  });
});

describe('the calendar feed', () => {
  it('serves the person’s confirmed shifts at a secret URL, rotates and revokes', async () => {
    const { client, person } = await volunteerClient(server.graphqlUrl);
    const confirmed = await createShift({ opportunity: await createOpportunity({ titleTr: 'Kadın danışma günü, Karşıyaka', titleEn: 'Women’s advice day' }) });
    await signUp(confirmed, person.id);
    const waiting = await createShift();
    await signUp(waiting, person.id, 'WAITLISTED');
    const { createCalendarFeed } = await client.ok(`mutation { createCalendarFeed { ${RESULT('MutationCreateCalendarFeedSuccess', 'url createdAt')} } }`);
    const url = createCalendarFeed.data.url as string;
    expect(url).toMatch(new RegExp(`^${server.url}/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    expect((await client.ok(`{ myCalendarFeed { createdAt } }`)).myCalendarFeed).not.toBeNull();

    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    const body = (await feed.text()).replace(/\r\n[ \t]/g, '');
    expect(body).toContain(`UID:shift-${confirmed.id}@katilim`);
    expect(body).toContain('Vardiya: Kadın danışma günü');
    expect(body).not.toContain(`shift-${waiting.id}`);
    expect(await prisma.calendarFeed.count({ where: { tokenHash: url.split('/').at(-1)!.replace('.ics', '') } })).toBe(0);

    const rotated = (await client.ok(`mutation { createCalendarFeed { ... on MutationCreateCalendarFeedSuccess { data { url } } } }`)).createCalendarFeed.data.url;
    expect(rotated).not.toBe(url);
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(rotated)).status).toBe(200);
    await client.ok(`mutation { revokeCalendarFeed { __typename } }`);
    expect((await fetch(rotated)).status).toBe(404);
    expect((await client.ok(`{ myCalendarFeed { createdAt } }`)).myCalendarFeed).toBeNull();
  });

  it('holds the person’s interviews and training sessions too, and nobody else’s', async () => {
    const { client, person } = await volunteerClient(server.graphqlUrl);
    const round = await createRound({ status: 'TRAINING' });
    const booking = await createBooking(round, await createSlot(round, { inHours: 48 }), { applicant: person });
    // One application per round and person: the cancelled booking and the course are in rounds of their own.
    const earlier = await createRound({ status: 'INTERVIEWING' });
    const cancelled = await createBooking(earlier, await createSlot(earlier, { inHours: 96 }), { applicant: person });
    await prisma.interviewBooking.update({ where: { id: cancelled.id }, data: { cancelledAt: new Date() } });
    const trainingRound = await createRound({ status: 'TRAINING' });
    const course = await createCourse(trainingRound, { sessions: 2, firstInDays: 3 });
    await enrol(course, await createApplication(trainingRound, { applicant: person, status: 'IN_TRAINING' }));
    const stranger = await createVolunteer();
    const strangersShift = await createShift();
    await signUp(strangersShift, stranger.id);

    const { createCalendarFeed } = await client.ok(`mutation { createCalendarFeed { ... on MutationCreateCalendarFeedSuccess { data { url } } } }`);
    const body = (await (await fetch(createCalendarFeed.data.url)).text()).replace(/\r\n[ \t]/g, '');
    expect(body).toContain(`UID:interview-${booking.id}@katilim`);
    expect(body).not.toContain(cancelled.id);
    for (const session of course.sessions) expect(body).toContain(`UID:training-${session.id}@katilim`);
    expect(body).toContain(`Görüşme: ${round.titleTr}`);
    expect(body).not.toContain(strangersShift.id);
    expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(3);
  });

  it('offers each shift as a .ics file to people logged in', async () => {
    const { client } = await volunteerClient(server.graphqlUrl);
    const shift = await createShift();
    const path = `/calendar/shifts/${shift.id}.ics`;
    const file = await fetch(`${server.url}${path}?lang=en`, { headers: { cookie: cookieHeader(client) } });
    expect(file.status).toBe(200);
    expect(await file.text()).toContain(`UID:shift-${shift.id}@katilim`);
    expect((await fetch(`${server.url}${path}`)).status).toBe(404);
  });
});

describe('reports', () => {
  it('give shifts, fill rate, hours and no-show rate by month and area or district, as data and as CSV', async () => {
    const opportunity = await createOpportunity({ areaSlug: 'workshops', districtId: 5 });
    const shift = await createShift({ opportunity, capacity: 4, startsInHours: -30, cutoffHours: 1 });
    await moveShift(shift.id, '2025-05-10T07:00:00Z');
    const [a, b] = await Promise.all([createVolunteer(), createVolunteer()]);
    await prisma.shiftSignup.create({ data: { shiftId: shift.id, userId: a.id, status: 'CONFIRMED', attendance: 'PRESENT', minutes: 180, hoursApprovedAt: new Date() } });
    await prisma.shiftSignup.create({ data: { shiftId: shift.id, userId: b.id, status: 'CONFIRMED', attendance: 'NO_SHOW', minutes: 0 } });

    const query = `query($by: ShiftReportGrouping!) { shiftReport(from: "2025-05-01", to: "2025-05-31", by: $by) { month groupKey groupName shifts places filled fillRate approvedMinutes attendanceRecorded noShows noShowRate } }`;
    const byArea = (await coordinator.ok(query, { by: 'AREA' })).shiftReport;
    expect(byArea).toEqual([
      { month: '2025-05', groupKey: opportunity.area.id, groupName: opportunity.area.nameTr, shifts: 1, places: 4, filled: 2, fillRate: 0.5, approvedMinutes: 180, attendanceRecorded: 2, noShows: 1, noShowRate: 0.5 },
    ]);
    const byDistrict = (await coordinator.ok(query, { by: 'DISTRICT' })).shiftReport;
    expect(byDistrict).toMatchObject([{ groupKey: '5', shifts: 1 }]);

    const csv = await fetch(`${server.url}/reports/shifts.csv?from=2025-05-01&to=2025-05-31&by=AREA`, { headers: { cookie: cookieHeader(coordinator) } });
    expect(csv.status).toBe(200);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\n')[0]).toBe('Ay,Alan,Vardiya,Yer,Dolu,Doluluk (%),Onaylı saat,Yoklaması alınan,Gelmeyen,Gelmeme (%)');
    expect(text.split('\n')[1]).toBe(`2025-05,${opportunity.area.nameTr},1,4,2,50,3,2,1,50`);
    const { client: volunteer } = await volunteerClient(server.graphqlUrl);
    expect((await fetch(`${server.url}/reports/shifts.csv?from=2025-05-01&to=2025-05-31`, { headers: { cookie: cookieHeader(volunteer) } })).status).toBe(404);
    expect((await fetch(`${server.url}/reports/shifts.csv?from=2025-05-31&to=2025-05-01`, { headers: { cookie: cookieHeader(coordinator) } })).status).toBe(400);
  });
});

describe('a paused person', () => {
  it('reads their own standing', async () => {
    const { client, person } = await volunteerClient(server.graphqlUrl);
    await pauseForNoShows(person.id, 3);
    const data = await client.ok(`{ me { shiftStanding { noShows pausedAt } } }`);
    expect(data.me.shiftStanding).toMatchObject({ noShows: 3 });
    expect(data.me.shiftStanding.pausedAt).not.toBeNull();
  });
});
