// Shifts, sign-up part: browsing the shifts a volunteer qualifies for, signing up (or the waitlist),
// offers from the waitlist, cancel and swap, invitations, and the coordinator's roster actions.
import { builder } from '../../builder.ts';
import { actorOf, type Context } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { addDays, istanbulInstant, TIME_ZONE, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { UserType } from '../accounts/schema.ts';
import { ErrorInterface, errorType, nonEmpty } from '../common/schema.ts';
import { VolunteerAreaType } from '../volunteer-applications/types-schema.ts';
import {
  AlreadySignedUpError,
  NotActiveVolunteerError,
  OfferExpiredError,
  QualificationExpiresError,
  QualificationMissingError,
  RequestAnsweredError,
  RoleFullError,
  ShiftClashError,
  ShiftFullError,
  SignupClosedError,
  SignupNotActiveError,
  SignupPausedError,
  SwapToSelfError,
  WorkloadCapError,
} from './errors-signup.ts';
import { HOLDING, ON_SHIFT } from './rules.ts';
import * as signups from './signups.ts';
import { waitlistPositions } from './waitlist-position.ts';
import { acceptShiftSwap, declineShiftSwap, offerShiftSwap } from './swaps.ts';
import { ShiftInvitationType, ShiftSignupType, ShiftSwapType, ShiftType } from './types-schema.ts';
import './roster-schema.ts';
import './swaps-schema.ts';

const NOBODY = '00000000-0000-0000-0000-000000000000';
const viewerId = (ctx: Context) => ctx.viewer?.id ?? NOBODY;

// ── Errors ──

builder.objectType(ShiftFullError, {
  name: 'ShiftFullError',
  description: 'Every place is taken; sign up again with joinWaitlist to wait in line.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ShiftFullError,
  fields: (t) => ({
    capacity: t.exposeInt('capacity'),
    joinWaitlist: t.exposeBoolean('joinWaitlist', { description: 'Always true: the waitlist is open (signUpForShift with joinWaitlist: true).' }),
  }),
});
errorType(RoleFullError, 'RoleFullError', 'The role asked for has no place left.');
errorType(QualificationMissingError, 'QualificationMissingError', 'The shift needs a qualification the person does not hold.');
errorType(QualificationExpiresError, 'QualificationExpiresError', 'A qualification the shift needs expires before the shift ends.');
builder.objectType(ShiftClashError, {
  name: 'ShiftClashError',
  description: 'Another shift, an interview or a training session of the person overlaps this shift.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ShiftClashError,
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'SHIFT, INTERVIEW or TRAINING.' }),
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
  }),
});
builder.objectType(WorkloadCapError, {
  name: 'WorkloadCapError',
  description: "The hours of that İzmir week (Monday–Sunday) would pass the programme's weekly cap.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof WorkloadCapError,
  fields: (t) => ({
    maxHoursPerWeek: t.exposeInt('maxHoursPerWeek'),
    hoursThatWeek: t.exposeFloat('hoursThatWeek'),
    shiftHours: t.exposeFloat('shiftHours'),
  }),
});
errorType(SignupClosedError, 'SignupClosedError', 'The shift is past its sign-up cut-off, has started or was cancelled.');
errorType(SignupPausedError, 'SignupPausedError', 'Sign-up is paused after no-shows until a coordinator lifts it.');
errorType(NotActiveVolunteerError, 'NotActiveVolunteerError', 'Only active volunteers sign up for shifts.');
errorType(AlreadySignedUpError, 'AlreadySignedUpError', 'The person is on the shift or its waitlist already.');
errorType(SignupNotActiveError, 'SignupNotActiveError', 'The sign-up is not in a state this action applies to.');
errorType(OfferExpiredError, 'OfferExpiredError', 'The hold on the offered place ran out; it passed to the next person.');
errorType(RequestAnsweredError, 'RequestAnsweredError', 'The swap or invitation was answered or withdrawn already.');
errorType(SwapToSelfError, 'SwapToSelfError', 'A place cannot be given to oneself.');

const RULE_ERRORS = [
  NotFoundError,
  ShiftFullError,
  RoleFullError,
  QualificationMissingError,
  QualificationExpiresError,
  ShiftClashError,
  WorkloadCapError,
  SignupClosedError,
  SignupPausedError,
  NotActiveVolunteerError,
  AlreadySignedUpError,
];

// ── Fields on the base types ──

builder.prismaObjectFields('Shift', (t) => ({
  placesLeft: t.int({
    description: 'Places not held by anyone confirmed or offered.',
    select: { capacity: true, _count: { select: { signups: { where: { status: { in: [...HOLDING] } } } } } },
    resolve: (shift) => Math.max(0, shift.capacity - shift._count.signups),
  }),
  waitlistLength: t.relationCount('signups', { where: { status: 'WAITLISTED' } }),
  mySignups: t.relation('signups', {
    description: "The caller's own sign-up on this shift, if any (at most one).",
    query: (_args, ctx) => ({ where: { userId: viewerId(ctx) }, take: 1 }),
  }),
  roster: t.relation('signups', {
    description: 'Everyone on the shift or its waitlist: holders first, then the waitlist in order.',
    authScopes: { staff: true },
    query: { where: { status: { in: [...ON_SHIFT] } }, orderBy: [{ status: 'asc' }, { waitlistedAt: 'asc' }, { id: 'asc' }] },
  }),
}));

builder.prismaObjectFields('ShiftRole', (t) => ({
  placesLeft: t.int({
    select: { headcount: true, _count: { select: { signups: { where: { status: { in: [...HOLDING] } } } } } },
    resolve: (role) => Math.max(0, role.headcount - role._count.signups),
  }),
}));

builder.prismaObjectFields('ShiftSignup', (t) => ({
  waitlistPosition: t.int({
    nullable: true,
    description: 'For WAITLISTED: 1 for the first in line.',
    // Counted in SQL, one batched statement per request (waitlist-position.ts), not the line loaded with each row.
    select: { id: true, status: true },
    resolve: (signup, _args, ctx) => (signup.status === 'WAITLISTED' ? waitlistPositions(ctx)(signup.id) : null),
  }),
  lateCancellation: t.boolean({
    description: 'Whether cancelling now would count as a late cancellation (after the cut-off).',
    select: { shift: { select: { signupClosesAt: true } } },
    resolve: (signup) => new Date() >= signup.shift.signupClosesAt,
  }),
  assignedByCoordinator: t.boolean({ select: { assignedById: true }, resolve: (s) => s.assignedById !== null }),
  overrideReason: t.exposeString('overrideReason', { nullable: true, authScopes: { staff: true } }),
  pendingSwaps: t.relation('swaps', { query: { where: { status: 'PENDING' }, orderBy: { createdAt: 'desc' } } }),
}));

// ── Queries ──

const TimeOfDayEnum = builder.enumType('ShiftTimeOfDay', {
  description: 'When a shift starts, İzmir time: MORNING before 12:00, AFTERNOON 12:00–17:00, EVENING from 17:00.',
  values: ['MORNING', 'AFTERNOON', 'EVENING'] as const,
});

const MAX_RANGE_DAYS = 92;
const AvailableShiftsFilter = builder.inputType('AvailableShiftsFilter', {
  fields: (t) => ({
    areaId: t.globalID({ required: false, for: VolunteerAreaType }),
    districtId: t.int({ required: false }),
    from: t.field({ type: 'Date', required: false, description: 'First İzmir day (default today).' }),
    to: t.field({ type: 'Date', required: false, description: `Last İzmir day (default ${MAX_RANGE_DAYS} days on; at most that).` }),
    timeOfDay: t.field({ type: TimeOfDayEnum, required: false }),
  }),
});

builder.queryFields((t) => ({
  availableShifts: t.prismaConnection({
    type: 'Shift',
    cursor: 'id',
    description:
      "Shifts the caller may sign up for, soonest first: not started, not cancelled, of opportunities whose qualifications the caller holds through the shift's end.",
    authScopes: { volunteer: true },
    args: { filter: t.arg({ type: AvailableShiftsFilter, required: false }) },
    resolve: async (query, _root, args, ctx) => {
      const filter = args.filter ?? {};
      const today = todayInIstanbul();
      const fromDay = filter.from ?? today;
      const lastDay = filter.to && filter.to < addDays(fromDay, MAX_RANGE_DAYS) ? filter.to : addDays(fromDay, MAX_RANGE_DAYS);
      const from = istanbulInstant(fromDay);
      const to = istanbulInstant(addDays(lastDay, 1));
      const areaId = filter.areaId?.id ?? null;
      const districtId = filter.districtId ?? null;
      const timeOfDay = filter.timeOfDay ?? null;
      const rows = await prisma.$queryRaw<{ id: string }[]>`
        SELECT s.id FROM "Shift" s JOIN "ShiftOpportunity" o ON o.id = s."opportunityId"
        WHERE s."cancelledAt" IS NULL AND o."archivedAt" IS NULL
          AND s."startsAt" > now() AND s."startsAt" >= ${from} AND s."startsAt" < ${to}
          AND (${areaId}::uuid IS NULL OR o."areaId" = ${areaId}::uuid)
          AND (${districtId}::int IS NULL OR o."districtId" = ${districtId}::int)
          AND (${timeOfDay}::text IS NULL OR ${timeOfDay}::text = CASE
                WHEN extract(hour FROM (s."startsAt" AT TIME ZONE 'UTC') AT TIME ZONE ${TIME_ZONE}) < 12 THEN 'MORNING'
                WHEN extract(hour FROM (s."startsAt" AT TIME ZONE 'UTC') AT TIME ZONE ${TIME_ZONE}) < 17 THEN 'AFTERNOON'
                ELSE 'EVENING' END)
          AND NOT EXISTS (
            SELECT 1 FROM "ShiftOpportunityQualification" q
            WHERE q."opportunityId" = o.id AND NOT EXISTS (
              SELECT 1 FROM "UserQualification" uq
              WHERE uq."userId" = ${viewerId(ctx)}::uuid AND uq."qualificationId" = q."qualificationId" AND uq."expiresAt" >= s."endsAt"))`;
      return prisma.shift.findMany({ ...query, where: { id: { in: rows.map((r) => r.id) } }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] });
    },
  }),
  myShiftSignups: t.prismaConnection({
    type: 'ShiftSignup',
    cursor: 'id',
    description: "The caller's sign-ups on shifts that have not ended (confirmed, offered, waitlisted), soonest first.",
    authScopes: { loggedIn: true },
    resolve: (query, _root, _args, ctx) =>
      prisma.shiftSignup.findMany({
        ...query,
        where: { userId: viewerId(ctx), status: { in: [...ON_SHIFT] }, shift: { endsAt: { gt: new Date() } } },
        orderBy: [{ shift: { startsAt: 'asc' } }, { id: 'asc' }],
      }),
  }),
  myShiftSwapOffers: t.prismaField({
    type: ['ShiftSwap'],
    description: 'Places colleagues offer the caller, waiting for an answer, newest first.',
    authScopes: { loggedIn: true },
    resolve: (query, _root, _args, ctx) =>
      prisma.shiftSwap.findMany({
        ...nonEmpty(query),
        where: { toUserId: viewerId(ctx), status: 'PENDING', signup: { shift: { startsAt: { gt: new Date() } } } },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: 50,
      }),
  }),
  myShiftInvitations: t.prismaField({
    type: ['ShiftInvitation'],
    description: "Coordinators' invitations to the caller waiting for an answer, newest first.",
    authScopes: { loggedIn: true },
    resolve: (query, _root, _args, ctx) =>
      prisma.shiftInvitation.findMany({
        ...nonEmpty(query),
        where: { userId: viewerId(ctx), status: 'PENDING', shift: { startsAt: { gt: new Date() }, cancelledAt: null } },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: 50,
      }),
  }),
}));

// ── Mutations: the volunteer's own ──

const SignUpForShiftInput = builder.inputType('SignUpForShiftInput', {
  fields: (t) => ({
    shiftId: t.globalID({ required: true, for: ShiftType }),
    roleId: t.id({ required: false, description: 'A role of the shift (ShiftRole.id); without it, the first role with a place.' }),
    joinWaitlist: t.boolean({ required: false, description: 'When the shift (or role) is full, join its waitlist instead of being refused.' }),
  }),
});
const SignupRefInput = builder.inputType('ShiftSignupRefInput', {
  fields: (t) => ({ signupId: t.globalID({ required: true, for: ShiftSignupType }) }),
});
const OfferShiftSwapInput = builder.inputType('OfferShiftSwapInput', {
  description: 'The colleague, chosen among `swapCandidates` (their id).',
  fields: (t) => ({
    signupId: t.globalID({ required: true, for: ShiftSignupType }),
    toUserId: t.globalID({ required: true, for: UserType }),
  }),
});
const SwapRefInput = builder.inputType('ShiftSwapRefInput', {
  fields: (t) => ({ swapId: t.globalID({ required: true, for: ShiftSwapType }) }),
});
const AcceptShiftInvitationInput = builder.inputType('AcceptShiftInvitationInput', {
  fields: (t) => ({
    invitationId: t.globalID({ required: true, for: ShiftInvitationType }),
    joinWaitlist: t.boolean({ required: false }),
  }),
});
const InvitationRefInput = builder.inputType('ShiftInvitationRefInput', {
  fields: (t) => ({ invitationId: t.globalID({ required: true, for: ShiftInvitationType }) }),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const roleIdOf = (value: string | number | null | undefined) => {
  if (value == null || value === '') return null;
  // A role id that is no uuid names no role of the shift.
  if (!UUID.test(String(value))) throw new NotFoundError();
  return String(value);
};

const signupById = (query: object, id: string) => prisma.shiftSignup.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });

builder.mutationFields((t) => ({
  signUpForShift: t.prismaField({
    type: 'ShiftSignup',
    description: 'Signs the caller up: CONFIRMED while a place is free; when full, ShiftFullError, or WAITLISTED with joinWaitlist.',
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: SignUpForShiftInput, required: true }) },
    errors: { types: RULE_ERRORS },
    resolve: async (query, _root, { input }, ctx) => {
      const outcome = await signups.signUpForShift(
        ctx.viewer!.id,
        { shiftId: input.shiftId.id, roleId: roleIdOf(input.roleId), joinWaitlist: input.joinWaitlist ?? false },
        actorOf(ctx),
      );
      return signupById(query, outcome.signupId);
    },
  }),
  cancelShiftSignup: t.prismaField({
    type: 'ShiftSignup',
    description: 'Leaves a shift or its waitlist: CANCELLED until the cut-off, LATE_CANCELLED after it; an offer given up is DECLINED.',
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: SignupRefInput, required: true }) },
    errors: { types: [NotFoundError, SignupNotActiveError, SignupClosedError] },
    resolve: async (query, _root, { input }, ctx) => {
      await signups.cancelShiftSignup(ctx.viewer!.id, input.signupId.id, actorOf(ctx));
      return signupById(query, input.signupId.id);
    },
  }),
  confirmShiftOffer: t.prismaField({
    type: 'ShiftSignup',
    description: 'Takes the place offered from the waitlist before its hold runs out.',
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: SignupRefInput, required: true }) },
    errors: { types: [...RULE_ERRORS, SignupNotActiveError, OfferExpiredError] },
    resolve: async (query, _root, { input }, ctx) => {
      await signups.confirmShiftOffer(ctx.viewer!.id, input.signupId.id, actorOf(ctx));
      return signupById(query, input.signupId.id);
    },
  }),
  declineShiftOffer: t.prismaField({
    type: 'ShiftSignup',
    description: 'Gives up the place offered from the waitlist; it goes to the next person.',
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: SignupRefInput, required: true }) },
    errors: { types: [NotFoundError, SignupNotActiveError] },
    resolve: async (query, _root, { input }, ctx) => {
      await signups.declineShiftOffer(ctx.viewer!.id, input.signupId.id, actorOf(ctx));
      return signupById(query, input.signupId.id);
    },
  }),
  offerShiftSwap: t.prismaField({
    type: 'ShiftSwap',
    description: 'Offers the caller’s confirmed place to a named colleague, who must pass every sign-up rule for the shift.',
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: OfferShiftSwapInput, required: true }) },
    errors: { types: [...RULE_ERRORS, SignupNotActiveError, SwapToSelfError] },
    resolve: async (query, _root, { input }, ctx) => {
      const { swapId } = await offerShiftSwap(ctx.viewer!.id, input.signupId.id, input.toUserId.id, actorOf(ctx));
      return prisma.shiftSwap.findUniqueOrThrow({ ...nonEmpty(query), where: { id: swapId } });
    },
  }),
  acceptShiftSwap: t.prismaField({
    type: 'ShiftSignup',
    description: 'Takes the place a colleague offered; answers the caller’s new sign-up.',
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: SwapRefInput, required: true }) },
    errors: { types: [...RULE_ERRORS, RequestAnsweredError] },
    resolve: async (query, _root, { input }, ctx) => {
      const { signupId } = await acceptShiftSwap(ctx.viewer!.id, input.swapId.id, actorOf(ctx));
      return signupById(query, signupId);
    },
  }),
  declineShiftSwap: t.prismaField({
    type: 'ShiftSwap',
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: SwapRefInput, required: true }) },
    errors: { types: [NotFoundError, RequestAnsweredError] },
    resolve: async (query, _root, { input }, ctx) => {
      await declineShiftSwap(ctx.viewer!.id, input.swapId.id, actorOf(ctx));
      return prisma.shiftSwap.findUniqueOrThrow({ ...nonEmpty(query), where: { id: input.swapId.id } });
    },
  }),
  acceptShiftInvitation: t.prismaField({
    type: 'ShiftSignup',
    description: 'Signs up for the shift an invitation names, through every sign-up rule.',
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: AcceptShiftInvitationInput, required: true }) },
    errors: { types: [...RULE_ERRORS, RequestAnsweredError] },
    resolve: async (query, _root, { input }, ctx) => {
      const outcome = await signups.acceptShiftInvitation(ctx.viewer!.id, input.invitationId.id, input.joinWaitlist ?? false, actorOf(ctx));
      return signupById(query, outcome.signupId);
    },
  }),
  declineShiftInvitation: t.prismaField({
    type: 'ShiftInvitation',
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: InvitationRefInput, required: true }) },
    errors: { types: [NotFoundError, RequestAnsweredError] },
    resolve: async (query, _root, { input }, ctx) => {
      await signups.declineShiftInvitation(ctx.viewer!.id, input.invitationId.id, actorOf(ctx));
      return prisma.shiftInvitation.findUniqueOrThrow({ ...nonEmpty(query), where: { id: input.invitationId.id } });
    },
  }),
}));
