// Interview slots, bookings and scorecards (issue 3): the types, the interview fields of rounds and
// applications, and the operations of this domain.
import { builder, registerNodeType } from '../../builder.ts';
import { actorOf, isStaff, type Context } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { InterviewOutcome } from '../../generated/prisma/enums.ts';
import { addDays, istanbulInstant } from '../../time.ts';
import { UserType } from '../accounts/schema.ts';
import { ErrorInterface, errorType, nonEmpty } from '../common/schema.ts';
import { IllegalTransitionError } from '../volunteer-applications/errors.ts';
import { RecruitmentRoundType, VolunteerApplicationType } from '../volunteer-applications/types-schema.ts';
import { assignSlot, bookSlot, cancelBooking, cutoffOf, rescheduleBooking, type Caller } from './bookings.ts';
import { icsPath } from './calendar.ts';
import {
  BookingCutoffPassedError,
  BookingNotActiveError,
  InterviewerConflictError,
  InvalidInterviewerError,
  InvalidScoreError,
  NoSlotsToPublishError,
  SlotTakenError,
  type InterviewerClash,
} from './errors.ts';
import { recordOutcome } from './outcome.ts';
import { bookings } from './policy.ts';
import { applications } from '../volunteer-applications/policy.ts';
import { publishSlots } from './publish.ts';
import { publishSlotsSchema, recordOutcomeSchema, slotsRangeSchema, WEEKDAYS } from './validation.ts';

/** Scorecards are for coordinators, and never about their own application. */
const coordinatorNotApplicant = (booking: { application: { applicantId: string } }, _args: unknown, ctx: Context) =>
  ctx.viewer?.id === booking.application.applicantId ? false : { staff: true };

const callerOf = (ctx: Context): Caller => ({ actor: actorOf(ctx), staff: isStaff(ctx.viewer) });

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

// ─── Queries ───

builder.queryFields((t) => ({
  interviewSlots: t.prismaField({
    type: ['InterviewSlot'],
    description: 'The slots of a round between two Istanbul dates (both included, at most 93 days), in time order.',
    authScopes: { staff: true },
    args: {
      roundId: t.arg.globalID({ required: true, for: RecruitmentRoundType }),
      from: t.arg({ type: 'Date', required: true }),
      to: t.arg({ type: 'Date', required: true }),
    },
    validate: slotsRangeSchema,
    resolve: (query, _root, args) =>
      prisma.interviewSlot.findMany({
        ...query,
        where: {
          roundId: args.roundId.id,
          startsAt: { gte: istanbulInstant(args.from), lt: istanbulInstant(addDays(args.to, 1)) },
        },
        orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      }),
  }),
  availableInterviewSlots: t.prismaField({
    type: ['InterviewSlot'],
    description:
      'Slots with a free place that the applicant can still book (after the cut-off), while the application is invited or scheduled; the one already booked left out. Coordinators see every future slot with a free place.',
    authScopes: { loggedIn: true },
    args: { applicationId: t.arg.globalID({ required: true, for: VolunteerApplicationType }) },
    resolve: async (query, _root, args, ctx) => {
      // Spread first: the query must be used even when there is nothing to list.
      const selection = nonEmpty(query);
      const application = await prisma.volunteerApplication.findUnique({
        where: { id: args.applicationId.id },
        select: {
          applicantId: true,
          roundId: true,
          status: true,
          round: { select: { bookingCutoffHours: true } },
          bookings: { where: { cancelledAt: null }, select: { slotId: true } },
        },
      });
      const staff = isStaff(ctx.viewer);
      if (!application || (application.applicantId !== ctx.viewer?.id && !staff)) return [];
      if (!staff && application.status !== 'INTERVIEW_INVITED' && application.status !== 'INTERVIEW_SCHEDULED') return [];
      const now = new Date();
      const after = staff ? now : new Date(now.getTime() + application.round.bookingCutoffHours * 3_600_000);
      return prisma.interviewSlot.findMany({
        ...selection,
        where: {
          roundId: application.roundId,
          startsAt: { gt: after },
          bookedCount: { lt: prisma.interviewSlot.fields.capacity },
          id: { notIn: application.bookings.map((booking) => booking.slotId) },
        },
        orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
        take: 500,
      });
    },
  }),
  interviewers: t.prismaField({
    type: ['User'],
    description: 'The people who may interview: everyone with the COORDINATOR role.',
    authScopes: { staff: true },
    resolve: (query) =>
      prisma.user.findMany({
        ...query,
        where: { erasedAt: null, roles: { some: { role: 'COORDINATOR' } } },
        orderBy: [{ firstName: 'asc' }, { lastName: 'asc' }, { id: 'asc' }],
        take: 200,
      }),
  }),
}));

// ─── Mutations ───

const PublishInterviewSlotsInput = builder
  .inputType('PublishInterviewSlotsInput', {
    fields: (t) => ({
      // Plain IDs: validated inputs decode their global IDs in zod (validation runs before relay).
      roundId: t.id({ required: true }),
      fromDate: t.field({ type: 'Date', required: true, description: 'First day, Istanbul.' }),
      toDate: t.field({ type: 'Date', required: true, description: 'Last day, Istanbul (at most 92 days in all).' }),
      weekdays: t.field({ type: [WeekdayEnum], required: true }),
      times: t.stringList({ required: true, description: 'Start times, HH:MM in Istanbul, e.g. ["10:00", "14:30"].' }),
      durationMinutes: t.int({ required: true }),
      interviewerIds: t.idList({ required: true, description: 'Coordinators; each takes part in every slot.' }),
      location: t.string({ required: false }),
      onlineUrl: t.string({ required: false, description: 'https:// link of an online meeting.' }),
      capacity: t.int({ required: true, description: '1, or more for a group interview (at most 20).' }),
    }),
  })
  .validate(publishSlotsSchema);

const ApplicationSlotInput = (name: string) =>
  builder.inputType(name, {
    fields: (t) => ({
      applicationId: t.globalID({ required: true, for: VolunteerApplicationType }),
      slotId: t.globalID({ required: true, for: InterviewSlotType }),
    }),
  });
const BookInterviewSlotInput = ApplicationSlotInput('BookInterviewSlotInput');
const AssignInterviewSlotInput = ApplicationSlotInput('AssignInterviewSlotInput');

const RescheduleInterviewBookingInput = builder.inputType('RescheduleInterviewBookingInput', {
  fields: (t) => ({
    bookingId: t.globalID({ required: true, for: InterviewBookingType }),
    slotId: t.globalID({ required: true, for: InterviewSlotType }),
  }),
});

const CancelInterviewBookingInput = builder.inputType('CancelInterviewBookingInput', {
  fields: (t) => ({ bookingId: t.globalID({ required: true, for: InterviewBookingType }) }),
});

const InterviewScoreInput = builder.inputType('InterviewScoreInput', {
  fields: (t) => ({ criterionId: t.id({ required: true }), score: t.int({ required: true }) }),
});

const RecordInterviewOutcomeInput = builder
  .inputType('RecordInterviewOutcomeInput', {
    fields: (t) => ({
      bookingId: t.id({ required: true }),
      attended: t.boolean({ required: true }),
      scores: t.field({ type: [InterviewScoreInput], required: false }),
      outcome: t.field({ type: InterviewOutcomeEnum, required: false, description: 'Required when attended; only REJECT for a no-show.' }),
      note: t.string({ required: false, description: 'For coordinators only.' }),
    }),
  })
  .validate(recordOutcomeSchema);

/** The written booking, shaped by the request's selection. */
const reloadBooking = (query: object, id: string) => prisma.interviewBooking.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });

builder.mutationFields((t) => ({
  publishInterviewSlots: t.prismaField({
    type: ['InterviewSlot'],
    // The result is a union; only its `data` is a list (the errors plugin keeps the list multiplier).
    complexity: { field: 1, multiplier: 1 },
    description: 'Publishes the slots of a date range at once, or none when an interviewer would be in two interviews at once.',
    authScopes: { staff: true },
    args: { input: t.arg({ type: PublishInterviewSlotsInput, required: true }) },
    errors: { types: [InterviewerConflictError, InvalidInterviewerError, NoSlotsToPublishError, NotFoundError] },
    resolve: async (query, _root, { input }, ctx) => {
      const ids = await publishSlots(actorOf(ctx), input);
      return prisma.interviewSlot.findMany({ ...nonEmpty(query), where: { id: { in: ids } }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] });
    },
  }),
  bookInterviewSlot: t.prismaField({
    type: 'InterviewBooking',
    description: 'The applicant books a place in a slot for their invited application.',
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: BookInterviewSlotInput, required: true }) },
    errors: { types: [SlotTakenError, BookingCutoffPassedError, IllegalTransitionError, NotFoundError] },
    resolve: async (query, _root, { input }, ctx) => {
      const booking = await bookSlot(actorOf(ctx), { applicationId: input.applicationId.id, slotId: input.slotId.id });
      return reloadBooking(query, booking.id);
    },
  }),
  rescheduleInterviewBooking: t.prismaField({
    type: 'InterviewBooking',
    description: 'Moves a booking to another slot of the round; returns the new booking (the old one is kept, cancelled).',
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: RescheduleInterviewBookingInput, required: true }) },
    errors: { types: [SlotTakenError, BookingCutoffPassedError, BookingNotActiveError, NotFoundError] },
    resolve: async (query, _root, { input }, ctx) => {
      const booking = await rescheduleBooking(callerOf(ctx), { bookingId: input.bookingId.id, slotId: input.slotId.id });
      return reloadBooking(query, booking.id);
    },
  }),
  cancelInterviewBooking: t.prismaField({
    type: 'InterviewBooking',
    description: 'Cancels a booking (the applicant until the cut-off, a coordinator any time); the application is invited again.',
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: CancelInterviewBookingInput, required: true }) },
    errors: { types: [BookingCutoffPassedError, BookingNotActiveError, IllegalTransitionError, NotFoundError] },
    resolve: async (query, _root, { input }, ctx) => {
      const booking = await cancelBooking(callerOf(ctx), { bookingId: input.bookingId.id });
      return reloadBooking(query, booking.id);
    },
  }),
  assignInterviewSlot: t.prismaField({
    type: 'InterviewBooking',
    description: 'A coordinator books a slot for an applicant (inviting them first when still in screening).',
    authScopes: (_root, { input }) => ({ staffOn: [applications(input.applicationId)] }),
    args: { input: t.arg({ type: AssignInterviewSlotInput, required: true }) },
    errors: { types: [SlotTakenError, IllegalTransitionError, NotFoundError] },
    resolve: async (query, _root, { input }, ctx) => {
      const booking = await assignSlot(actorOf(ctx), { applicationId: input.applicationId.id, slotId: input.slotId.id });
      return reloadBooking(query, booking.id);
    },
  }),
  recordInterviewOutcome: t.prismaField({
    type: 'InterviewBooking',
    description: 'The scorecard: attendance, scores, the outcome (which moves the application) and a note for coordinators.',
    authScopes: (_root, { input }) => ({ staffOn: [bookings(input.bookingId)] }),
    args: { input: t.arg({ type: RecordInterviewOutcomeInput, required: true }) },
    errors: { types: [InvalidScoreError, BookingNotActiveError, IllegalTransitionError, NotFoundError] },
    resolve: async (query, _root, { input }, ctx) => {
      const booking = await recordOutcome(actorOf(ctx), input);
      return reloadBooking(query, booking.id);
    },
  }),
}));
