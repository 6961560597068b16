// Shifts: attendance operations (issue 8) — check-in by QR code, check-out, the coordinator's roster,
// hours approval and the no-show pause. Hours, certificates, the calendar feed and reports are in
// hours-schema.ts.
import QRCode from 'qrcode';
import { builder } from '../../builder.ts';
import { actorOf } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { ErrorInterface, errorType, nonEmpty } from '../common/schema.ts';
import { UserType } from '../accounts/schema.ts';
import * as attendance from './attendance.ts';
import {
  AlreadyCheckedOutError,
  AttendanceTooEarlyError,
  CheckInClosedError,
  CheckInNotOpenError,
  HoursAlreadyApprovedError,
  HoursNotApprovableError,
  InvalidCheckInCodeError,
  MinutesExceedShiftError,
  NotCheckedInError,
  NotOnShiftError,
  NotPausedError,
  SignupNotOnShiftError,
} from './errors-attendance.ts';
import { signups, standings } from './policy-attendance.ts';
import { ShiftAttendanceEnum, ShiftSignupType, ShiftType } from './types-schema.ts';
import { checkInCodeSchema, listSchema, minutesSchema } from './validation-attendance.ts';
import './hours-schema.ts';

errorType(InvalidCheckInCodeError, 'InvalidCheckInCodeError', 'The code names no shift, or is not the shift’s current code.');
errorType(CheckInClosedError, 'CheckInClosedError', 'The shift has ended or was cancelled.');
errorType(NotOnShiftError, 'NotOnShiftError', 'The caller has no confirmed place on the shift.');
errorType(NotCheckedInError, 'NotCheckedInError', 'Check-out needs a check-in first.');
errorType(AlreadyCheckedOutError, 'AlreadyCheckedOutError', 'The sign-up is already checked out.');
errorType(AttendanceTooEarlyError, 'AttendanceTooEarlyError', 'Attendance is recorded from 30 minutes before the start on.');
errorType(SignupNotOnShiftError, 'SignupNotOnShiftError', 'An entry names a sign-up that is not a confirmed place on this shift; nothing was recorded.');
errorType(HoursAlreadyApprovedError, 'HoursAlreadyApprovedError', 'Approved hours are final.');
errorType(NotPausedError, 'NotPausedError', 'The person’s sign-up is not paused.');
builder.objectType(CheckInNotOpenError, {
  name: 'CheckInNotOpenError',
  description: 'Check-in opens 30 minutes before the start.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof CheckInNotOpenError,
  fields: (t) => ({ opensAt: t.expose('opensAt', { type: 'DateTime' }) }),
});
builder.objectType(MinutesExceedShiftError, {
  name: 'MinutesExceedShiftError',
  description: 'More minutes than the shift lasts; nothing was recorded.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof MinutesExceedShiftError,
  fields: (t) => ({ maximum: t.exposeInt('maximum') }),
});
builder.objectType(HoursNotApprovableError, {
  name: 'HoursNotApprovableError',
  description: 'Some sign-ups are not marked present; nothing was approved.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof HoursNotApprovableError,
  fields: (t) => ({ count: t.exposeInt('count') }),
});

// ── Types ──

export const ShiftStandingType = builder.prismaObject('ShiftStanding', {
  description: 'No-shows counted since the last lift, and the sign-up pause they cause.',
  fields: (t) => ({
    volunteer: t.relation('user'),
    noShows: t.exposeInt('noShows'),
    pausedAt: t.expose('pausedAt', { type: 'DateTime', nullable: true }),
    liftedAt: t.expose('liftedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.prismaObjectField('User', 'shiftStanding', (t) =>
  t.relation('shiftStanding', {
    nullable: true,
    description: 'The person’s no-show count and pause; null before any no-show. Visible to the person and coordinators.',
    authScopes: (user, _args, ctx) => ctx.viewer?.id === user.id || { staff: true },
  }),
);

builder.prismaObjectFields('Shift', (t) => ({
  checkInUrl: t.string({
    description: 'What the check-in QR code encodes. Coordinators only.',
    authScopes: { staff: true },
    select: { checkInSecret: true },
    resolve: (shift) => attendance.checkInUrl(shift),
  }),
  checkInQr: t.string({
    description: 'The check-in QR code as an SVG data URL, to show or print. Coordinators only.',
    authScopes: { staff: true },
    select: { checkInSecret: true },
    resolve: async (shift) => {
      const svg = await QRCode.toString(attendance.checkInUrl(shift), { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
      return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    },
  }),
  attendanceRoster: t.relation('signups', {
    description: 'The confirmed places, for attendance and hours. Coordinators only.',
    authScopes: { staff: true },
    query: { where: { status: 'CONFIRMED' }, orderBy: [{ confirmedAt: 'asc' }, { id: 'asc' }] },
  }),
  calendarPath: t.string({
    description: 'Where the shift’s .ics file is downloaded (relative to the site).',
    resolve: (shift) => `/calendar/shifts/${shift.id}.ics`,
  }),
}));

builder.prismaObjectFields('ShiftSignup', (t) => ({
  checkInOpensAt: t.field({
    type: 'DateTime',
    select: { shift: { select: { startsAt: true } } },
    resolve: (signup) => new Date(signup.shift.startsAt.getTime() - attendance.CHECK_IN_OPENS_MINUTES * 60_000),
  }),
  volunteerStanding: t.field({
    type: ShiftStandingType,
    nullable: true,
    description: 'The volunteer’s no-show standing. Coordinators only.',
    authScopes: { staff: true },
    select: (_args, _ctx, nested) => ({ user: { select: { shiftStanding: nested() } } }),
    resolve: (signup) => signup.user.shiftStanding,
  }),
}));

/** Like nonEmpty(), for standings, which are keyed by userId and have no id column. */
function standingQuery<Q extends object>(query: Q): Q {
  const { select } = query as { select?: object };
  return select && Object.keys(select).length === 0 ? { ...query, select: { userId: true } } : query;
}

// ── Mutations ──

const CheckInToShiftInput = builder.inputType('CheckInToShiftInput', {
  fields: (t) => ({ code: t.string({ required: true, description: 'What the shift’s QR code holds (the last part of its URL).', validate: checkInCodeSchema }) }),
});
const CheckOutOfShiftInput = builder.inputType('CheckOutOfShiftInput', {
  fields: (t) => ({ signupId: t.globalID({ required: true, for: ShiftSignupType }) }),
});
const ShiftAttendanceEntryInput = builder.inputType('ShiftAttendanceEntryInput', {
  fields: (t) => ({
    signupId: t.globalID({ required: true, for: ShiftSignupType }),
    attendance: t.field({ type: ShiftAttendanceEnum, required: true }),
    minutes: t.int({ required: false, description: 'For PRESENT: a correction; without it, from check-in/out or the shift’s length.', validate: minutesSchema.nullish() }),
  }),
});
const RecordShiftAttendanceInput = builder.inputType('RecordShiftAttendanceInput', {
  fields: (t) => ({
    shiftId: t.globalID({ required: true, for: ShiftType }),
    entries: t.field({ type: [ShiftAttendanceEntryInput], required: true, validate: listSchema(200) }),
  }),
});
const ApproveShiftHoursInput = builder.inputType('ApproveShiftHoursInput', {
  fields: (t) => ({ signupIds: t.globalIDList({ required: true, for: ShiftSignupType, validate: listSchema(200) }) }),
});
const LiftShiftPauseInput = builder.inputType('LiftShiftPauseInput', {
  fields: (t) => ({ userId: t.globalID({ required: true, for: UserType }) }),
});

builder.mutationFields((t) => ({
  checkInToShift: t.prismaField({
    type: 'ShiftSignup',
    description: 'Checks the caller in to the shift whose QR code they scanned (from 30 minutes before the start to the end).',
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: CheckInToShiftInput, required: true }) },
    errors: { types: [InvalidCheckInCodeError, CheckInNotOpenError, CheckInClosedError, NotOnShiftError] },
    resolve: async (query, _root, { input }, ctx) => {
      const { signupId } = await attendance.checkInToShift(ctx.viewer!.id, input.code, actorOf(ctx));
      return prisma.shiftSignup.findUniqueOrThrow({ ...nonEmpty(query), where: { id: signupId } });
    },
  }),
  checkOutOfShift: t.prismaField({
    type: 'ShiftSignup',
    description: 'Checks the caller out; the minutes follow from check-in and check-out, within the shift.',
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: CheckOutOfShiftInput, required: true }) },
    errors: { types: [NotFoundError, NotCheckedInError, AlreadyCheckedOutError, HoursAlreadyApprovedError] },
    resolve: async (query, _root, { input }, ctx) => {
      await attendance.checkOutOfShift(ctx.viewer!.id, input.signupId.id, actorOf(ctx));
      return prisma.shiftSignup.findUniqueOrThrow({ ...nonEmpty(query), where: { id: input.signupId.id } });
    },
  }),
  recordShiftAttendance: t.prismaField({
    type: ['ShiftSignup'],
    description: 'Marks sign-ups of one shift present, no-show or excused (with minutes), all in one transaction. Answers the sign-ups.',
    complexity: { field: 1, multiplier: 5 },
    authScopes: (_root, { input }) => ({ staffOn: [signups(input.entries.map((entry) => entry.signupId))] }),
    args: { input: t.arg({ type: RecordShiftAttendanceInput, required: true }) },
    errors: { types: [NotFoundError, AttendanceTooEarlyError, SignupNotOnShiftError, HoursAlreadyApprovedError, MinutesExceedShiftError] },
    resolve: async (query, _root, { input }, ctx) => {
      const ids = await attendance.recordShiftAttendance(
        input.shiftId.id,
        input.entries.map((entry) => ({ signupId: entry.signupId.id, attendance: entry.attendance, minutes: entry.minutes ?? null })),
        actorOf(ctx),
      );
      return prisma.shiftSignup.findMany({ ...nonEmpty(query), where: { id: { in: ids } }, orderBy: { id: 'asc' } });
    },
  }),
  approveShiftHours: t.prismaField({
    type: ['ShiftSignup'],
    description: 'Approves the hours of sign-ups marked present (all or nothing). A coordinator never approves their own.',
    complexity: { field: 1, multiplier: 5 },
    authScopes: (_root, { input }) => ({ staffOn: [signups(input.signupIds)] }),
    args: { input: t.arg({ type: ApproveShiftHoursInput, required: true }) },
    errors: { types: [NotFoundError, HoursNotApprovableError] },
    resolve: async (query, _root, { input }, ctx) => {
      const ids = await attendance.approveShiftHours(
        input.signupIds.map((id) => id.id),
        actorOf(ctx),
      );
      return prisma.shiftSignup.findMany({ ...nonEmpty(query), where: { id: { in: ids } }, orderBy: { id: 'asc' } });
    },
  }),
  liftShiftPause: t.prismaField({
    type: 'ShiftStanding',
    description: 'Lets a person paused for no-shows sign up again; their count starts afresh.',
    authScopes: (_root, { input }) => ({ staffOn: [standings(input.userId)] }),
    args: { input: t.arg({ type: LiftShiftPauseInput, required: true }) },
    errors: { types: [NotPausedError] },
    resolve: async (query, _root, { input }, ctx) => {
      await attendance.liftShiftPause(input.userId.id, actorOf(ctx));
      return prisma.shiftStanding.findUniqueOrThrow({ ...standingQuery(query), where: { userId: input.userId.id } });
    },
  }),
}));

// ── Queries ──

builder.queryFields((t) => ({
  shiftsForAttendance: t.prismaField({
    type: ['Shift'],
    description: 'Shifts to take attendance for: started in the last 14 days or starting within a day, latest first.',
    authScopes: { staff: true },
    complexity: { field: 1, multiplier: 5 },
    resolve: (query) => {
      const now = Date.now();
      return prisma.shift.findMany({
        ...nonEmpty(query),
        where: { cancelledAt: null, startsAt: { gte: new Date(now - 14 * 86_400_000), lte: new Date(now + 86_400_000) } },
        orderBy: [{ startsAt: 'desc' }, { id: 'asc' }],
        take: 100,
      });
    },
  }),
  pausedShiftVolunteers: t.prismaField({
    type: ['ShiftStanding'],
    description: 'People whose sign-up is paused for no-shows, longest paused first.',
    authScopes: { staff: true },
    resolve: (query) => prisma.shiftStanding.findMany({ ...standingQuery(query), where: { pausedAt: { not: null } }, orderBy: [{ pausedAt: 'asc' }, { userId: 'asc' }], take: 200 }),
  }),
}));
