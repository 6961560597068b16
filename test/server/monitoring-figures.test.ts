// The monthly monitoring's figures (every programme's) equal counts made independently, in plain
// TypeScript, from the raw rows of a seeded dataset whose events sit on either side of the months' edges in İzmir's time:
// January 2027 (its first instant is 2026-12-31T21:00Z, across the year boundary) and March 2016
// (Turkey's last change of clocks, on 27 March, inside the month: its bounds are UTC+2 and UTC+3).
import { prisma } from '@katilim/server/db/prisma';
import { figuresFor, type Figures } from '@katilim/server/modules/monitoring/figures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplication, createRound } from '../support/applications-scenarios.ts';
import { createChild, createCouncilMeeting, createCouncilTerm } from '../support/council-scenarios.ts';
import { createForumSession } from '../support/forums-scenarios.ts';
import { createPerson } from '../support/scenarios.ts';
import { createShift } from '../support/shifts-scenarios.ts';
import { createDeparture, createRegistration } from '../support/trips-scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const istanbulMonth = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Istanbul', year: 'numeric', month: '2-digit' }).format(at).slice(0, 7);
const istanbulDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Istanbul', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
function bandOn(birth: Date, at: Date): string {
  const [y, m, d] = istanbulDay(at).split('-').map(Number) as [number, number, number];
  let age = y - birth.getUTCFullYear();
  if (m < birth.getUTCMonth() + 1 || (m === birth.getUTCMonth() + 1 && d < birth.getUTCDate())) age -= 1;
  return age < 12 ? '0-11' : age < 18 ? '12-17' : age < 30 ? '18-29' : age < 45 ? '30-44' : age < 60 ? '45-59' : '60+';
}

/** A small deterministic generator, so the dataset is the same on every run. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  return { next, pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]! };
}

// Instants around the edges of January 2027 and March 2016, in UTC.
const EDGES = [
  '2026-12-31T20:59:59.000Z', // 23:59:59 on 31 December in İzmir: December
  '2026-12-31T21:00:00.000Z', // 00:00 on 1 January: January
  '2027-01-15T09:00:00.000Z',
  '2027-01-31T20:59:00.000Z', // the last minute of January
  '2027-01-31T21:00:00.000Z', // 1 February
  '2016-02-29T21:59:00.000Z', // 23:59 on 29 February (UTC+2): February
  '2016-02-29T22:00:00.000Z', // 00:00 on 1 March (UTC+2): March
  '2016-03-27T01:30:00.000Z', // the night the clocks moved forward
  '2016-03-31T20:59:00.000Z', // 23:59 on 31 March (UTC+3): March
  '2016-03-31T21:00:00.000Z', // 1 April
].map((text) => new Date(text));

const people: { id: string; districtId: number; birthDate: Date }[] = [];
let server: TestServer;

afterAll(() => server?.close());

beforeAll(async () => {
  server = await startTestServer();
  const random = generator(20_270_101);
  const districts = (await prisma.district.findMany({ select: { id: true }, take: 4, orderBy: { id: 'asc' } })).map((d) => d.id);
  const births = ['1950-03-27', '1971-01-01', '1996-12-31', '1997-01-01', '2009-01-01', '2015-06-15'];
  for (let i = 0; i < 12; i += 1) {
    const person = await createPerson({ districtId: random.pick(districts), birthDate: random.pick(births), gender: random.pick(['WOMAN', 'MAN', 'NON_BINARY'] as const) });
    people.push({ id: person.id, districtId: person.districtId, birthDate: person.birthDate });
  }
  // Shifts at each edge; sign-ups of random people with random outcomes.
  for (const at of EDGES) {
    const shift = await createShift({ capacity: 10 });
    await prisma.shift.update({ where: { id: shift.id }, data: { startsAt: at, endsAt: new Date(at.getTime() + 3 * 3_600_000), signupClosesAt: new Date(at.getTime() - 3_600_000) } });
    for (const person of people.filter(() => random.next() < 0.4)) {
      const attendance = random.pick(['PRESENT', 'NO_SHOW', null] as const);
      await prisma.shiftSignup.create({
        data: { shiftId: shift.id, userId: person.id, status: random.pick(['CONFIRMED', 'CONFIRMED', 'CANCELLED'] as const), attendance, minutes: attendance === 'PRESENT' ? 90 + Math.floor(random.next() * 4) * 30 : null, hoursApprovedAt: attendance === 'PRESENT' && random.next() < 0.7 ? at : null },
      });
    }
    // A trip departure at the same instant, with confirmed registrations (some with a companion).
    const departure = await createDeparture({ capacity: 20 });
    await prisma.tripDeparture.update({ where: { id: departure.id }, data: { startsAt: at, endsAt: new Date(at.getTime() + 6 * 3_600_000) } });
    for (const person of people.filter(() => random.next() < 0.3)) {
      await createRegistration(departure, person.id, random.next() < 0.5 ? { companions: ['2016-04-01'] } : {});
    }
    // A forum session then, with confirmed registrations.
    const session = await createForumSession({ capacity: 30 });
    await prisma.forumSession.update({ where: { id: session.id }, data: { startsAt: at, endsAt: new Date(at.getTime() + 7_200_000) } });
    for (const person of people.filter(() => random.next() < 0.3)) await prisma.forumRegistration.create({ data: { sessionId: session.id, userId: person.id, status: 'CONFIRMED', attended: random.next() < 0.5 } });
    // Findings recorded then, with a theme each.
    await prisma.forumFinding.create({ data: { sessionId: session.id, kind: 'RECOMMENDATION', theme: random.pick(['ulaşım', 'güvenlik']), body: 'Öneri', createdAt: at } });
  }
  // Trip registrations: some attendance recorded (no-shows among them).
  for (const registration of await prisma.tripRegistration.findMany({ where: { status: 'CONFIRMED' } })) {
    const attendance = random.pick(['ATTENDED', 'NO_SHOW', null] as const);
    if (attendance) await prisma.tripRegistration.update({ where: { id: registration.id }, data: { attendance } });
  }
  // Volunteer applications submitted at the edges, accepted or activated at others.
  const round = await createRound();
  for (const [index, person] of people.entries()) {
    const application = await createApplication(round, { applicant: { id: person.id }, districtId: index % 3 === 0 ? undefined : person.districtId });
    await prisma.volunteerApplication.update({ where: { id: application.id }, data: { submittedAt: random.pick(EDGES) } });
    if (random.next() < 0.6) await prisma.applicationEvent.create({ data: { applicationId: application.id, fromStatus: 'SUBMITTED', toStatus: random.pick(['ACCEPTED', 'ACTIVE'] as const), createdAt: random.pick(EDGES) } });
  }
  // The council: children who joined and left on either side of the edges; meetings held (or not) at
  // the edges, with attendance.
  const { committees } = await createCouncilTerm();
  const children = [];
  for (let i = 0; i < 8; i += 1) {
    const child = await createChild({ committee: committees[0]!, districtId: random.pick(districts), birthDate: random.pick(['2011-01-01', '2014-12-31', '2016-03-27']) });
    const joined = istanbulDay(random.pick(EDGES));
    const left = random.next() < 0.4 ? random.pick(EDGES) : null;
    await prisma.councilMember.update({ where: { id: child.id }, data: { joinedOn: new Date(`${joined}T00:00:00Z`), leftAt: left } });
    children.push(child);
  }
  for (const at of EDGES) {
    const meeting = await createCouncilMeeting({ committee: committees[0]! });
    await prisma.councilMeeting.update({ where: { id: meeting.id }, data: { startsAt: at, endsAt: new Date(at.getTime() + 3_600_000), status: random.pick(['HELD', 'HELD', 'CANCELLED'] as const) } });
    for (const child of children.filter(() => random.next() < 0.5)) {
      await prisma.councilAttendance.create({ data: { meetingId: meeting.id, memberId: child.id, status: random.pick(['PRESENT', 'ABSENT', 'EXCUSED'] as const) } });
    }
  }
}, 180_000);

/** The figure of a metric in the engine's answer. */
const figure = (figures: Figures, key: string) => figures.programmes.flatMap((p) => p.metrics).find((m) => m.key === key)!;
const nonZero = (counts: { key: string; value: number | null }[]) => Object.fromEntries(counts.filter((c) => c.value).map((c) => [c.key, c.value]));

function tally<T>(rows: readonly T[], keyOf: (row: T) => string, valueOf: (row: T) => number = () => 1) {
  const totals: Record<string, number> = {};
  for (const row of rows) totals[keyOf(row)] = (totals[keyOf(row)] ?? 0) + valueOf(row);
  return totals;
}

describe.each([
  ['2027-01', 'January 2027, whose first instant is on 31 December in UTC'],
  ['2016-03', 'March 2016, when İzmir moved its clocks forward'],
])('the figures of %s (%s)', (month) => {
  it('equal counts made from the raw rows: totals, by district and by age band', async () => {
    const figures = await figuresFor({ from: month, to: month }, null);
    const ours = new Set(people.map((p) => p.id));
    const personOf = (id: string) => people.find((p) => p.id === id)!;

    const signups = (await prisma.shiftSignup.findMany({ where: { userId: { in: [...ours] } }, include: { shift: true } })).filter((s) => istanbulMonth(s.shift.startsAt) === month && !s.shift.cancelledAt);
    expect(signups.length).toBeGreaterThan(0);
    const filled = signups.filter((s) => s.status === 'CONFIRMED');
    expect(figure(figures, 'shiftPlacesFilled').value).toBe(filled.length);
    expect(nonZero(figure(figures, 'shiftPlacesFilled').byDistrict)).toEqual(tally(filled, (s) => String(personOf(s.userId).districtId)));
    expect(nonZero(figure(figures, 'shiftPlacesFilled').byAgeBand)).toEqual(tally(filled, (s) => bandOn(personOf(s.userId).birthDate, s.shift.startsAt)));
    const approved = signups.filter((s) => s.hoursApprovedAt && s.minutes !== null);
    expect(figure(figures, 'hoursServed').value).toBe(Math.round(approved.reduce((n, s) => n + s.minutes!, 0) / 6) / 10);
    const noShows = signups.filter((s) => s.attendance === 'NO_SHOW');
    expect(figure(figures, 'shiftNoShows').value).toBe(noShows.length);
    expect(figure(figures, 'shiftNoShowRate').value).toBe(filled.length ? Math.round((noShows.length / filled.length) * 10_000) / 10_000 : null);
    const served = signups.filter((s) => s.attendance === 'PRESENT');
    expect(figure(figures, 'volunteersServed').value).toBe(Object.keys(tally(served, (s) => `${s.userId}|${bandOn(personOf(s.userId).birthDate, s.shift.startsAt)}`)).length);

    const registrations = (await prisma.tripRegistration.findMany({ where: { userId: { in: [...ours] }, status: 'CONFIRMED' }, include: { departure: true, participants: true } })).filter((r) => istanbulMonth(r.departure.startsAt) === month);
    expect(registrations.length).toBeGreaterThan(0);
    const travellers = registrations.flatMap((r) => r.participants.map((p) => ({ r, p })));
    expect(figure(figures, 'tripParticipants').value).toBe(travellers.length);
    expect(nonZero(figure(figures, 'tripParticipants').byAgeBand)).toEqual(tally(travellers, ({ r, p }) => bandOn(p.birthDate, r.departure.startsAt)));
    expect(nonZero(figure(figures, 'tripParticipants').byDistrict)).toEqual(tally(travellers, ({ r }) => String(personOf(r.userId).districtId)));
    const departures = await prisma.tripDeparture.findMany({ where: { cancelledAt: null } });
    const inMonth = departures.filter((d) => istanbulMonth(d.startsAt) === month);
    // Other test files' departures share no month with these (they are near today), so all count.
    expect(figure(figures, 'tripDepartures').value).toBe(inMonth.length);
    const seats = registrations.reduce((n, r) => n + r.seats, 0);
    expect(figure(figures, 'tripFillRate').value).toBe(Math.round((seats / inMonth.reduce((n, d) => n + d.capacity, 0)) * 10_000) / 10_000);

    const forum = (await prisma.forumRegistration.findMany({ where: { userId: { in: [...ours] }, status: 'CONFIRMED' }, include: { session: true } })).filter((r) => istanbulMonth(r.session.startsAt) === month);
    expect(figure(figures, 'forumParticipants').value).toBe(forum.length);
    expect(figure(figures, 'forumAttended').value).toBe(forum.filter((r) => r.attended).length);
    expect(nonZero(figure(figures, 'forumParticipants').byAgeBand)).toEqual(tally(forum, (r) => bandOn(personOf(r.userId).birthDate, r.session.startsAt)));
    const sessions = (await prisma.forumSession.findMany()).filter((x) => istanbulMonth(x.startsAt) === month);
    expect(figure(figures, 'forumSessions').value).toBe(sessions.length);
    const findings = (await prisma.forumFinding.findMany()).filter((f) => istanbulMonth(f.createdAt) === month);
    expect(nonZero(figure(figures, 'forumFindings').byCategory)).toEqual(tally(findings, (f) => f.theme));

    // Trips: no-shows among those recorded, and first-timers (a registrant's first confirmed departure).
    const recorded = registrations.filter((r) => r.attendance !== null);
    expect(figure(figures, 'tripAttendanceRecorded').value).toBe(recorded.length);
    expect(figure(figures, 'tripNoShows').value).toBe(recorded.filter((r) => r.attendance === 'NO_SHOW').length);
    const everConfirmed = await prisma.tripRegistration.findMany({ where: { status: 'CONFIRMED', departure: { cancelledAt: null } }, include: { departure: true } });
    const firsts = registrations.filter((r) => !everConfirmed.some((e) => e.userId === r.userId && (e.departure.startsAt < r.departure.startsAt || (e.departure.startsAt.getTime() === r.departure.startsAt.getTime() && e.id < r.id))));
    expect(figure(figures, 'tripFirstTimers').value).toBe(firsts.length);

    // Volunteers: applications submitted, accepted and activated in the month, by the application's district (else the person's).
    const applications = await prisma.volunteerApplication.findMany({ where: { applicantId: { in: [...ours] } }, include: { events: true } });
    const submitted = applications.filter((a) => a.submittedAt && istanbulMonth(a.submittedAt) === month);
    expect(figure(figures, 'applicationsReceived').value).toBe(submitted.length);
    expect(nonZero(figure(figures, 'applicationsReceived').byDistrict)).toEqual(tally(submitted, (a) => String(a.districtId ?? personOf(a.applicantId).districtId)));
    const events = applications.flatMap((a) => a.events.map((e) => ({ a, e }))).filter(({ e }) => istanbulMonth(e.createdAt) === month);
    expect(figure(figures, 'applicationsAccepted').value).toBe(events.filter(({ e }) => e.toStatus === 'ACCEPTED').length);
    expect(figure(figures, 'volunteersActivated').value).toBe(events.filter(({ e }) => e.toStatus === 'ACTIVE').length);

    // The council: members at the month's end, meetings held, attendance at the month's meetings.
    const next = month === '2027-01' ? new Date('2027-01-31T21:00:00Z') : new Date('2016-03-31T21:00:00Z');
    const members = (await prisma.councilMember.findMany()).filter((m) => istanbulDay(m.joinedOn) < istanbulDay(next) && (m.leftAt === null || m.leftAt >= next));
    expect(figure(figures, 'councilMembers').value).toBe(members.length);
    expect(nonZero(figure(figures, 'councilMembers').byAgeBand)).toEqual(tally(members, (m) => bandOn(m.birthDate, new Date(next.getTime() - 1))));
    const meetings = (await prisma.councilMeeting.findMany({ include: { attendances: true } })).filter((m) => istanbulMonth(m.startsAt) === month);
    expect(figure(figures, 'councilMeetingsHeld').value).toBe(meetings.filter((m) => m.status === 'HELD').length);
    const attendances = meetings.flatMap((m) => m.attendances);
    expect(figure(figures, 'councilAttendanceRecorded').value).toBe(attendances.length);
    expect(figure(figures, 'councilAttendances').value).toBe(attendances.filter((a) => a.status === 'PRESENT').length);
    expect(attendances.length).toBeGreaterThan(0);
  });

  it('gives the same figures when asked again, and a district filter keeps only that district', async () => {
    const all = await figuresFor({ from: month, to: month }, null);
    expect(await figuresFor({ from: month, to: month }, null)).toEqual(all);
    const districtId = people[0]!.districtId;
    const one = await figuresFor({ from: month, to: month }, districtId);
    const filled = figure(all, 'shiftPlacesFilled').byDistrict.find((c) => c.key === String(districtId))?.value ?? 0;
    expect(figure(one, 'shiftPlacesFilled').value).toBe(filled);
  });
});

describe('comparisons', () => {
  it('puts each figure beside the month before and the same month a year before', async () => {
    const march = await figuresFor({ from: '2016-03', to: '2016-03' }, null);
    const april = await figuresFor({ from: '2016-04', to: '2016-04' }, null);
    const nextYear = await figuresFor({ from: '2017-03', to: '2017-03' }, null);
    expect(figure(april, 'shiftPlacesFilled').previous).toBe(figure(march, 'shiftPlacesFilled').value);
    expect(figure(nextYear, 'shiftPlacesFilled').lastYear).toBe(figure(march, 'shiftPlacesFilled').value);
    expect(figure(march, 'shiftPlacesFilled').value).toBeGreaterThan(0);
  });
});
