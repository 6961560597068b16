// Interviews' queries and mutations: publishing slots, booking, moving, cancelling, assigning and outcomes.
import { addDays, istanbulInstant } from '@katilim/schema/istanbul-day';
import { builder } from '../../builder.ts';
import { actorOf, isStaff, type Context } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { nonEmpty } from '../common/schema.ts';
import { IllegalTransitionError } from '../volunteer-applications/errors.ts';
import { RecruitmentRoundType, VolunteerApplicationType } from '../volunteer-applications/types-schema.ts';
import { assignSlot, bookSlot, cancelBooking, rescheduleBooking, type Caller } from './bookings.ts';
import { BookingCutoffPassedError, BookingNotActiveError, InterviewerConflictError, InvalidInterviewerError, InvalidScoreError, NoSlotsToPublishError, SlotTakenError } from './errors.ts';
import { recordOutcome } from './outcome.ts';
import { bookings } from './policy.ts';
import { applications } from '../volunteer-applications/policy.ts';
import { publishSlots } from './publish.ts';
import { publishSlotsSchema, recordOutcomeSchema, slotsRangeSchema } from './validation.ts';
import { InterviewBookingType, InterviewOutcomeEnum, InterviewSlotType, WeekdayEnum } from './types-schema.ts';

const callerOf = (ctx: Context): Caller => ({ actor: actorOf(ctx), staff: isStaff(ctx.viewer) });

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
