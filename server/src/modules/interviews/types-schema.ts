// Interviews' types: slots, bookings, scorecards and their errors, and the interview fields of rounds
// and applications (issue 3).
import { builder, registerNodeType } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { InterviewOutcome } from '../../generated/prisma/enums.ts';
import { UserType } from '../accounts/schema.ts';
import { ErrorInterface, errorType } from '../common/schema.ts';
import { cutoffOf } from './bookings.ts';
import { icsPath } from './calendar.ts';
import { BookingCutoffPassedError, BookingNotActiveError, InterviewerConflictError, InvalidInterviewerError, InvalidScoreError, NoSlotsToPublishError, SlotTakenError, type InterviewerClash } from './errors.ts';
import { WEEKDAYS } from './validation.ts';

/** Scorecards are for coordinators, and never about their own application. */
const coordinatorNotApplicant = (booking: { application: { applicantId: string } }, _args: unknown, ctx: Context) =>
  ctx.viewer?.id === booking.application.applicantId ? false : { staff: true };

// ─── Types ───

export const InterviewOutcomeEnum = builder.enumType(InterviewOutcome, { name: 'InterviewOutcome' });
export const WeekdayEnum = builder.enumType('Weekday', { values: WEEKDAYS });

registerNodeType('InterviewSlot');
export const InterviewSlotType = builder.prismaNode('InterviewSlot', {
  id: { field: 'id' },
  // node(id:) answers null for an unknown id, as the schema says, instead of failing.
  nullable: true,
  description: 'A published interview time; capacity 1, or more for a group interview.',
  authScopes: { loggedIn: true },
  fields: (t) => ({
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime' }),
    location: t.exposeString('location', { nullable: true }),
    onlineUrl: t.exposeString('onlineUrl', { nullable: true }),
    capacity: t.exposeInt('capacity'),
    bookedCount: t.exposeInt('bookedCount'),
    placesLeft: t.int({
      select: { capacity: true, bookedCount: true },
      resolve: (slot) => Math.max(0, slot.capacity - slot.bookedCount),
    }),
    round: t.relation('round'),
    interviewers: t.field({
      type: [UserType],
      authScopes: { staff: true },
      // At most 10 per slot, usually one or two.
      complexity: { field: 1, multiplier: 3 },
      select: (_args, _ctx, nestedSelection) => ({
        interviewers: { select: { user: nestedSelection() }, orderBy: [{ user: { firstName: 'asc' } }, { userId: 'asc' }] },
      }),
      resolve: (slot) => slot.interviewers.map(({ user }) => user),
    }),
    bookings: t.relation('bookings', {
      description: 'The bookings holding a place (cancelled and moved ones left out), first booked first.',
      authScopes: { staff: true },
      complexity: { field: 1, multiplier: 3 },
      query: { where: { cancelledAt: null }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    }),
  }),
});

builder.prismaObject('InterviewCriterion', {
  description: 'One line of the interview scorecard of a round.',
  fields: (t) => ({
    id: t.exposeID('id'),
    label: t.string({
      select: { labelTr: true, labelEn: true },
      resolve: (criterion, _args, ctx) => (ctx.locale === 'en' ? criterion.labelEn : criterion.labelTr),
    }),
    maxScore: t.exposeInt('maxScore'),
    position: t.exposeInt('position'),
  }),
});

builder.prismaObject('InterviewScore', {
  fields: (t) => ({
    criterion: t.relation('criterion'),
    score: t.exposeInt('score'),
  }),
});

registerNodeType('InterviewBooking');
export const InterviewBookingType = builder.prismaNode('InterviewBooking', {
  id: { field: 'id' },
  select: { id: true, application: { select: { applicantId: true } } },
  nullable: true,
  description: 'A place in an interview slot for one application. The applicant sees when and where; the scorecard is for coordinators.',
  authScopes: (booking, ctx) => ctx.viewer?.id === booking.application.applicantId || { staff: true },
  fields: (t) => ({
    slot: t.relation('slot'),
    application: t.relation('application'),
    applicant: t.field({
      type: UserType,
      select: (_args, _ctx, nestedSelection) => ({ application: { select: { applicant: nestedSelection() } } }),
      resolve: (booking) => booking.application.applicant,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true, description: 'Set when cancelled or moved to another slot.' }),
    changeableUntil: t.field({
      type: 'DateTime',
      description: 'Until when the applicant may move or cancel it (the round\'s cut-off before the interview).',
      select: { slot: { select: { startsAt: true } }, application: { select: { round: { select: { bookingCutoffHours: true } } } } },
      resolve: (booking) => cutoffOf(booking.slot.startsAt, booking.application.round.bookingCutoffHours),
    }),
    canChange: t.boolean({
      description: 'Whether the applicant may still move or cancel it, now.',
      select: {
        cancelledAt: true,
        outcome: true,
        slot: { select: { startsAt: true } },
        application: { select: { round: { select: { bookingCutoffHours: true } } } },
      },
      resolve: (booking) =>
        !booking.cancelledAt && !booking.outcome && new Date() < cutoffOf(booking.slot.startsAt, booking.application.round.bookingCutoffHours),
    }),
    icsUrl: t.string({
      description: 'The calendar file (.ics) of this interview, a path on this server (session cookie).',
      select: { id: true },
      resolve: (booking) => icsPath(booking.id),
    }),
    attended: t.exposeBoolean('attended', { nullable: true, authScopes: coordinatorNotApplicant }),
    outcome: t.expose('outcome', { type: InterviewOutcomeEnum, nullable: true, authScopes: coordinatorNotApplicant }),
    note: t.exposeString('outcomeNote', { nullable: true, authScopes: coordinatorNotApplicant }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true, authScopes: coordinatorNotApplicant }),
    scores: t.relation('scores', {
      authScopes: coordinatorNotApplicant,
      complexity: { field: 1, multiplier: 5 },
      query: { orderBy: { criterion: { position: 'asc' } } },
    }),
  }),
});

// The cast: Pothos' types refuse any non-relation field in prismaObjectField (its "PrismaObject"
// field kind lacks the validation plugin's `validate`); at run time it is an ordinary field.
builder.prismaObjectField('VolunteerApplication', 'interviewBooking', (t) =>
  t.field({
    type: InterviewBookingType,
    nullable: true,
    description: 'The interview booked for this application (not cancelled), or null.',
    select: (_args, _ctx, nestedSelection) => ({
      bookings: nestedSelection({
        where: { cancelledAt: null },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: 1,
        // What the booking type's own authorization reads (merged with the request's selection).
        select: { id: true, application: { select: { applicantId: true } } },
      }),
    }),
    resolve: (application) => application.bookings[0] ?? null,
  }) as never,
);

builder.prismaObjectField('RecruitmentRound', 'interviewCriteria', (t) =>
  t.relation('criteria', { description: 'The interview scorecard of the round.', authScopes: { staff: true }, query: { orderBy: { position: 'asc' } } }),
);

// ─── Errors ───

errorType(SlotTakenError, 'SlotTakenError', 'The slot has no free place left.');
errorType(BookingNotActiveError, 'BookingNotActiveError', 'The booking was cancelled or moved, or its interview has an outcome.');
errorType(InvalidInterviewerError, 'InvalidInterviewerError', 'Interviewers must hold the COORDINATOR role.');
errorType(NoSlotsToPublishError, 'NoSlotsToPublishError', 'Every time of the batch is in the past.');
errorType(InvalidScoreError, 'InvalidScoreError', 'A score outside 0…maxScore or for a criterion of another round.');
builder.objectType(BookingCutoffPassedError, {
  name: 'BookingCutoffPassedError',
  description: 'Applicants may book, move or cancel an interview only until the round\'s cut-off.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof BookingCutoffPassedError,
  fields: (t) => ({ cutoffHours: t.exposeInt('hours') }),
});

const InterviewerClashType = builder.objectRef<InterviewerClash>('InterviewerClash').implement({
  description: 'An interviewer who would be in two interviews at once.',
  fields: (t) => ({
    interviewerId: t.globalID({ resolve: (clash) => ({ type: 'User', id: clash.interviewerId }) }),
    interviewerName: t.exposeString('interviewerName'),
    startsAt: t.expose('startsAt', { type: 'DateTime', description: 'The new slot.' }),
    endsAt: t.expose('endsAt', { type: 'DateTime' }),
    conflictingStartsAt: t.expose('conflictingStartsAt', { type: 'DateTime', description: 'The interview it overlaps.' }),
    conflictingEndsAt: t.expose('conflictingEndsAt', { type: 'DateTime' }),
    existing: t.exposeBoolean('existing', { description: 'True: an already published slot; false: another slot of the same batch.' }),
  }),
});

builder.objectType(InterviewerConflictError, {
  name: 'InterviewerConflictError',
  description: 'Some interviewer would be in two interviews at once; nothing was published.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InterviewerConflictError,
  fields: (t) => ({
    clashes: t.field({ type: [InterviewerClashType], description: 'The first 50 clashes, in time order.', resolve: (error) => error.clashes }),
    total: t.exposeInt('total'),
  }),
});
