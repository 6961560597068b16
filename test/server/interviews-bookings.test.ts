// Booking, moving and cancelling interviews with the round's cut-off (times set in the database,
// not waited for), the coordinator's overrides and assignments, the scorecard and its outcome,
// who sees what of a booking, and the calendar file served over HTTP.
import { prisma } from '@katilim/server/db/prisma';
import { SESSION_COOKIE } from '@katilim/server/http/cookies';
import { translate } from '@katilim/server/i18n/messages';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplication, createRound, globalId, type Round } from '../support/applications-scenarios.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { addCriteria, createBooking, createSlot, HOUR, interviewWriteCounts } from '../support/interviews-scenarios.ts';
import { clientFor } from '../support/scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let coordinator: { client: GraphQLClient; person: { id: string } };
beforeAll(async () => {
  server = await startTestServer();
  coordinator = await clientFor(server.graphqlUrl, ['COORDINATOR']);
});
afterAll(() => server?.close());

const BOOKING_FIELDS = `id cancelledAt changeableUntil canChange icsUrl slot { id startsAt endsAt location onlineUrl placesLeft }
  application { id status interviewBooking { id } }`;

const CUTOFF = '... on BookingCutoffPassedError { cutoffHours }';
const ILLEGAL = '... on IllegalTransitionError { from to }';

/** A mutation's success data, its typed errors' own fields and every error's code and message. */
const result = (name: string, fields: string, ...errorFields: string[]) => `{
  __typename
  ... on ${name} { data { ${fields} } }
  ${errorFields.join('\n  ')}
  ... on InputValidationError { issues { path message } }
  ... on Error { code message }
}`;

const BOOK = `mutation($input: BookInterviewSlotInput!) {
  bookInterviewSlot(input: $input) ${result('MutationBookInterviewSlotSuccess', BOOKING_FIELDS, CUTOFF, ILLEGAL)}
}`;
const RESCHEDULE = `mutation($input: RescheduleInterviewBookingInput!) {
  rescheduleInterviewBooking(input: $input) ${result('MutationRescheduleInterviewBookingSuccess', BOOKING_FIELDS, CUTOFF)}
}`;
const CANCEL = `mutation($input: CancelInterviewBookingInput!) {
  cancelInterviewBooking(input: $input) ${result('MutationCancelInterviewBookingSuccess', BOOKING_FIELDS, CUTOFF, ILLEGAL)}
}`;
const ASSIGN = `mutation($input: AssignInterviewSlotInput!) {
  assignInterviewSlot(input: $input) ${result('MutationAssignInterviewSlotSuccess', BOOKING_FIELDS, ILLEGAL)}
}`;
const OUTCOME = `mutation($input: RecordInterviewOutcomeInput!) {
  recordInterviewOutcome(input: $input) ${result(
    'MutationRecordInterviewOutcomeSuccess',
    'id attended outcome note decidedAt scores { score criterion { id label maxScore } } application { id status }',
    ILLEGAL,
  )}
}`;
const AVAILABLE = `query($applicationId: ID!) { availableInterviewSlots(applicationId: $applicationId) { id startsAt placesLeft } }`;

async function statusOf(applicationId: string) {
  return (await prisma.volunteerApplication.findUniqueOrThrow({ where: { id: applicationId } })).status;
}

async function bookedCount(slotId: string) {
  return (await prisma.interviewSlot.findUniqueOrThrow({ where: { id: slotId } })).bookedCount;
}

/** A round (24-hour cut-off) and an invited applicant with their own session. */
async function invited(round?: Round) {
  const theRound = round ?? (await createRound({ status: 'INTERVIEWING' }));
  const { client, person } = await clientFor(server.graphqlUrl, []);
  const application = await createApplication(theRound, { status: 'INTERVIEW_INVITED', applicant: person });
  return { round: theRound, client, person, application };
}

/** An applicant whose interview is booked in a slot starting `inHours` from now. */
async function scheduled(inHours = 72, capacity = 1) {
  const round = await createRound({ status: 'INTERVIEWING' });
  const { client, person } = await clientFor(server.graphqlUrl, []);
  const slot = await createSlot(round, { inHours, capacity });
  const booking = await createBooking(round, slot, { applicant: person });
  return { round, client, person, slot, booking, application: booking.application };
}

describe('the slots an applicant can book', () => {
  it('are the future slots of their round with a free place, after the cut-off, in time order', async () => {
    const { round, client, application } = await invited();
    const later = await createSlot(round, { inHours: 96 });
    const sooner = await createSlot(round, { inHours: 48, capacity: 3, bookedCount: 2 });
    await createSlot(round, { inHours: 50, capacity: 2, bookedCount: 2 }); // full
    await createSlot(round, { inHours: 20 }); // within the 24-hour cut-off
    await createSlot(round, { inHours: -5 }); // past
    await createSlot(await createRound({ status: 'INTERVIEWING' }), { inHours: 72 }); // another round

    const { availableInterviewSlots } = await client.ok(AVAILABLE, { applicationId: application.globalId });

    expect(availableInterviewSlots).toEqual([
      { id: sooner.globalId, startsAt: sooner.startsAt.toISOString(), placesLeft: 1 },
      { id: later.globalId, startsAt: later.startsAt.toISOString(), placesLeft: 1 },
    ]);
  });

  it('are none for someone else\'s application or one not invited; a coordinator sees every future free slot', async () => {
    const { round, application } = await invited();
    const soon = await createSlot(round, { inHours: 2 });
    const later = await createSlot(round, { inHours: 72 });
    const stranger = await clientFor(server.graphqlUrl, []);
    expect((await stranger.client.ok(AVAILABLE, { applicationId: application.globalId })).availableInterviewSlots).toEqual([]);

    const { client, person } = await clientFor(server.graphqlUrl, []);
    const screening = await createApplication(round, { status: 'SCREENING', applicant: person });
    expect((await client.ok(AVAILABLE, { applicationId: screening.globalId })).availableInterviewSlots).toEqual([]);

    const { availableInterviewSlots } = await coordinator.client.ok(AVAILABLE, { applicationId: screening.globalId });
    expect(availableInterviewSlots.map((slot: { id: string }) => slot.id)).toEqual([soon.globalId, later.globalId]);
  });
});

describe('booking a slot', () => {
  it('schedules the invited applicant, with the time, place, deadline and calendar link', async () => {
    const { round, client, person, application } = await invited();
    const slot = await createSlot(round, { inHours: 72, capacity: 2 });

    const { bookInterviewSlot } = await client.ok(BOOK, { input: { applicationId: application.globalId, slotId: slot.globalId } });

    expect(bookInterviewSlot.__typename).toBe('MutationBookInterviewSlotSuccess');
    const booking = bookInterviewSlot.data;
    const id = Buffer.from(booking.id, 'base64').toString().split(':')[1];
    expect(booking).toEqual({
      id: globalId('InterviewBooking', id!),
      cancelledAt: null,
      changeableUntil: new Date(slot.startsAt.getTime() - 24 * HOUR).toISOString(),
      canChange: true,
      icsUrl: `/calendar/interview-bookings/${id}.ics`,
      slot: { id: slot.globalId, startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString(), location: slot.location, onlineUrl: null, placesLeft: 1 },
      application: { id: application.globalId, status: 'INTERVIEW_SCHEDULED', interviewBooking: { id: booking.id } },
    });
    const events = await prisma.applicationEvent.findMany({ where: { applicationId: application.id }, orderBy: { createdAt: 'asc' } });
    expect(events.at(-1)).toMatchObject({ fromStatus: 'INTERVIEW_INVITED', toStatus: 'INTERVIEW_SCHEDULED', actorId: person.id });
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { userId: person.id } });
    expect(mail.bodyText).toContain('Görüşme planlandı');
    expect(mail.bodyText).toContain('(İstanbul saati)');
  });

  it.each([
    ['a slot within the cut-off', 'BookingCutoffPassedError', { inHours: 10 }],
    ['a slot of another round', 'NotFoundError', { otherRound: true }],
    ['someone else\'s application', 'NotFoundError', { stranger: true }],
    ['an application not invited', 'IllegalTransitionError', { status: 'SCREENING' as const }],
    ['an application already scheduled', 'IllegalTransitionError', { status: 'INTERVIEW_SCHEDULED' as const }],
  ])('refuses %s with %s and writes nothing', async (_case, typename, spec: { inHours?: number; otherRound?: boolean; stranger?: boolean; status?: 'SCREENING' | 'INTERVIEW_SCHEDULED' }) => {
    const round = await createRound({ status: 'INTERVIEWING' });
    const { client, person } = await clientFor(server.graphqlUrl, []);
    const application = await createApplication(round, { status: spec.status ?? 'INTERVIEW_INVITED', applicant: person });
    const slot = await createSlot(spec.otherRound ? await createRound({ status: 'INTERVIEWING' }) : round, { inHours: spec.inHours ?? 72 });
    const caller = spec.stranger ? (await clientFor(server.graphqlUrl, [])).client : client;
    const before = await interviewWriteCounts();

    const { bookInterviewSlot } = await caller.ok(BOOK, { input: { applicationId: application.globalId, slotId: slot.globalId } });

    expect(bookInterviewSlot.__typename).toBe(typename);
    if (typename === 'BookingCutoffPassedError') {
      expect(bookInterviewSlot).toMatchObject({ cutoffHours: 24, message: translate('tr', 'error.bookingCutoffPassed', { hours: 24 }) });
    }
    expect(await interviewWriteCounts()).toEqual(before);
    expect(await bookedCount(slot.id)).toBe(0);
  });
});

describe('moving a booking', () => {
  it('moves it before the cut-off: the old place is given back, the new one taken, the old booking kept as history', async () => {
    const { round, client, slot, booking, application } = await scheduled(72);
    const next = await createSlot(round, { inHours: 120 });

    const { rescheduleInterviewBooking } = await client.ok(RESCHEDULE, { input: { bookingId: booking.globalId, slotId: next.globalId } });

    expect(rescheduleInterviewBooking.__typename).toBe('MutationRescheduleInterviewBookingSuccess');
    const moved = rescheduleInterviewBooking.data;
    expect(moved.id).not.toBe(booking.globalId);
    expect(moved).toMatchObject({ cancelledAt: null, slot: { id: next.globalId }, application: { status: 'INTERVIEW_SCHEDULED', interviewBooking: { id: moved.id } } });
    expect([await bookedCount(slot.id), await bookedCount(next.id)]).toEqual([0, 1]);
    expect((await prisma.interviewBooking.findUniqueOrThrow({ where: { id: booking.id } })).cancelledAt).not.toBeNull();
    expect(await statusOf(application.id)).toBe('INTERVIEW_SCHEDULED');
    expect(await prisma.auditEntry.count({ where: { action: 'interview.reschedule', data: { path: ['fromBookingId'], equals: booking.id } } })).toBe(1);
  });

  it('refuses the applicant once the cut-off of the interview they leave has passed', async () => {
    const { round, client, slot, booking } = await scheduled(72);
    await prisma.interviewSlot.update({ where: { id: slot.id }, data: { startsAt: new Date(Date.now() + 23 * HOUR) } });
    const next = await createSlot(round, { inHours: 120 });
    const before = await interviewWriteCounts();

    const { rescheduleInterviewBooking } = await client.ok(RESCHEDULE, { input: { bookingId: booking.globalId, slotId: next.globalId } });

    expect(rescheduleInterviewBooking).toMatchObject({ __typename: 'BookingCutoffPassedError', code: 'BOOKING_CUTOFF_PASSED', cutoffHours: 24 });
    expect(await interviewWriteCounts()).toEqual(before);
    expect([await bookedCount(slot.id), await bookedCount(next.id)]).toEqual([1, 0]);
  });

  it('undoes the whole move when the new slot is full', async () => {
    const { round, client, slot, booking } = await scheduled(72);
    const full = await createSlot(round, { inHours: 96, capacity: 2, bookedCount: 2 });
    const before = await interviewWriteCounts();

    const { rescheduleInterviewBooking } = await client.ok(RESCHEDULE, { input: { bookingId: booking.globalId, slotId: full.globalId } });

    expect(rescheduleInterviewBooking).toMatchObject({ __typename: 'SlotTakenError', message: translate('tr', 'error.slotTaken') });
    expect(await interviewWriteCounts()).toEqual(before);
    expect([await bookedCount(slot.id), await bookedCount(full.id)]).toEqual([1, 2]);
    expect((await prisma.interviewBooking.findUniqueOrThrow({ where: { id: booking.id } })).cancelledAt).toBeNull();
  });

  it('lets a coordinator move it after the cut-off, and tells the applicant', async () => {
    const { round, slot, booking, person } = await scheduled(3);
    const next = await createSlot(round, { inHours: 5 });

    const { rescheduleInterviewBooking } = await coordinator.client.ok(RESCHEDULE, { input: { bookingId: booking.globalId, slotId: next.globalId } });

    expect(rescheduleInterviewBooking.__typename).toBe('MutationRescheduleInterviewBookingSuccess');
    expect([await bookedCount(slot.id), await bookedCount(next.id)]).toEqual([0, 1]);
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { userId: person.id, template: 'interviewBookingChanged' } });
    expect(mail.bodyText).toContain('koordinatör tarafından yeni bir saate taşındı');
  });
});

describe('cancelling a booking', () => {
  it('sends the applicant back to choosing a slot and frees the place, before the cut-off', async () => {
    const { client, slot, booking, application, person } = await scheduled(72);

    const { cancelInterviewBooking } = await client.ok(CANCEL, { input: { bookingId: booking.globalId } });

    expect(cancelInterviewBooking.__typename).toBe('MutationCancelInterviewBookingSuccess');
    expect(cancelInterviewBooking.data.cancelledAt).not.toBeNull();
    expect(cancelInterviewBooking.data.canChange).toBe(false);
    expect(cancelInterviewBooking.data.application).toEqual({ id: application.globalId, status: 'INTERVIEW_INVITED', interviewBooking: null });
    expect(await bookedCount(slot.id)).toBe(0);
    expect(await prisma.applicationEvent.count({ where: { applicationId: application.id, fromStatus: 'INTERVIEW_SCHEDULED', toStatus: 'INTERVIEW_INVITED', actorId: person.id } })).toBe(1);
  });

  it('refuses the applicant after the cut-off, but not a coordinator, whose cancellation is explained to the applicant', async () => {
    const { client, slot, booking, application, person } = await scheduled(30);
    await prisma.interviewSlot.update({ where: { id: slot.id }, data: { startsAt: new Date(Date.now() + 2 * HOUR), endsAt: new Date(Date.now() + 3 * HOUR) } });
    const before = await interviewWriteCounts();

    const refused = await client.ok(CANCEL, { input: { bookingId: booking.globalId } });
    expect(refused.cancelInterviewBooking).toMatchObject({ __typename: 'BookingCutoffPassedError', cutoffHours: 24 });
    expect(await interviewWriteCounts()).toEqual(before);

    const { cancelInterviewBooking } = await coordinator.client.ok(CANCEL, { input: { bookingId: booking.globalId } });
    expect(cancelInterviewBooking.__typename).toBe('MutationCancelInterviewBookingSuccess');
    expect(await statusOf(application.id)).toBe('INTERVIEW_INVITED');
    expect(await bookedCount(slot.id)).toBe(0);
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { userId: person.id }, orderBy: { createdAt: 'desc' } });
    expect(mail.bodyText).toContain('koordinatör tarafından iptal edildi');

    const again = await coordinator.client.ok(CANCEL, { input: { bookingId: booking.globalId } });
    expect(again.cancelInterviewBooking.__typename).toBe('BookingNotActiveError');
  });

  it('is not found for anyone else', async () => {
    const { booking } = await scheduled(72);
    const stranger = await clientFor(server.graphqlUrl, ['VOLUNTEER']);
    const { cancelInterviewBooking } = await stranger.client.ok(CANCEL, { input: { bookingId: booking.globalId } });
    expect(cancelInterviewBooking.__typename).toBe('NotFoundError');
    expect((await prisma.interviewBooking.findUniqueOrThrow({ where: { id: booking.id } })).cancelledAt).toBeNull();
  });
});

describe('a coordinator assigning a slot', () => {
  it('invites and schedules an application still in screening, in one go', async () => {
    const round = await createRound({ status: 'INTERVIEWING' });
    const application = await createApplication(round, { status: 'SCREENING' });
    const slot = await createSlot(round, { inHours: 6 });

    const { assignInterviewSlot } = await coordinator.client.ok(ASSIGN, { input: { applicationId: application.globalId, slotId: slot.globalId } });

    expect(assignInterviewSlot.__typename).toBe('MutationAssignInterviewSlotSuccess');
    expect(assignInterviewSlot.data.application.status).toBe('INTERVIEW_SCHEDULED');
    const events = await prisma.applicationEvent.findMany({ where: { applicationId: application.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    expect(events.slice(-2).map((e) => [e.fromStatus, e.toStatus, e.actorId])).toEqual([
      ['SCREENING', 'INTERVIEW_INVITED', coordinator.person.id],
      ['INTERVIEW_INVITED', 'INTERVIEW_SCHEDULED', coordinator.person.id],
    ]);
    expect(await prisma.interviewBooking.findFirst({ where: { applicationId: application.id } })).toMatchObject({ bookedById: coordinator.person.id });
  });

  it('leaves a screening application untouched when the slot is full', async () => {
    const round = await createRound({ status: 'INTERVIEWING' });
    const application = await createApplication(round, { status: 'SCREENING' });
    const slot = await createSlot(round, { capacity: 1, bookedCount: 1 });
    const before = await interviewWriteCounts();

    const { assignInterviewSlot } = await coordinator.client.ok(ASSIGN, { input: { applicationId: application.globalId, slotId: slot.globalId } });

    expect(assignInterviewSlot.__typename).toBe('SlotTakenError');
    expect(await statusOf(application.id)).toBe('SCREENING');
    expect(await interviewWriteCounts()).toEqual(before);
  });

  it('refuses an application that already has an interview', async () => {
    const { round, application } = await scheduled(72);
    const other = await createSlot(round, { inHours: 100 });
    const { assignInterviewSlot } = await coordinator.client.ok(ASSIGN, { input: { applicationId: application.globalId, slotId: other.globalId } });
    expect(assignInterviewSlot).toMatchObject({ __typename: 'IllegalTransitionError', from: 'INTERVIEW_SCHEDULED', to: 'INTERVIEW_SCHEDULED' });
  });
});

describe('the scorecard', () => {
  async function heldInterview() {
    const context = await scheduled(-1);
    const criteria = await addCriteria(context.round);
    return { ...context, criteria };
  }

  it('records attendance, scores and the outcome, which accepts the application; the note stays with coordinators', async () => {
    const { booking, criteria, application, person } = await heldInterview();
    const input = {
      bookingId: booking.globalId,
      attended: true,
      scores: [
        { criterionId: criteria[0]!.id, score: 5 },
        { criterionId: criteria[2]!.id, score: 2 },
      ],
      outcome: 'ACCEPT',
      note: 'Atölye deneyimi güçlü; hafta sonları uygun.',
    };

    const { recordInterviewOutcome } = await coordinator.client.ok(OUTCOME, { input });

    expect(recordInterviewOutcome.__typename).toBe('MutationRecordInterviewOutcomeSuccess');
    expect(recordInterviewOutcome.data).toMatchObject({
      attended: true,
      outcome: 'ACCEPT',
      note: input.note,
      scores: [
        { score: 5, criterion: { id: criteria[0]!.id, label: 'Motivasyon', maxScore: 5 } },
        { score: 2, criterion: { id: criteria[2]!.id, label: 'Uygunluk', maxScore: 3 } },
      ],
      application: { status: 'ACCEPTED' },
    });
    expect(recordInterviewOutcome.data.decidedAt).not.toBeNull();
    const event = await prisma.applicationEvent.findFirstOrThrow({ where: { applicationId: application.id, toStatus: 'ACCEPTED' } });
    expect(event.note).toBeNull();
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { action: 'interview.outcome', entityId: booking.id } });
    expect(JSON.stringify(entry.data)).not.toContain('Atölye');
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { userId: person.id }, orderBy: { createdAt: 'desc' } });
    expect(mail.subject).toContain('Kabul edildi');
    expect(mail.bodyText).not.toContain('Atölye');
  });

  it.each([
    ['REJECT', 'REJECTED'],
    ['WAITLIST', 'WAITLISTED'],
  ])('outcome %s moves the application to %s', async (outcome, status) => {
    const { booking, application } = await heldInterview();
    const { recordInterviewOutcome } = await coordinator.client.ok(OUTCOME, { input: { bookingId: booking.globalId, attended: true, outcome } });
    expect(recordInterviewOutcome.data.application.status).toBe(status);
    expect(await statusOf(application.id)).toBe(status);
  });

  it('records a no-show without moving the application; the coordinator may reject afterwards', async () => {
    const { booking, application } = await heldInterview();

    const first = await coordinator.client.ok(OUTCOME, { input: { bookingId: booking.globalId, attended: false } });
    expect(first.recordInterviewOutcome.data).toMatchObject({ attended: false, outcome: null, application: { status: 'INTERVIEW_SCHEDULED' } });

    const second = await coordinator.client.ok(OUTCOME, { input: { bookingId: booking.globalId, attended: false, outcome: 'REJECT', note: 'Gelmedi, aranamadı.' } });
    expect(second.recordInterviewOutcome.data).toMatchObject({ attended: false, outcome: 'REJECT', application: { status: 'REJECTED' } });
    expect(await statusOf(application.id)).toBe('REJECTED');
  });

  it.each([
    ['an attended interview without an outcome', { attended: true }, ['outcome'], 'validation.outcomeRequired'],
    ['a no-show accepted', { attended: false, outcome: 'ACCEPT' }, ['outcome'], 'validation.noShowOutcome'],
    ['a no-show scored', { attended: false, scores: 'first' }, ['scores'], 'validation.noShowScores'],
    ['a criterion scored twice', { attended: true, outcome: 'ACCEPT', scores: 'twice' }, ['scores'], 'validation.uniqueCriteria'],
  ] as const)('refuses %s, translated', async (_case, spec, path, key) => {
    const { booking, criteria } = await heldInterview();
    const scores = { first: [{ criterionId: criteria[0]!.id, score: 1 }], twice: [{ criterionId: criteria[0]!.id, score: 1 }, { criterionId: criteria[0]!.id, score: 2 }] };
    const input = { bookingId: booking.globalId, ...spec, scores: 'scores' in spec ? scores[spec.scores] : [] };
    const before = await interviewWriteCounts();

    const { recordInterviewOutcome } = await coordinator.client.ok(OUTCOME, { input });

    expect(recordInterviewOutcome.__typename).toBe('InputValidationError');
    expect(recordInterviewOutcome.issues).toContainEqual({ path, message: translate('tr', key) });
    expect(await interviewWriteCounts()).toEqual(before);
  });

  it.each([
    ['above the maximum', (c: { id: string }[]) => ({ criterionId: c[2]!.id, score: 4 })],
    ['below zero', (c: { id: string }[]) => ({ criterionId: c[0]!.id, score: -1 })],
  ])('refuses a score %s, and writes nothing', async (_case, score) => {
    const { booking, criteria, application } = await heldInterview();
    const before = await interviewWriteCounts();
    const { recordInterviewOutcome } = await coordinator.client.ok(OUTCOME, {
      input: { bookingId: booking.globalId, attended: true, outcome: 'ACCEPT', scores: [score(criteria)] },
    });
    expect(recordInterviewOutcome.__typename).toBe('InvalidScoreError');
    expect(await interviewWriteCounts()).toEqual(before);
    expect(await statusOf(application.id)).toBe('INTERVIEW_SCHEDULED');
  });

  it('refuses a criterion of another round', async () => {
    const { booking } = await heldInterview();
    const [foreign] = await addCriteria(await createRound({ status: 'INTERVIEWING' }));
    const { recordInterviewOutcome } = await coordinator.client.ok(OUTCOME, {
      input: { bookingId: booking.globalId, attended: true, outcome: 'ACCEPT', scores: [{ criterionId: foreign!.id, score: 1 }] },
    });
    expect(recordInterviewOutcome.__typename).toBe('InvalidScoreError');
  });

  it('refuses an outcome for an application no longer scheduled, with IllegalTransitionError, and writes nothing', async () => {
    const { booking, application } = await heldInterview();
    await prisma.volunteerApplication.update({ where: { id: application.id }, data: { status: 'INTERVIEW_INVITED' } });
    const before = await interviewWriteCounts();

    const { recordInterviewOutcome } = await coordinator.client.ok(OUTCOME, { input: { bookingId: booking.globalId, attended: true, outcome: 'ACCEPT' } });

    expect(recordInterviewOutcome).toMatchObject({ __typename: 'IllegalTransitionError', from: 'INTERVIEW_INVITED', to: 'ACCEPTED' });
    expect(await interviewWriteCounts()).toEqual(before);
    expect(await prisma.interviewBooking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({ attended: null, outcome: null });
  });

  it('is final once decided', async () => {
    const { booking } = await heldInterview();
    await coordinator.client.ok(OUTCOME, { input: { bookingId: booking.globalId, attended: true, outcome: 'WAITLIST' } });
    const { recordInterviewOutcome } = await coordinator.client.ok(OUTCOME, { input: { bookingId: booking.globalId, attended: true, outcome: 'ACCEPT' } });
    expect(recordInterviewOutcome.__typename).toBe('BookingNotActiveError');
  });

  const READ = (fields: string) => `query($id: ID!) { node(id: $id) { ... on InterviewBooking { id ${fields} } } }`;

  it('shows the applicant when and where, but refuses them the scorecard fields', async () => {
    const { booking, client, slot } = await heldInterview();
    await coordinator.client.ok(OUTCOME, { input: { bookingId: booking.globalId, attended: true, outcome: 'REJECT', note: 'Gizli koordinatör notu' } });

    const visible = await client.request(READ('slot { startsAt location } application { status } icsUrl'), { id: booking.globalId });
    expect(visible.errors).toBeUndefined();
    expect(visible.data.node).toMatchObject({ slot: { startsAt: slot.startsAt.toISOString(), location: slot.location }, application: { status: 'REJECTED' } });

    for (const field of ['note', 'scores { score }', 'outcome', 'attended']) {
      const response = await client.request(READ(field), { id: booking.globalId });
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(response)).not.toContain('Gizli');
    }
    const seen = await coordinator.client.ok(READ('note outcome'), { id: booking.globalId });
    expect(seen.node).toMatchObject({ note: 'Gizli koordinatör notu', outcome: 'REJECT' });
  });

  it('keeps the booking itself from anyone but the applicant and coordinators', async () => {
    const { booking } = await heldInterview();
    const stranger = await clientFor(server.graphqlUrl, ['VOLUNTEER']);
    const response = await stranger.client.request(READ('slot { startsAt }'), { id: booking.globalId });
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(response.data?.node ?? null).toBeNull();
  });
});

describe('the calendar file', () => {
  async function fetchIcs(path: string, client?: GraphQLClient) {
    const cookie = client?.cookie(SESSION_COOKIE);
    return fetch(`${server.url}${path}`, { headers: cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {} });
  }

  it('is served to the applicant as text/calendar, with the time in UTC, CRLF lines, escaped text', async () => {
    const { client, booking, slot } = await scheduled(72);
    const { node } = await client.ok(`query($id: ID!) { node(id: $id) { ... on InterviewBooking { icsUrl } } }`, { id: booking.globalId });

    const response = await fetchIcs(node.icsUrl, client);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar; charset=utf-8/);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="katilim-interview-\d{4}-\d{2}-\d{2}\.ics"/);
    const body = await response.text();
    const stamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    expect(body.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(body.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(body).not.toMatch(/[^\r]\n/);
    expect(body).toContain(`\r\nUID:${booking.id}\r\n`);
    expect(body).toContain(`\r\nDTSTART:${stamp(slot.startsAt)}\r\n`);
    expect(body).toContain(`\r\nDTEND:${stamp(slot.endsAt)}\r\n`);
    expect(body).toContain('\r\nSTATUS:CONFIRMED\r\n');
    // Unfolded, the place keeps its comma escaped and the summary is in the applicant's Turkish.
    const unfolded = body.replace(/\r\n /g, '');
    expect(unfolded).toContain('\r\nLOCATION:Konak Kadın Dayanışma Merkezi\\, Oda 3\r\n');
    expect(unfolded).toMatch(/\r\nSUMMARY:Eşit İzmir gönüllü görüşmesi: /);
    for (const line of body.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('cannot be given another property by text a coordinator typed, even text stored before validation was strict', async () => {
    const { client, booking, slot } = await scheduled(72);
    const injection = '\r\nATTENDEE:mailto:attacker@evil.example\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nEND:VALARM';
    await prisma.interviewSlot.update({
      where: { id: slot.id },
      data: { location: `Oda 3${injection}\rX-INJECTED:1`, onlineUrl: `https://meet.example.org/x${injection}` },
    });
    const body = await (await fetchIcs(`/calendar/interview-bookings/${booking.id}.ics`, client)).text();
    const lines = body.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
    expect(lines.filter((line) => /^(ATTENDEE|BEGIN:VALARM|ACTION|X-INJECTED|URL)/.test(line))).toEqual([]);
    expect(lines.filter((line) => line.startsWith('BEGIN:'))).toEqual(['BEGIN:VCALENDAR', 'BEGIN:VEVENT']);
    expect(body).not.toMatch(/\r(?!\n)/);
    expect(lines.find((line) => line.startsWith('LOCATION:'))).toContain('Oda 3\\nATTENDEE:mailto:attacker@evil.example');
  });

  it('speaks the applicant\'s language, also to a coordinator', async () => {
    const { booking, person } = await scheduled(72);
    await prisma.user.update({ where: { id: person.id }, data: { locale: 'en' } });
    const response = await fetchIcs(`/calendar/interview-bookings/${booking.id}.ics`, coordinator.client);
    expect(response.status).toBe(200);
    expect((await response.text()).replace(/\r\n /g, '')).toMatch(/\r\nSUMMARY:Eşit İzmir volunteer interview: /);
  });

  it('is not found for anyone else, for nobody logged in, for an unknown or malformed id', async () => {
    const { booking } = await scheduled(72);
    const stranger = await clientFor(server.graphqlUrl, ['VOLUNTEER']);
    const cases = [
      await fetchIcs(`/calendar/interview-bookings/${booking.id}.ics`, stranger.client),
      await fetchIcs(`/calendar/interview-bookings/${booking.id}.ics`),
      await fetchIcs('/calendar/interview-bookings/00000000-0000-4000-8000-000000000000.ics', coordinator.client),
      await fetchIcs('/calendar/interview-bookings/not-an-id.ics', coordinator.client),
    ];
    expect(cases.map((response) => response.status)).toEqual([404, 404, 404, 404]);
    expect(await cases[0]!.text()).not.toContain('VCALENDAR');
  });
});
