// What a fresh installation relies on: seeding that can run at every start, the checked-in SDL
// matching the schema, and migrations that build exactly what schema.prisma describes.
import fs from 'node:fs';
import { prisma } from '@katilim/server/db/prisma';
import { diffSchemaAgainstMigrations } from '@katilim/server/db/migrate';
import { schema } from '@katilim/server/schema';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PEOPLE, seedDemo } from '@katilim/server/seed/demo';
import { DISTRICTS, seedReference } from '@katilim/server/seed/reference';
import { ApplicationStatus, RoundStatus } from '@katilim/server/generated/prisma/enums';
import { istanbulDateTimeOf, istanbulDayOf, isoWeekday, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { printSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../support/graphql-client.ts';
import { clientFor } from '../support/scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

async function rowCounts() {
  const [users, roleGrants, consentRecords, accountConsents, districts, neighbourhoods, programmes, consentTexts] = await Promise.all([
    prisma.user.count(),
    prisma.roleGrant.count(),
    prisma.consentRecord.count(),
    prisma.consentRecord.count({ where: { purpose: 'ACCOUNT_PROCESSING' } }),
    prisma.district.count(),
    prisma.neighbourhood.count(),
    prisma.programme.count(),
    prisma.consentText.count(),
  ]);
  return { users, roleGrants, consentRecords, accountConsents, districts, neighbourhoods, programmes, consentTexts, ...(await volunteeringCounts()) };
}

/** Every table the volunteer pipeline seeds. */
async function volunteeringCounts() {
  const [areas, qualifications, rounds, roundAreas, roundQualifications, criteria, applications, choices, events, notes] = await Promise.all([
    prisma.volunteerArea.count(),
    prisma.qualification.count(),
    prisma.recruitmentRound.count(),
    prisma.roundArea.count(),
    prisma.roundQualification.count(),
    prisma.interviewCriterion.count(),
    prisma.volunteerApplication.count(),
    prisma.applicationAreaChoice.count(),
    prisma.applicationEvent.count(),
    prisma.screeningNote.count(),
  ]);
  const [slots, slotInterviewers, bookings, scores, courses, sessions, enrolments, attendance, heldQualifications, areaAssignments] = await Promise.all([
    prisma.interviewSlot.count(),
    prisma.interviewSlotInterviewer.count(),
    prisma.interviewBooking.count(),
    prisma.interviewScore.count(),
    prisma.trainingCourse.count(),
    prisma.trainingSession.count(),
    prisma.trainingEnrolment.count(),
    prisma.sessionAttendance.count(),
    prisma.userQualification.count(),
    prisma.volunteerAreaAssignment.count(),
  ]);
  const [opportunities, opportunityQualifications, series, shifts, shiftRoles, shiftSignups, shiftStandings, shiftSettings] = await Promise.all([
    prisma.shiftOpportunity.count(),
    prisma.shiftOpportunityQualification.count(),
    prisma.shiftSeries.count(),
    prisma.shift.count(),
    prisma.shiftRole.count(),
    prisma.shiftSignup.count(),
    prisma.shiftStanding.count(),
    prisma.shiftSettings.count(),
  ]);
  return {
    areas, qualifications, rounds, roundAreas, roundQualifications, criteria, applications, choices, events, notes,
    slots, slotInterviewers, bookings, scores, courses, sessions, enrolments, attendance, heldQualifications, areaAssignments,
    opportunities, opportunityQualifications, series, shifts, shiftRoles, shiftSignups, shiftStandings, shiftSettings,
  };
}

describe('seeding', () => {
  it('is idempotent: a second run of reference and demo data changes no count', async () => {
    const reference = ({ districts, neighbourhoods, programmes, consentTexts }: Awaited<ReturnType<typeof rowCounts>>) =>
      ({ districts, neighbourhoods, programmes, consentTexts });
    const atStart = await rowCounts();
    await seedReference();
    await seedDemo();
    const first = await rowCounts();
    expect(reference(first)).toEqual(reference(atStart));
    await seedReference();
    await seedDemo();
    expect(await rowCounts()).toEqual(first);
    expect(first).toMatchObject({ rounds: 6, areas: 6, qualifications: 3 });
    expect(first.applications).toBeGreaterThan(100);

    const people = DEMO_ACCOUNTS.length + DEMO_PEOPLE;
    expect(first).toMatchObject({ users: 304, districts: DISTRICTS.length, programmes: 4, accountConsents: people });
    expect(DISTRICTS).toHaveLength(30);
    expect(first.neighbourhoods).toBeGreaterThan(0);
    expect(first.consentTexts).toBeGreaterThan(0);
    // Four staff roles plus every third demo person a volunteer (granted by nobody: seeded)…
    expect(await prisma.roleGrant.count({ where: { grantedById: null } })).toBe(DEMO_ACCOUNTS.length + Math.ceil(DEMO_PEOPLE / 3));
    // …and every active volunteer of the pipeline, granted on activation by the demo coordinator.
    const active = await prisma.volunteerApplication.findMany({ where: { status: 'ACTIVE' }, select: { applicantId: true } });
    const volunteers = new Set((await prisma.roleGrant.findMany({ where: { role: 'VOLUNTEER' }, select: { userId: true } })).map((g) => g.userId));
    expect(active.length).toBeGreaterThan(10);
    expect(active.filter((a) => !volunteers.has(a.applicantId))).toEqual([]);
    expect(first.roleGrants).toBe(DEMO_ACCOUNTS.length - 1 + volunteers.size);
    // Every submitted demo application carries the applicant's KVKK consent.
    expect(first.consentRecords - first.accountConsents).toBe(await prisma.volunteerApplication.count({ where: { submittedAt: { not: null } } }));
  });

  it('is fast enough to run at every start', async () => {
    const started = performance.now();
    await seedDemo();
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('the demo volunteer pipeline', () => {
  beforeAll(() => seedDemo());

  it('has a recruitment round in every state, the open one open now', async () => {
    const rounds = await prisma.recruitmentRound.findMany({ select: { status: true, opensAt: true, closesAt: true } });
    expect(new Set(rounds.map((r) => r.status))).toEqual(new Set(Object.values(RoundStatus)));
    const open = rounds.find((r) => r.status === 'OPEN')!;
    expect(open.opensAt.getTime()).toBeLessThan(Date.now());
    expect(open.closesAt.getTime()).toBeGreaterThan(Date.now());
  });

  it('has applications in every status, each with a timeline that ends in its status', async () => {
    const applications = await prisma.volunteerApplication.findMany({
      select: { status: true, submittedAt: true, events: { select: { fromStatus: true, toStatus: true, createdAt: true }, orderBy: { createdAt: 'asc' } } },
    });
    expect(new Set(applications.map((a) => a.status))).toEqual(new Set(Object.values(ApplicationStatus)));
    for (const application of applications) {
      const events = application.events;
      expect(events[0]).toMatchObject({ fromStatus: null, toStatus: 'DRAFT' });
      expect(events.at(-1)!.toStatus).toBe(application.status);
      // Each step starts where the one before ended, in time order, never in the future.
      events.slice(1).forEach((event, i) => {
        expect(event.fromStatus).toBe(events[i]!.toStatus);
        expect(event.createdAt.getTime()).toBeGreaterThanOrEqual(events[i]!.createdAt.getTime());
      });
      expect(events.at(-1)!.createdAt.getTime()).toBeLessThan(Date.now());
      expect(application.submittedAt === null).toBe(application.status === 'DRAFT');
    }
  });

  it('keeps every interview slot\'s bookedCount equal to its bookings not cancelled, within capacity', async () => {
    const slots = await prisma.interviewSlot.findMany({
      select: { bookedCount: true, capacity: true, bookings: { where: { cancelledAt: null }, select: { id: true } }, interviewers: { select: { userId: true } } },
    });
    expect(slots.length).toBeGreaterThan(20);
    for (const slot of slots) {
      expect(slot.bookedCount).toBe(slot.bookings.length);
      expect(slot.bookedCount).toBeLessThanOrEqual(slot.capacity);
      expect(slot.interviewers).toHaveLength(1);
    }
    expect(slots.some((slot) => slot.bookedCount === 0)).toBe(true);
    // An application in INTERVIEW_SCHEDULED has exactly one live booking.
    const scheduled = await prisma.volunteerApplication.findMany({
      where: { status: 'INTERVIEW_SCHEDULED' },
      select: { bookings: { where: { cancelledAt: null }, select: { id: true } } },
    });
    expect(scheduled.length).toBeGreaterThan(0);
    expect(scheduled.every((a) => a.bookings.length === 1)).toBe(true);
  });

  it('gives the demo volunteer a draft to finish, a submitted application, and an active volunteer profile', async () => {
    const volunteer = await prisma.user.findUniqueOrThrow({
      where: { email: 'gonullu@katilim.demo' },
      select: { applications: { select: { status: true } }, qualifications: { select: { expiresAt: true } }, volunteerAreas: { select: { areaId: true } } },
    });
    expect(volunteer.applications.map((a) => a.status).sort()).toEqual(['ACTIVE', 'DRAFT', 'SUBMITTED']);
    expect(volunteer.qualifications.some((q) => q.expiresAt.getTime() > Date.now())).toBe(true);
    expect(volunteer.volunteerAreas.length).toBeGreaterThan(0);
  });

  it("answers the coordinator's trainings page for the training round: progress agrees with completion", async () => {
    const { client } = await clientFor(server.graphqlUrl, ['COORDINATOR']);
    const round = await prisma.recruitmentRound.findFirstOrThrow({ where: { status: 'TRAINING' }, select: { id: true } });
    const { trainingCourses } = await client.ok(
      `query($roundId: ID!) { trainingCourses(roundId: $roundId) { title sessions { isMakeUp } enrolments { completedAt progress { complete } missingQualifications { id } } } }`,
      { roundId: Buffer.from(`RecruitmentRound:${round.id}`).toString('base64') },
    );
    expect(trainingCourses.length).toBeGreaterThan(1);
    const enrolments = trainingCourses.flatMap((c: { enrolments: unknown[] }) => c.enrolments);
    for (const enrolment of enrolments) expect(enrolment.progress.complete).toBe(enrolment.completedAt !== null);
    // Some can be activated now, some still lack the round's qualification.
    expect(enrolments.some((e: { missingQualifications: unknown[] }) => e.missingQualifications.length === 0)).toBe(true);
    expect(enrolments.some((e: { missingQualifications: unknown[] }) => e.missingQualifications.length > 0)).toBe(true);
    expect(trainingCourses.some((c: { sessions: { isMakeUp: boolean }[] }) => c.sessions.some((s) => s.isMakeUp))).toBe(true);
  });

  it('trains people in the training round and shows completed ones with a valid qualification', async () => {
    const enrolments = await prisma.trainingEnrolment.findMany({
      where: { course: { round: { status: 'TRAINING' } } },
      select: { completedAt: true, attendance: { select: { status: true } }, application: { select: { status: true, applicantId: true } } },
    });
    expect(enrolments.length).toBeGreaterThan(10);
    expect(enrolments.every((e) => e.application.status === 'IN_TRAINING')).toBe(true);
    expect(new Set(enrolments.flatMap((e) => e.attendance.map((a) => a.status)))).toEqual(new Set(['ATTENDED', 'ABSENT', 'EXCUSED']));
    const completed = enrolments.filter((e) => e.completedAt);
    expect(completed.length).toBeGreaterThan(0);
    expect(completed.length).toBeLessThan(enrolments.length);
    for (const enrolment of completed) {
      expect(await prisma.userQualification.count({ where: { userId: enrolment.application.applicantId, expiresAt: { gt: new Date() } } })).toBeGreaterThan(0);
    }
  });

});

describe('the demo shifts', () => {
  beforeAll(() => seedDemo());

  it('spreads opportunities over areas and districts, one online, with one-off shifts and a weekly İzmir series ahead', async () => {
    const opportunities = await prisma.shiftOpportunity.findMany({ select: { areaId: true, districtId: true, online: true } });
    expect(new Set(opportunities.map((o) => o.areaId)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(opportunities.filter((o) => !o.online).map((o) => o.districtId)).size).toBeGreaterThanOrEqual(3);
    expect(opportunities.filter((o) => o.online)).toEqual([{ areaId: expect.any(String), districtId: null, online: true }]);
    const series = await prisma.shiftSeries.findFirstOrThrow({ select: { startTime: true, shifts: { select: { startsAt: true }, orderBy: { startsAt: 'asc' } } } });
    expect(series.shifts.length).toBeGreaterThanOrEqual(6);
    // Every occurrence starts at 10:00 İzmir time, on a Tuesday or a Thursday, in the future.
    for (const { startsAt } of series.shifts) {
      expect(istanbulDateTimeOf(startsAt).slice(11, 16)).toBe(series.startTime);
      expect([2, 4]).toContain(isoWeekday(istanbulDayOf(startsAt)));
      expect(startsAt.getTime()).toBeGreaterThan(Date.now());
    }
    const oneOffs = await prisma.shift.findMany({ where: { seriesId: null, startsAt: { gt: new Date() } }, select: { roles: { select: { id: true } } } });
    expect(oneOffs.length).toBeGreaterThanOrEqual(4);
    expect(oneOffs.some((shift) => shift.roles.length > 0)).toBe(true);
  });

  it('has a full shift with a waitlist, an at-risk one for the coordinator, and no shift over its places', async () => {
    const { client } = await clientFor(server.graphqlUrl, ['COORDINATOR']);
    const { atRiskShifts } = await client.ok(`{ atRiskShifts { opportunity { titleEn } fill { confirmed capacity } } }`);
    expect(atRiskShifts.some((s: { opportunity: { titleEn: string } }) => s.opportunity.titleEn.includes('Karşıyaka'))).toBe(true);
    const shifts = await prisma.shift.findMany({ select: { capacity: true, roles: { select: { headcount: true } }, signups: { select: { status: true } } } });
    const held = (shift: (typeof shifts)[number]) => shift.signups.filter((s) => s.status === 'CONFIRMED' || s.status === 'OFFERED').length;
    for (const shift of shifts) {
      expect(held(shift)).toBeLessThanOrEqual(shift.capacity);
      if (shift.roles.length) expect(shift.roles.reduce((sum, r) => sum + r.headcount, 0)).toBe(shift.capacity);
    }
    expect(shifts.some((shift) => held(shift) === shift.capacity && shift.signups.some((s) => s.status === 'WAITLISTED'))).toBe(true);
  });

  it('gives the demo volunteer upcoming confirmed shifts and approved hours to chart and certify', async () => {
    const browser = new GraphQLClient(server.graphqlUrl);
    await browser.ok(`mutation($input: LogInInput!) { logIn(input: $input) { __typename } }`, { input: { email: 'gonullu@katilim.demo', password: DEMO_PASSWORD } });
    const { me } = await browser.ok(`{ me { id } }`);
    expect(me.id).toBeTruthy();
    const volunteer = await prisma.user.findUniqueOrThrow({ where: { email: 'gonullu@katilim.demo' }, select: { id: true } });
    const signups = await prisma.shiftSignup.findMany({ where: { userId: volunteer.id }, select: { status: true, minutes: true, hoursApprovedAt: true, shift: { select: { startsAt: true } } } });
    expect(signups.filter((s) => s.status === 'CONFIRMED' && s.shift.startsAt.getTime() > Date.now()).length).toBeGreaterThanOrEqual(2);
    const approved = signups.filter((s) => s.hoursApprovedAt).reduce((sum, s) => sum + s.minutes!, 0);
    expect(approved).toBeGreaterThan(0);
    const year = Number(todayInIstanbul().slice(0, 4));
    const { myShiftHours } = await browser.ok(`query($year: Int!) { myShiftHours(year: $year) { totalMinutes } }`, { year });
    const { myShiftHours: lastYear } = await browser.ok(`query($year: Int!) { myShiftHours(year: $year) { totalMinutes } }`, { year: year - 1 });
    expect(myShiftHours.totalMinutes + lastYear.totalMinutes).toBe(approved);
  });
});

describe('demo accounts', () => {
  // Seeding is idempotent, so this does not depend on the test above having run.
  beforeAll(() => seedDemo());

  it.each(DEMO_ACCOUNTS.map((account) => [account.roles.join(', '), account] as const))(
    'lets the %s demo account log in with the documented password',
    async (_role, account) => {
      const browser = new GraphQLClient(server.graphqlUrl);
      const login = await browser.ok(
        `mutation($input: LogInInput!) { logIn(input: $input) { __typename ... on MutationLogInSuccess { data { email } } ... on Error { code } } }`,
        { input: { email: account.email, password: DEMO_PASSWORD } },
      );
      expect(login.logIn).toEqual({ __typename: 'MutationLogInSuccess', data: { email: account.email } });
      const me = await browser.ok(`{ me { fullName roles emailVerified } }`);
      expect(me.me).toEqual({ fullName: `${account.firstName} ${account.lastName}`, roles: account.roles, emailVerified: true });
    },
  );
});

describe('the checked-in schema', () => {
  it('schema/schema.graphql is the printed schema', () => {
    const committed = fs.readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(committed, 'schema/schema.graphql is stale: run `pnpm generate` and commit it').toBe(`${printSchema(schema)}\n`);
  });

  it('the migrations build exactly what prisma/schema.prisma describes', { timeout: 60_000 }, async () => {
    const sql = await diffSchemaAgainstMigrations();
    expect(sql, 'prisma/schema.prisma has changes no migration holds: run `pnpm migrate dev --name <what-changed>`').toMatch(
      /^\s*(-- This is an empty migration\.)?\s*$/,
    );
  });
});
