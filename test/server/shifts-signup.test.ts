// Shifts, sign-up: every refusal rule with its message in both languages, sign-up and the waitlist,
// cancel (late after the cut-off), offers with holds, swaps, invitations and the coordinator's roster.
import { prisma } from '@katilim/server/db/prisma';
import { SESSION_COOKIE } from '@katilim/server/http/cookies';
import { translate, type Locale } from '@katilim/server/i18n/messages';
import { formatDay, formatInstant } from '@katilim/server/modules/shifts/format';
import { holdExpiry } from '@katilim/server/modules/common/hold-expiry';
import { DEFAULT_SETTINGS } from '@katilim/server/modules/shifts/rules';
import { addDays, istanbulInstant, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRound, globalId } from '../support/applications-scenarios.ts';
import { GraphQLClient } from '../support/graphql-client.ts';
import { createBooking, createSlot } from '../support/interviews-scenarios.ts';
import { clientFor, createPerson } from '../support/scenarios.ts';
import { createOpportunity, createQualification, createShift, createVolunteer, setShiftSettings, signUp, volunteerClient } from '../support/shifts-scenarios.ts';
import { hoursUntilNextWeek, SIGN_UP } from '../support/shifts-signup-scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { createApplication } from '../support/applications-scenarios.ts';
import { createCourse, enrol } from '../support/trainings-scenarios.ts';

let server: TestServer;
let coordinator: GraphQLClient;
beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
});
afterAll(() => server?.close());

const HOUR = 3_600_000;


const mutationOf = (field: string, inputType: string, data = 'id status') => `mutation($input: ${inputType}!) {
  ${field}(input: $input) {
    __typename
    ... on Mutation${field[0]!.toUpperCase()}${field.slice(1)}Success { data { ${data} } }
    ... on Error { code message }
  }
}`;
const CANCEL = mutationOf('cancelShiftSignup', 'ShiftSignupRefInput');
const CONFIRM = mutationOf('confirmShiftOffer', 'ShiftSignupRefInput');
const DECLINE = mutationOf('declineShiftOffer', 'ShiftSignupRefInput');
const OFFER_SWAP = mutationOf('offerShiftSwap', 'OfferShiftSwapInput', 'id status toName');
const ACCEPT_SWAP = mutationOf('acceptShiftSwap', 'ShiftSwapRefInput');
const DECLINE_SWAP = mutationOf('declineShiftSwap', 'ShiftSwapRefInput', 'id status');
const ACCEPT_INVITATION = mutationOf('acceptShiftInvitation', 'AcceptShiftInvitationInput');
const DECLINE_INVITATION = mutationOf('declineShiftInvitation', 'ShiftInvitationRefInput', 'id status');
const ASSIGN = `mutation($input: AssignToShiftInput!) {
  assignToShift(input: $input) {
    __typename
    ... on MutationAssignToShiftSuccess { data { signups { id status } refused { volunteer { id } code message } } }
    ... on Error { code message }
  }
}`;
const REMOVE = `mutation($input: RemoveFromShiftInput!) {
  removeFromShift(input: $input) { __typename ... on MutationRemoveFromShiftSuccess { data { id status } } ... on Error { code message } }
}`;
const MESSAGE = `mutation($input: MessageShiftInput!) {
  messageShift(input: $input) { __typename ... on MutationMessageShiftSuccess { data { recipients } } ... on Error { code message } }
}`;

/** The same person's session, answering in the other language. */
const inLocale = (client: GraphQLClient, locale: Locale) => new GraphQLClient(server.graphqlUrl, { locale }).setCookie(SESSION_COOKIE, client.cookie(SESSION_COOKIE)!);

type Case = {
  name: string;
  code: string;
  /** Builds the scenario; answers the caller, the shift to sign up for, and the expected message per language. */
  arrange: () => Promise<{ client: GraphQLClient; input: Record<string, unknown>; message: (locale: Locale) => string }>;
};

const CASES: Case[] = [
  {
    name: 'every place taken',
    code: 'SHIFT_FULL',
    arrange: async () => {
      const shift = await createShift({ capacity: 1 });
      await signUp(shift, (await createVolunteer()).id);
      const { client } = await volunteerClient(server.graphqlUrl);
      return { client, input: { shiftId: shift.globalId }, message: (l) => translate(l, 'error.shifts.full', { capacity: 1 }) };
    },
  },
  {
    name: 'the role asked for is full',
    code: 'ROLE_FULL',
    arrange: async () => {
      const shift = await createShift({
        roles: [
          { nameTr: 'Ekip lideri', nameEn: 'Team lead', headcount: 1 },
          { nameTr: 'Gönüllü', nameEn: 'Volunteer', headcount: 4 },
        ],
      });
      await prisma.shiftSignup.create({ data: { shiftId: shift.id, userId: (await createVolunteer()).id, status: 'CONFIRMED', roleId: shift.roles[0]!.id } });
      const { client } = await volunteerClient(server.graphqlUrl);
      return {
        client,
        input: { shiftId: shift.globalId, roleId: shift.roles[0]!.id },
        message: (l) => translate(l, 'error.shifts.roleFull', { headcount: 1, role: l === 'tr' ? 'Ekip lideri' : 'Team lead' }),
      };
    },
  },
  {
    name: 'a qualification not held',
    code: 'QUALIFICATION_MISSING',
    arrange: async () => {
      const qualification = await createQualification({ nameTr: 'Saha güvenliği', nameEn: 'Field safety' });
      const shift = await createShift({ opportunity: await createOpportunity({ qualifications: [qualification] }) });
      const { client } = await volunteerClient(server.graphqlUrl);
      return {
        client,
        input: { shiftId: shift.globalId },
        message: (l) => translate(l, 'error.shifts.qualificationMissing', { qualifications: l === 'tr' ? 'Saha güvenliği' : 'Field safety' }),
      };
    },
  },
  {
    name: 'a qualification that expires before the shift ends',
    code: 'QUALIFICATION_EXPIRES',
    arrange: async () => {
      const qualification = await createQualification({ nameTr: 'İlk yardım', nameEn: 'First aid' });
      const shift = await createShift({ startsInHours: 72, opportunity: await createOpportunity({ qualifications: [qualification] }) });
      const { client, person } = await volunteerClient(server.graphqlUrl, { qualifications: [qualification], expiresInDays: 2 });
      const { expiresAt } = await prisma.userQualification.findFirstOrThrow({ where: { userId: person.id } });
      return {
        client,
        input: { shiftId: shift.globalId },
        message: (l) => translate(l, 'error.shifts.qualificationExpires', { qualification: l === 'tr' ? 'İlk yardım' : 'First aid', date: formatDay(l, expiresAt) }),
      };
    },
  },
  {
    name: 'another shift of theirs overlapping',
    code: 'CLASH',
    arrange: async () => {
      const { client, person } = await volunteerClient(server.graphqlUrl);
      const other = await createShift({ startsInHours: 100, opportunity: await createOpportunity({ titleTr: 'Kampanya haftası', titleEn: 'Campaign week' }) });
      await signUp(other, person.id);
      const shift = await createShift({ startsInHours: 101 });
      return {
        client,
        input: { shiftId: shift.globalId },
        message: (l) =>
          translate(l, 'error.shifts.clash', { what: l === 'tr' ? 'vardiyanız "Kampanya haftası"' : 'your shift "Campaign week"', when: formatInstant(l, other.startsAt) }),
      };
    },
  },
  {
    name: 'an interview of theirs overlapping',
    code: 'CLASH',
    arrange: async () => {
      const { client, person } = await volunteerClient(server.graphqlUrl);
      const round = await createRound({ status: 'INTERVIEWING' });
      const slot = await createSlot(round, { inHours: 200 });
      await createBooking(round, slot, { applicant: person });
      const shift = await createShift({ startsInHours: 199 });
      return {
        client,
        input: { shiftId: shift.globalId },
        message: (l) =>
          translate(l, 'error.shifts.clash', { what: `${l === 'tr' ? 'mülakatınız' : 'your interview'} "${l === 'tr' ? round.titleTr : round.titleEn}"`, when: formatInstant(l, slot.startsAt) }),
      };
    },
  },
  {
    name: 'a training session of theirs overlapping',
    code: 'CLASH',
    arrange: async () => {
      const { client, person } = await volunteerClient(server.graphqlUrl);
      const round = await createRound({ status: 'TRAINING' });
      const course = await createCourse(round, { sessions: 1, firstInDays: 10 });
      await enrol(course, await createApplication(round, { applicant: person, status: 'IN_TRAINING' }));
      const session = course.sessions[0]!;
      const shift = await createShift({ startsInHours: (session.startsAt.getTime() - Date.now()) / HOUR + 1 });
      return {
        client,
        input: { shiftId: shift.globalId },
        message: (l) => translate(l, 'error.shifts.clash', { what: `${l === 'tr' ? 'eğitim oturumunuz' : 'your training session'} "${session.title}"`, when: formatInstant(l, session.startsAt) }),
      };
    },
  },
  {
    name: 'the weekly hours cap (İzmir week, Monday–Sunday)',
    code: 'WORKLOAD_CAP',
    arrange: async () => {
      const { client, person } = await volunteerClient(server.graphqlUrl);
      // Monday and Sunday of the same İzmir week: 10 + 3 hours > 12.
      await signUp(await createShift({ startsInHours: hoursUntilNextWeek(0, '08:00'), hours: 10 }), person.id);
      const shift = await createShift({ startsInHours: hoursUntilNextWeek(6, '20:00'), hours: 3 });
      return { client, input: { shiftId: shift.globalId }, message: (l) => translate(l, 'error.shifts.workloadCap', { max: 12, booked: 10, adding: 3 }) };
    },
  },
  {
    name: 'after the sign-up cut-off',
    code: 'SIGNUP_CLOSED',
    arrange: async () => {
      const shift = await createShift({ startsInHours: 5, cutoffHours: 12 });
      const { client } = await volunteerClient(server.graphqlUrl);
      return { client, input: { shiftId: shift.globalId }, message: (l) => translate(l, 'error.shifts.signupClosed', { date: formatInstant(l, shift.signupClosesAt) }) };
    },
  },
  {
    name: 'a shift in the past',
    code: 'SIGNUP_CLOSED',
    arrange: async () => {
      const shift = await createShift({ startsInHours: -30, cutoffHours: 0 });
      const { client } = await volunteerClient(server.graphqlUrl);
      return { client, input: { shiftId: shift.globalId }, message: (l) => translate(l, 'error.shifts.signupClosed', { date: formatInstant(l, shift.signupClosesAt) }) };
    },
  },
  {
    name: 'sign-up paused for no-shows',
    code: 'SIGNUP_PAUSED',
    arrange: async () => {
      const { client, person } = await volunteerClient(server.graphqlUrl);
      await prisma.shiftStanding.create({ data: { userId: person.id, noShows: 3, pausedAt: new Date() } });
      const shift = await createShift();
      return { client, input: { shiftId: shift.globalId }, message: (l) => translate(l, 'error.shifts.signupPaused', { noShows: 3 }) };
    },
  },
  {
    name: 'not an active volunteer',
    code: 'NOT_ACTIVE_VOLUNTEER',
    arrange: async () => {
      const { client } = await clientFor(server.graphqlUrl, []);
      const shift = await createShift();
      return { client, input: { shiftId: shift.globalId }, message: (l) => translate(l, 'error.shifts.notActiveVolunteer') };
    },
  },
  {
    name: 'already on the waitlist',
    code: 'ALREADY_SIGNED_UP',
    arrange: async () => {
      const { client, person } = await volunteerClient(server.graphqlUrl);
      const shift = await createShift({ capacity: 1 });
      await signUp(shift, person.id, 'WAITLISTED');
      return { client, input: { shiftId: shift.globalId, joinWaitlist: true }, message: (l) => translate(l, 'error.shifts.alreadySignedUp') };
    },
  },
];

const signupCount = () => prisma.shiftSignup.count();

describe('every sign-up refusal, in Turkish and in English', () => {
  it.each(CASES.map((c) => [`${c.code}: ${c.name}`, c] as const))('%s', async (_name, { code, arrange }) => {
    const { client, input, message } = await arrange();
    const before = { signups: await signupCount(), audit: await prisma.auditEntry.count() };
    for (const locale of ['tr', 'en'] as const) {
      const response = await inLocale(client, locale).request(SIGN_UP, { input });
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
      expect(response.data.signUpForShift).toMatchObject({ code, message: message(locale) });
    }
    expect({ signups: await signupCount(), audit: await prisma.auditEntry.count() }).toEqual(before);
  });

  it('a full shift offers the waitlist in its answer', async () => {
    const shift = await createShift({ capacity: 1 });
    await signUp(shift, (await createVolunteer()).id);
    const { client } = await volunteerClient(server.graphqlUrl);
    const { signUpForShift } = await client.ok(SIGN_UP, { input: { shiftId: shift.globalId } });
    expect(signUpForShift).toMatchObject({ __typename: 'ShiftFullError', capacity: 1, joinWaitlist: true });
  });
});

describe('signing up', () => {
  it('confirms while a place is free, in the first role with room', async () => {
    const qualification = await createQualification();
    const shift = await createShift({
      opportunity: await createOpportunity({ qualifications: [qualification] }),
      roles: [
        { nameTr: 'Ekip lideri', nameEn: 'Team lead', headcount: 1 },
        { nameTr: 'Gönüllü', nameEn: 'Volunteer', headcount: 2 },
      ],
    });
    await prisma.shiftSignup.create({ data: { shiftId: shift.id, userId: (await createVolunteer()).id, status: 'CONFIRMED', roleId: shift.roles[0]!.id } });
    const { client } = await volunteerClient(server.graphqlUrl, { qualifications: [qualification] });
    const { signUpForShift } = await client.ok(SIGN_UP, { input: { shiftId: shift.globalId } });
    expect(signUpForShift.data).toMatchObject({ status: 'CONFIRMED', role: { name: 'Gönüllü' }, waitlistPosition: null });
  });

  it('joins the waitlist when full and asked to, in arrival order', async () => {
    const shift = await createShift({ capacity: 1 });
    await signUp(shift, (await createVolunteer()).id);
    const first = await volunteerClient(server.graphqlUrl);
    const second = await volunteerClient(server.graphqlUrl);
    const a = await first.client.ok(SIGN_UP, { input: { shiftId: shift.globalId, joinWaitlist: true } });
    const b = await second.client.ok(SIGN_UP, { input: { shiftId: shift.globalId, joinWaitlist: true } });
    expect([a.signUpForShift.data, b.signUpForShift.data]).toMatchObject([
      { status: 'WAITLISTED', waitlistPosition: 1 },
      { status: 'WAITLISTED', waitlistPosition: 2 },
    ]);
  });

  it('signs up again after cancelling, reusing the row', async () => {
    const shift = await createShift();
    const { client, person } = await volunteerClient(server.graphqlUrl);
    const made = await client.ok(SIGN_UP, { input: { shiftId: shift.globalId } });
    await client.ok(CANCEL, { input: { signupId: made.signUpForShift.data.id } });
    const again = await client.ok(SIGN_UP, { input: { shiftId: shift.globalId } });
    expect(again.signUpForShift.data).toMatchObject({ id: made.signUpForShift.data.id, status: 'CONFIRMED' });
    expect(await prisma.shiftSignup.count({ where: { shiftId: shift.id, userId: person.id } })).toBe(1);
  });

  it('lists only shifts the volunteer qualifies for through their end, with places and their own sign-up', async () => {
    const qualification = await createQualification();
    const area = await prisma.volunteerArea.findUniqueOrThrow({ where: { slug: 'field-work' } });
    const open = await createShift({ startsInHours: 500, capacity: 3 });
    const needsIt = await createShift({ startsInHours: 501, opportunity: await createOpportunity({ qualifications: [qualification] }) });
    const { client, person } = await volunteerClient(server.graphqlUrl, { qualifications: [qualification], expiresInDays: 20 });
    await signUp(open, person.id);
    const LIST = `query($filter: AvailableShiftsFilter) {
      availableShifts(filter: $filter, first: 100) { edges { node { id placesLeft waitlistLength mySignups { status } } } }
    }`;
    const from = new Date(Date.now() + 480 * HOUR).toISOString().slice(0, 10);
    const { availableShifts } = await client.ok(LIST, { filter: { from, areaId: globalId('VolunteerArea', area.id) } });
    const ids = availableShifts.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toContain(open.globalId);
    // Valid for 20 days, the shift is 21 days away: not listed.
    expect(ids).not.toContain(needsIt.globalId);
    expect(availableShifts.edges.find((e: { node: { id: string } }) => e.node.id === open.globalId).node).toMatchObject({
      placesLeft: 2,
      waitlistLength: 0,
      mySignups: [{ status: 'CONFIRMED' }],
    });
  });

  it('filters by time of day on the İzmir clock (10:00 morning, 13:00 afternoon, 18:00 evening)', async () => {
    const day = addDays(todayInIstanbul(), 40);
    const opportunity = await createOpportunity({ districtId: 7 });
    const at = async (time: string) => {
      const shift = await createShift({ opportunity, startsInHours: 1 });
      const startsAt = istanbulInstant(day, time);
      await prisma.shift.update({
        where: { id: shift.id },
        data: { startsAt, endsAt: new Date(startsAt.getTime() + 2 * HOUR), signupClosesAt: new Date(startsAt.getTime() - HOUR) },
      });
      return shift.globalId;
    };
    const morning = await at('10:00');
    const afternoon = await at('13:00');
    const evening = await at('18:00');
    const { client } = await volunteerClient(server.graphqlUrl);
    const LIST = `query($filter: AvailableShiftsFilter) { availableShifts(filter: $filter, first: 100) { edges { node { id } } } }`;
    const found = async (timeOfDay: string) =>
      (await client.ok(LIST, { filter: { from: day, to: day, districtId: 7, timeOfDay } })).availableShifts.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await found('MORNING')).toEqual([morning]);
    expect(await found('AFTERNOON')).toEqual([afternoon]);
    expect(await found('EVENING')).toEqual([evening]);
  });
});

describe('cancelling', () => {
  it('before the cut-off is CANCELLED, after it LATE_CANCELLED', async () => {
    const early = await createShift({ startsInHours: 72, cutoffHours: 12 });
    const late = await createShift({ startsInHours: 6, cutoffHours: 12 });
    const { client, person } = await volunteerClient(server.graphqlUrl);
    const a = await signUp(early, person.id);
    const b = await signUp(late, person.id);
    expect((await client.ok(CANCEL, { input: { signupId: a.globalId } })).cancelShiftSignup.data.status).toBe('CANCELLED');
    expect((await client.ok(CANCEL, { input: { signupId: b.globalId } })).cancelShiftSignup.data.status).toBe('LATE_CANCELLED');
  });

  it('refuses someone else’s sign-up as not found', async () => {
    const signup = await signUp(await createShift(), (await createVolunteer()).id);
    const { client } = await volunteerClient(server.graphqlUrl);
    expect((await client.ok(CANCEL, { input: { signupId: signup.globalId } })).cancelShiftSignup.code).toBe('NOT_FOUND');
  });
});

describe('offers from the waitlist', () => {
  it('holds a place for holdHours, holdHoursNear close to the start, never past the start', () => {
    const now = new Date('2027-03-01T09:00:00Z');
    const far = new Date(now.getTime() + 100 * HOUR);
    const near = new Date(now.getTime() + 10 * HOUR);
    const imminent = new Date(now.getTime() + 1 * HOUR);
    expect(holdExpiry(far, DEFAULT_SETTINGS, now)).toEqual(new Date(now.getTime() + 12 * HOUR));
    expect(holdExpiry(near, DEFAULT_SETTINGS, now)).toEqual(new Date(now.getTime() + 2 * HOUR));
    expect(holdExpiry(imminent, DEFAULT_SETTINGS, now)).toEqual(imminent);
  });

  it('a cancellation offers the place to the first in line, who confirms; declining passes it on', async () => {
    const shift = await createShift({ capacity: 1, startsInHours: 100 });
    const holder = await volunteerClient(server.graphqlUrl);
    const held = await signUp(shift, holder.person.id);
    const first = await volunteerClient(server.graphqlUrl);
    const second = await volunteerClient(server.graphqlUrl);
    const third = await volunteerClient(server.graphqlUrl);
    const w1 = await signUp(shift, first.person.id, 'WAITLISTED', new Date(Date.now() - 3000));
    const w2 = await signUp(shift, second.person.id, 'WAITLISTED', new Date(Date.now() - 2000));
    const w3 = await signUp(shift, third.person.id, 'WAITLISTED', new Date(Date.now() - 1000));

    await holder.client.ok(CANCEL, { input: { signupId: held.globalId } });
    const offered = await prisma.shiftSignup.findUniqueOrThrow({ where: { id: w1.id } });
    expect(offered.status).toBe('OFFERED');
    expect(offered.holdExpiresAt!.getTime() - offered.offeredAt!.getTime()).toBe(12 * HOUR);
    expect(await prisma.outboxMessage.count({ where: { userId: first.person.id, template: 'shiftOffered' } })).toBe(1);

    // Declining passes it to the second; the third still waits.
    expect((await first.client.ok(DECLINE, { input: { signupId: w1.globalId } })).declineShiftOffer.data.status).toBe('DECLINED');
    expect((await prisma.shiftSignup.findUniqueOrThrow({ where: { id: w2.id } })).status).toBe('OFFERED');
    expect((await second.client.ok(CONFIRM, { input: { signupId: w2.globalId } })).confirmShiftOffer.data.status).toBe('CONFIRMED');
    expect((await prisma.shiftSignup.findUniqueOrThrow({ where: { id: w3.id } })).status).toBe('WAITLISTED');
  });

  it('confirming after the hold ran out is refused, and the place passes on', async () => {
    const shift = await createShift({ capacity: 1, startsInHours: 100 });
    const late = await volunteerClient(server.graphqlUrl);
    const next = await createVolunteer();
    const offered = await prisma.shiftSignup.create({
      data: { shiftId: shift.id, userId: late.person.id, status: 'OFFERED', waitlistedAt: new Date(Date.now() - 5000), offeredAt: new Date(Date.now() - 2 * HOUR), holdExpiresAt: new Date(Date.now() - 1000) },
    });
    const waiting = await signUp(shift, next.id, 'WAITLISTED');
    for (const locale of ['tr', 'en'] as const) {
      const response = await inLocale(late.client, locale).ok(CONFIRM, { input: { signupId: globalId('ShiftSignup', offered.id) } });
      expect(response.confirmShiftOffer).toMatchObject({ code: 'OFFER_EXPIRED', message: translate(locale, 'error.shifts.offerExpired') });
    }
    expect((await prisma.shiftSignup.findUniqueOrThrow({ where: { id: offered.id } })).status).toBe('EXPIRED');
    expect((await prisma.shiftSignup.findUniqueOrThrow({ where: { id: waiting.id } })).status).toBe('OFFERED');
  });
});

describe('swaps', () => {
  it('gives the place to a qualified colleague who accepts; the giver is SWAPPED', async () => {
    const shift = await createShift();
    const giver = await volunteerClient(server.graphqlUrl);
    const taker = await volunteerClient(server.graphqlUrl);
    const signup = await signUp(shift, giver.person.id);
    const offered = await giver.client.ok(OFFER_SWAP, { input: { signupId: signup.globalId, toUserId: globalId('User', taker.person.id) } });
    expect(offered.offerShiftSwap.data).toMatchObject({ status: 'PENDING', toName: `${taker.person.firstName} ${taker.person.lastName}` });
    expect(await prisma.outboxMessage.count({ where: { userId: taker.person.id, template: 'shiftSwapOffered' } })).toBe(1);

    const accepted = await taker.client.ok(ACCEPT_SWAP, { input: { swapId: offered.offerShiftSwap.data.id } });
    expect(accepted.acceptShiftSwap.data.status).toBe('CONFIRMED');
    expect((await prisma.shiftSignup.findUniqueOrThrow({ where: { id: signup.id } })).status).toBe('SWAPPED');
    expect(await prisma.shiftSignup.count({ where: { shiftId: shift.id, status: 'CONFIRMED' } })).toBe(1);
    expect(await prisma.outboxMessage.count({ where: { userId: giver.person.id, template: 'shiftSwapAnswered' } })).toBe(1);
    // Answered once.
    expect((await taker.client.ok(DECLINE_SWAP, { input: { swapId: offered.offerShiftSwap.data.id } })).declineShiftSwap.code).toBe('REQUEST_ANSWERED');
  });

  it('refuses a colleague who breaks a sign-up rule, naming the rule', async () => {
    const qualification = await createQualification({ nameTr: 'Çocuk koruma', nameEn: 'Child protection' });
    const shift = await createShift({ opportunity: await createOpportunity({ qualifications: [qualification] }) });
    const giver = await volunteerClient(server.graphqlUrl, { qualifications: [qualification] });
    const unqualified = await createVolunteer();
    const signup = await signUp(shift, giver.person.id);
    const refused = await inLocale(giver.client, 'en').ok(OFFER_SWAP, { input: { signupId: signup.globalId, toUserId: globalId('User', unqualified.id) } });
    expect(refused.offerShiftSwap).toMatchObject({ code: 'QUALIFICATION_MISSING', message: translate('en', 'error.shifts.qualificationMissing', { qualifications: 'Child protection' }) });
    expect(await prisma.shiftSwap.count({ where: { signupId: signup.id } })).toBe(0);
  });
});

describe('choosing a colleague for a swap', () => {
  const CANDIDATES = `query($signupId: ID!, $search: String) { swapCandidates(signupId: $signupId, search: $search) { id name } }`;

  it('lists by name only active volunteers who would pass the sign-up rules, as first name and last initial', async () => {
    const qualification = await createQualification({ nameTr: 'Saha güvenliği', nameEn: 'Field safety' });
    const shift = await createShift({ opportunity: await createOpportunity({ qualifications: [qualification] }), startsInHours: 200 });
    const giver = await volunteerClient(server.graphqlUrl, { firstName: 'Sevgül', lastName: 'Veren', qualifications: [qualification] });
    const signup = await signUp(shift, giver.person.id);
    const fits = await createVolunteer({ firstName: 'Sevgül', lastName: 'Işıklı', qualifications: [qualification] });
    const alsoFits = await createVolunteer({ firstName: 'Sevgül', lastName: 'Çınar', qualifications: [qualification] });
    await createVolunteer({ firstName: 'Sevgül', lastName: 'Yetkisiz' }); // no qualification
    await createVolunteer({ firstName: 'Sevgül', lastName: 'Süresi', qualifications: [qualification], expiresInDays: 2 }); // expires before the shift
    const busy = await createVolunteer({ firstName: 'Sevgül', lastName: 'Meşgul', qualifications: [qualification] });
    await signUp(await createShift({ startsInHours: 201 }), busy.id); // overlaps
    const waiting = await createVolunteer({ firstName: 'Sevgül', lastName: 'Bekleyen', qualifications: [qualification] });
    await signUp(shift, waiting.id, 'WAITLISTED'); // already on the shift
    const paused = await createVolunteer({ firstName: 'Sevgül', lastName: 'Duraklatılmış', qualifications: [qualification] });
    await prisma.shiftStanding.create({ data: { userId: paused.id, noShows: 3, pausedAt: new Date() } });
    const applicant = await createPerson({ firstName: 'Sevgül', lastName: 'Aday' }); // not a volunteer
    await prisma.userQualification.create({ data: { userId: applicant.id, qualificationId: qualification.id, expiresAt: new Date(Date.now() + 400 * 24 * HOUR) } });

    const { swapCandidates } = await giver.client.ok(CANDIDATES, { signupId: signup.globalId, search: 'SEVGÜL' });
    // In Turkish order: Ç before I.
    expect(swapCandidates).toEqual([
      { id: globalId('User', alsoFits.id), name: 'Sevgül Ç.' },
      { id: globalId('User', fits.id), name: 'Sevgül I.' },
    ]);
    // Turkish-folded search on the last name narrows it; the id is what offerShiftSwap takes.
    const narrowed = await giver.client.ok(CANDIDATES, { signupId: signup.globalId, search: 'isikli' });
    expect(narrowed.swapCandidates).toEqual([{ id: globalId('User', fits.id), name: 'Sevgül I.' }]);
    const offered = await giver.client.ok(OFFER_SWAP, { input: { signupId: signup.globalId, toUserId: narrowed.swapCandidates[0].id } });
    expect(offered.offerShiftSwap.data.status).toBe('PENDING');
  });

  it("answers NOT_FOUND for a sign-up that is not the caller's confirmed one, and takes no email address", async () => {
    const shift = await createShift();
    const owner = await createVolunteer();
    const signup = await signUp(shift, owner.id);
    const stranger = await volunteerClient(server.graphqlUrl);
    const refused = await stranger.client.request(CANDIDATES, { signupId: signup.globalId });
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    // The colleague is chosen from the list, never typed in as an address (which would tell whether it has an account).
    const input = await stranger.client.ok(`{ __type(name: "OfferShiftSwapInput") { inputFields { name } } }`);
    expect(input.__type.inputFields.map((f: { name: string }) => f.name).sort()).toEqual(['signupId', 'toUserId']);
  });
});

describe('invitations', () => {
  it('accepting signs up through the rules; declining is recorded', async () => {
    const shift = await createShift();
    const invited = await volunteerClient(server.graphqlUrl);
    const a = await prisma.shiftInvitation.create({ data: { shiftId: shift.id, userId: invited.person.id } });
    const accepted = await invited.client.ok(ACCEPT_INVITATION, { input: { invitationId: globalId('ShiftInvitation', a.id) } });
    expect(accepted.acceptShiftInvitation.data.status).toBe('CONFIRMED');
    expect((await prisma.shiftInvitation.findUniqueOrThrow({ where: { id: a.id } })).status).toBe('ACCEPTED');

    const full = await createShift({ capacity: 1, startsInHours: 300 });
    await signUp(full, (await createVolunteer()).id);
    const b = await prisma.shiftInvitation.create({ data: { shiftId: full.id, userId: invited.person.id } });
    const refused = await invited.client.ok(ACCEPT_INVITATION, { input: { invitationId: globalId('ShiftInvitation', b.id) } });
    expect(refused.acceptShiftInvitation.code).toBe('SHIFT_FULL');
    expect((await prisma.shiftInvitation.findUniqueOrThrow({ where: { id: b.id } })).status).toBe('PENDING');
    const declined = await invited.client.ok(DECLINE_INVITATION, { input: { invitationId: globalId('ShiftInvitation', b.id) } });
    expect(declined.declineShiftInvitation.data.status).toBe('DECLINED');
  });
});

describe('coordinators on the roster', () => {
  it('assigns those who pass the rules and reports the others; an override assigns them, audited, but never past capacity', async () => {
    const qualification = await createQualification({ nameTr: 'Saha güvenliği', nameEn: 'Field safety' });
    const shift = await createShift({ capacity: 2, opportunity: await createOpportunity({ qualifications: [qualification] }) });
    const ok = await createVolunteer({ qualifications: [qualification] });
    const unqualified = await createVolunteer();
    const { assignToShift } = await coordinator.ok(ASSIGN, { input: { shiftId: shift.globalId, userIds: [globalId('User', ok.id), globalId('User', unqualified.id)] } });
    expect(assignToShift.data.signups).toMatchObject([{ status: 'CONFIRMED' }]);
    expect(assignToShift.data.refused).toEqual([
      { volunteer: { id: globalId('User', unqualified.id) }, code: 'QUALIFICATION_MISSING', message: translate('tr', 'error.shifts.qualificationMissing', { qualifications: 'Saha güvenliği' }) },
    ]);

    const overridden = await coordinator.ok(ASSIGN, { input: { shiftId: shift.globalId, userIds: [globalId('User', unqualified.id)], overrideReason: 'Eğitimi bu hafta alıyor' } });
    expect(overridden.assignToShift.data.signups).toMatchObject([{ status: 'CONFIRMED' }]);
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { action: 'shift.assignOverride', entityId: shift.id } });
    expect(entry.data).toMatchObject({ overrideReason: 'Eğitimi bu hafta alıyor', overridden: [{ userId: unqualified.id, code: 'QUALIFICATION_MISSING' }] });

    const third = await createVolunteer({ qualifications: [qualification] });
    const full = await coordinator.ok(ASSIGN, { input: { shiftId: shift.globalId, userIds: [globalId('User', third.id)], overrideReason: 'Acil' } });
    expect(full.assignToShift.code).toBe('SHIFT_FULL');
    expect(await prisma.shiftSignup.count({ where: { shiftId: shift.id, status: 'CONFIRMED' } })).toBe(2);
  });

  it('removes people (the freed place goes to the waitlist) and messages everyone holding a place', async () => {
    const shift = await createShift({ capacity: 1 });
    const removed = await signUp(shift, (await createVolunteer()).id);
    const waiting = await signUp(shift, (await createVolunteer()).id, 'WAITLISTED');
    const { removeFromShift } = await coordinator.ok(REMOVE, { input: { signupIds: [removed.globalId] } });
    expect(removeFromShift.data).toEqual([{ id: removed.globalId, status: 'REMOVED' }]);
    expect((await prisma.shiftSignup.findUniqueOrThrow({ where: { id: waiting.id } })).status).toBe('OFFERED');
    expect(await prisma.outboxMessage.count({ where: { userId: removed.userId, template: 'shiftRemoved' } })).toBe(1);

    const { messageShift } = await coordinator.ok(MESSAGE, { input: { shiftId: shift.globalId, subject: 'Buluşma noktası', body: 'Belediye binasının önünde buluşuyoruz.' } });
    expect(messageShift.data.recipients).toBe(1);
    expect(await prisma.outboxMessage.count({ where: { userId: waiting.userId, template: 'shiftMessage' } })).toBe(1);
  });

  it('offers active volunteers not on the shift yet as candidates, found by name whatever the case', async () => {
    const shift = await createShift();
    const ipek = await createVolunteer({ firstName: 'İpek', lastName: 'Işıklı' });
    await signUp(shift, (await createVolunteer({ firstName: 'İpek', lastName: 'Yazıcı' })).id);
    await clientFor(server.graphqlUrl, [], { firstName: 'İpek', lastName: 'Gönüllüdeğil' });
    const CANDIDATES = `query($shiftId: ID!, $search: String) { shiftAssignCandidates(shiftId: $shiftId, search: $search) { id fullName } }`;
    const { shiftAssignCandidates } = await coordinator.ok(CANDIDATES, { shiftId: shift.globalId, search: 'ipek isikli' });
    expect(shiftAssignCandidates).toEqual([{ id: globalId('User', ipek.id), fullName: 'İpek Işıklı' }]);
    const { shiftAssignCandidates: all } = await coordinator.ok(CANDIDATES, { shiftId: shift.globalId, search: 'İPEK' });
    expect(all.map((p: { fullName: string }) => p.fullName)).toEqual(['İpek Işıklı']);
  });

  it('shows the roster to coordinators only', async () => {
    const shift = await createShift();
    await signUp(shift, (await createVolunteer()).id);
    const ROSTER = `query($id: ID!) { node(id: $id) { ... on Shift { roster { status volunteer { fullName } } } } }`;
    expect((await coordinator.ok(ROSTER, { id: shift.globalId })).node.roster).toHaveLength(1);
    const { client } = await volunteerClient(server.graphqlUrl);
    const response = await client.request(ROSTER, { id: shift.globalId });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('settings', () => {
  it('uses the programme’s weekly cap', async () => {
    await setShiftSettings({ maxHoursPerWeek: 2 });
    try {
      const shift = await createShift({ hours: 3 });
      const { client } = await volunteerClient(server.graphqlUrl);
      expect((await client.ok(SIGN_UP, { input: { shiftId: shift.globalId } })).signUpForShift.code).toBe('WORKLOAD_CAP');
    } finally {
      await setShiftSettings({ maxHoursPerWeek: 12 });
    }
  });
});
