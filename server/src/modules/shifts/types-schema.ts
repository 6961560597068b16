// Shifts' base types: opportunities, shifts, their roles and sign-ups. The parts of the module add
// their own fields to these (planning-schema.ts, signup-schema.ts, attendance-schema.ts).
import { builder, registerNodeType } from '../../builder.ts';
import { ShiftAttendance, ShiftInvitationStatus, ShiftSignupStatus, ShiftSwapStatus } from '../../generated/prisma/enums.ts';
import { localized } from '../../i18n/localized.ts';
import { QualificationType } from '../trainings/types-schema.ts';

export const ShiftSignupStatusEnum = builder.enumType(ShiftSignupStatus, {
  name: 'ShiftSignupStatus',
  description: 'CONFIRMED and OFFERED hold a place; WAITLISTED waits in arrival order; the rest are off the shift.',
});
export const ShiftAttendanceEnum = builder.enumType(ShiftAttendance, { name: 'ShiftAttendance' });

registerNodeType('ShiftOpportunity');
export const ShiftOpportunityType = builder.prismaNode('ShiftOpportunity', {
  id: { field: 'id' },
  // Only the columns a request asks for: a month of shifts repeats its opportunities thousands of times.
  select: { id: true },
  nullable: true,
  description: 'A piece of volunteer work with its area, place and required qualifications.',
  authScopes: { loggedIn: true },
  fields: (t) => ({
    title: t.string({ select: { titleTr: true, titleEn: true }, resolve: (o, _args, ctx) => localized(ctx, o.titleTr, o.titleEn) }),
    titleTr: t.exposeString('titleTr'),
    titleEn: t.exposeString('titleEn'),
    description: t.string({
      select: { descriptionTr: true, descriptionEn: true },
      resolve: (o, _args, ctx) => localized(ctx, o.descriptionTr, o.descriptionEn),
    }),
    descriptionTr: t.exposeString('descriptionTr'),
    descriptionEn: t.exposeString('descriptionEn'),
    area: t.relation('area'),
    online: t.exposeBoolean('online'),
    district: t.relation('district', { nullable: true, description: 'Where the work happens; null when online.' }),
    address: t.exposeString('address', { nullable: true }),
    qualifications: t.field({
      type: [QualificationType],
      description: 'What a volunteer must hold, valid through the end of the shift.',
      select: (_args, _ctx, nested) => ({ qualifications: { select: { qualification: nested(true) } } }),
      resolve: (o) => o.qualifications.map((q) => q.qualification),
    }),
    archivedAt: t.expose('archivedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.prismaObject('ShiftRole', {
  description: 'A role on a shift with its own headcount.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.string({ select: { nameTr: true, nameEn: true }, resolve: (r, _args, ctx) => localized(ctx, r.nameTr, r.nameEn) }),
    nameTr: t.exposeString('nameTr'),
    nameEn: t.exposeString('nameEn'),
    headcount: t.exposeInt('headcount'),
  }),
});

registerNodeType('Shift');
export const ShiftType = builder.prismaNode('Shift', {
  id: { field: 'id' },
  nullable: true,
  description: 'A time slot of an opportunity with its places (times are instants; İzmir is Europe/Istanbul).',
  authScopes: { loggedIn: true },
  fields: (t) => ({
    opportunity: t.relation('opportunity'),
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime' }),
    capacity: t.exposeInt('capacity'),
    signupClosesAt: t.expose('signupClosesAt', { type: 'DateTime' }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true }),
    recurring: t.boolean({ select: { seriesId: true }, resolve: (s) => s.seriesId !== null }),
    roles: t.relation('roles', { query: { orderBy: [{ position: 'asc' }, { id: 'asc' }] } }),
  }),
});

registerNodeType('ShiftSignup');
export const ShiftSignupType = builder.prismaNode('ShiftSignup', {
  id: { field: 'id' },
  select: { id: true, userId: true },
  nullable: true,
  description: "A person's place on a shift (or in its waitlist). Visible to the person and to coordinators.",
  authScopes: (signup, ctx) => ctx.viewer?.id === signup.userId || { staff: true },
  fields: (t) => ({
    shift: t.relation('shift'),
    volunteer: t.relation('user'),
    role: t.relation('role', { nullable: true }),
    status: t.expose('status', { type: ShiftSignupStatusEnum }),
    waitlistedAt: t.expose('waitlistedAt', { type: 'DateTime', nullable: true }),
    holdExpiresAt: t.expose('holdExpiresAt', { type: 'DateTime', nullable: true, description: 'For OFFERED: confirm before this instant.' }),
    confirmedAt: t.expose('confirmedAt', { type: 'DateTime', nullable: true }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true }),
    checkedInAt: t.expose('checkedInAt', { type: 'DateTime', nullable: true }),
    checkedOutAt: t.expose('checkedOutAt', { type: 'DateTime', nullable: true }),
    attendance: t.expose('attendance', { type: ShiftAttendanceEnum, nullable: true }),
    minutes: t.exposeInt('minutes', { nullable: true }),
    hoursApprovedAt: t.expose('hoursApprovedAt', { type: 'DateTime', nullable: true }),
  }),
});

export const ShiftSwapStatusEnum = builder.enumType(ShiftSwapStatus, { name: 'ShiftSwapStatus' });
export const ShiftInvitationStatusEnum = builder.enumType(ShiftInvitationStatus, { name: 'ShiftInvitationStatus' });

registerNodeType('ShiftSwap');
export const ShiftSwapType = builder.prismaNode('ShiftSwap', {
  id: { field: 'id' },
  select: { id: true, fromUserId: true, toUserId: true },
  nullable: true,
  description: 'A volunteer offering their place to a named colleague. Visible to the two of them and to coordinators.',
  authScopes: (swap, ctx) => ctx.viewer?.id === swap.fromUserId || ctx.viewer?.id === swap.toUserId || { staff: true },
  fields: (t) => ({
    shift: t.field({
      type: ShiftType,
      select: (_args, _ctx, nested) => ({ signup: { select: { shift: nested(true) } } }),
      resolve: (swap) => swap.signup.shift,
    }),
    fromName: t.string({ select: { fromUser: { select: { firstName: true, lastName: true } } }, resolve: (s) => `${s.fromUser.firstName} ${s.fromUser.lastName}` }),
    toName: t.string({ select: { toUser: { select: { firstName: true, lastName: true } } }, resolve: (s) => `${s.toUser.firstName} ${s.toUser.lastName}` }),
    status: t.expose('status', { type: ShiftSwapStatusEnum }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    respondedAt: t.expose('respondedAt', { type: 'DateTime', nullable: true }),
  }),
});

registerNodeType('ShiftInvitation');
export const ShiftInvitationType = builder.prismaNode('ShiftInvitation', {
  id: { field: 'id' },
  select: { id: true, userId: true },
  nullable: true,
  description: "A coordinator's invitation to a shift. Visible to the person invited and to coordinators.",
  authScopes: (invitation, ctx) => ctx.viewer?.id === invitation.userId || { staff: true },
  fields: (t) => ({
    shift: t.relation('shift'),
    volunteer: t.relation('user'),
    status: t.expose('status', { type: ShiftInvitationStatusEnum }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    respondedAt: t.expose('respondedAt', { type: 'DateTime', nullable: true }),
  }),
});
