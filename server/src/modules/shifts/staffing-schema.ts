// The staffing assistant: ranked, explained suggestions for an under-filled shift, and invitations.
// Imported by planning-schema.ts.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../builder.ts';
import { actorOf } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { UserType } from '../accounts/schema.ts';
import { ShiftCancelledError, ShiftStartedError } from './errors-planning.ts';
import { people } from './policy-planning.ts';
import { explain, inviteToShift, staffingSuggestions } from './staffing.ts';
import { ShiftInvitationType, ShiftType } from './types-schema.ts';
import { listSchema } from './validation-planning.ts';

const StaffingSuggestion = builder.simpleObject('StaffingSuggestion', {
  description: 'An active volunteer who could take the shift, with why they are suggested.',
  fields: (t) => ({
    volunteerId: t.id({ description: 'The global id of the User.' }),
    fullName: t.string(),
    district: t.string({ description: 'Where they live.' }),
    sameDistrict: t.boolean({ description: 'They live in the district of the shift.' }),
    choseArea: t.boolean({ description: "They chose the opportunity's area." }),
    recentShifts: t.int({ description: 'Shifts they worked in the last 60 days.' }),
    hoursThisWeek: t.float({ description: 'Hours already planned for them in the İzmir week of the shift.' }),
    maxHoursPerWeek: t.int(),
    explanation: t.string({ description: "One line, in the caller's language." }),
  }),
});

builder.queryField('staffingSuggestions', (t) =>
  t.field({
    type: [StaffingSuggestion],
    description:
      'For a shift: active volunteers qualified through its end, free at its time, under their weekly cap, ranked by district, chosen area and fewer shifts lately (at most 50).',
    authScopes: { staff: true },
    args: { shiftId: t.arg.globalID({ required: true, for: ShiftType }) },
    resolve: async (_root, args, ctx) =>
      (await staffingSuggestions(args.shiftId.id)).map((s) => ({
        volunteerId: encodeGlobalID('User', s.userId),
        fullName: `${s.firstName} ${s.lastName}`,
        district: s.districtName,
        sameDistrict: s.sameDistrict,
        choseArea: s.choseArea,
        recentShifts: s.recentShifts,
        hoursThisWeek: Math.round((s.weekMinutes / 60) * 10) / 10,
        maxHoursPerWeek: s.maxHoursPerWeek,
        explanation: explain(s, ctx.locale),
      })),
  }),
);

const InviteToShiftInput = builder.inputType('InviteToShiftInput', {
  fields: (t) => ({
    shiftId: t.globalID({ required: true, for: ShiftType }),
    userIds: t.globalIDList({ required: true, for: UserType, validate: listSchema(50) }),
  }),
});

const InviteSkipReasonEnum = builder.enumType('ShiftInviteSkipReason', {
  values: {
    NOT_A_VOLUNTEER: { description: 'Not an active volunteer.' },
    ALREADY_ON_SHIFT: { description: 'Already holds a place or waits on the shift.' },
    ALREADY_INVITED: { description: 'An invitation is pending (or was accepted).' },
  } as const,
});

const SkippedInvitee = builder.simpleObject('SkippedInvitee', {
  fields: (t) => ({ userId: t.id(), reason: t.field({ type: InviteSkipReasonEnum }) }),
});

const InviteToShiftResult = builder.simpleObject('InviteToShiftResult', {
  fields: (t) => ({
    invitations: t.field({ type: [ShiftInvitationType] }),
    skipped: t.field({ type: [SkippedInvitee] }),
  }),
});

builder.mutationField('inviteToShift', (t) =>
  t.field({
    type: InviteToShiftResult,
    description: 'Invites people to a shift through the outbox. Nobody invites themselves (separation of duties).',
    authScopes: (_root, { input }) => ({ staffOn: [people(input.userIds)] }),
    args: { input: t.arg({ type: InviteToShiftInput, required: true }) },
    errors: { types: [NotFoundError, ShiftCancelledError, ShiftStartedError] },
    resolve: async (_root, { input }, ctx) => {
      const outcome = await inviteToShift(input.shiftId.id, input.userIds.map((id) => id.id), actorOf(ctx));
      return {
        invitations: await prisma.shiftInvitation.findMany({ where: { id: { in: outcome.invitationIds } }, select: { id: true, userId: true }, orderBy: { id: 'asc' } }),
        skipped: outcome.skipped.map((s) => ({ userId: encodeGlobalID('User', s.userId), reason: s.reason })),
      };
    },
  }),
);
