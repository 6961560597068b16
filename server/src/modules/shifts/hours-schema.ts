// Shifts: a volunteer's hours (by month and area), participation certificates and their public check,
// the private calendar feed, and the coordinators' reports (issue 8, attendance part).
import { builder } from '../../builder.ts';
import { actorOf } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { localized } from '../../i18n/localized.ts';
import { errorType, nonEmpty } from '../common/schema.ts';
import { createCalendarFeed, revokeCalendarFeed } from './calendar-feed.ts';
import { issueParticipationCertificate, verificationUrl, verifyCertificate } from './certificates.ts';
import { NoApprovedHoursError, TooManyVerificationsError } from './errors-attendance.ts';
import { hoursOfYear, type AreaMinutes } from './hours.ts';
import { shiftReport } from './reports.ts';
import { istanbulInstant } from '@katilim/schema/istanbul-day';
import { periodSchema, yearSchema } from './validation-attendance.ts';
import { checkInCodeSchema } from './validation-attendance.ts';

errorType(NoApprovedHoursError, 'NoApprovedHoursError', 'No approved hours in the period: there is nothing to certify.');
errorType(TooManyVerificationsError, 'TooManyVerificationsError', 'Too many certificate checks from this address; try again later.');

// ── Hours ──

const MonthMinutes = builder.simpleObject('ShiftMonthMinutes', {
  fields: (t) => ({ month: t.int({ description: '1 = January.' }), minutes: t.int() }),
});
const AreaMinutesType = builder.objectRef<AreaMinutes>('ShiftAreaMinutes').implement({
  fields: (t) => ({
    areaId: t.exposeID('areaId'),
    name: t.string({ resolve: (area, _args, ctx) => localized(ctx, area.nameTr, area.nameEn) }),
    minutes: t.exposeInt('minutes'),
  }),
});
const ShiftHoursSummary = builder.simpleObject('ShiftHoursSummary', {
  description: 'Approved minutes of one İzmir calendar year, by month of the shift and by area.',
  fields: (t) => ({
    year: t.int(),
    totalMinutes: t.int(),
    months: t.field({ type: [MonthMinutes] }),
    areas: t.field({ type: [AreaMinutesType] }),
  }),
});

builder.queryFields((t) => ({
  myShiftHours: t.field({
    type: ShiftHoursSummary,
    description: 'The caller’s approved hours of a year, for the chart.',
    authScopes: { loggedIn: true },
    args: { year: t.arg.int({ required: true, validate: yearSchema }) },
    resolve: (_root, args, ctx) => hoursOfYear(ctx.viewer!.id, args.year),
  }),
  myShiftRecord: t.prismaField({
    type: ['ShiftSignup'],
    description: 'The caller’s shifts of a year that they checked in to or whose attendance was recorded, newest first.',
    authScopes: { loggedIn: true },
    complexity: { field: 1, multiplier: 5 },
    args: { year: t.arg.int({ required: true, validate: yearSchema }) },
    resolve: (query, _root, args, ctx) =>
      prisma.shiftSignup.findMany({
        ...nonEmpty(query),
        where: {
          userId: ctx.viewer!.id,
          status: 'CONFIRMED',
          OR: [{ checkedInAt: { not: null } }, { attendance: { not: null } }],
          shift: { startsAt: { gte: istanbulInstant(`${args.year}-01-01`), lt: istanbulInstant(`${args.year + 1}-01-01`) } },
        },
        orderBy: [{ shift: { startsAt: 'desc' } }, { id: 'asc' }],
        take: 500,
      }),
  }),
}));

// ── Certificates ──

builder.prismaObject('ParticipationCertificate', {
  description: 'A participation certificate as issued (approved hours only).',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code', { description: 'The verification code the public page confirms.' }),
    totalMinutes: t.exposeInt('totalMinutes'),
    areas: t.field({
      type: [AreaMinutesType],
      select: { byArea: true },
      resolve: (certificate) => certificate.byArea as AreaMinutes[],
    }),
    periodFrom: t.expose('periodFrom', { type: 'Date' }),
    periodTo: t.expose('periodTo', { type: 'Date' }),
    issuedAt: t.expose('issuedAt', { type: 'DateTime' }),
    downloadPath: t.string({ description: 'The PDF, for its holder or a coordinator.', resolve: (certificate) => `/certificates/${certificate.id}.pdf` }),
    verificationUrl: t.string({ select: { code: true }, resolve: (certificate) => verificationUrl(certificate.code) }),
  }),
});

const CertificateVerification = builder.simpleObject('CertificateVerification', {
  description: 'What the public page confirms about a certificate: no more than this.',
  fields: (t) => ({
    code: t.string(),
    holderName: t.string({ description: 'First name and the initial of the last name.' }),
    totalMinutes: t.int(),
    periodFrom: t.field({ type: 'Date' }),
    periodTo: t.field({ type: 'Date' }),
    issuedAt: t.field({ type: 'DateTime' }),
  }),
});

const IssueParticipationCertificateInput = builder.inputType('IssueParticipationCertificateInput', {
  validate: periodSchema,
  fields: (t) => ({
    from: t.field({ type: 'Date', required: true, description: 'First İzmir day of the period (by shift start).' }),
    to: t.field({ type: 'Date', required: true, description: 'Last İzmir day of the period, included.' }),
  }),
});

builder.queryFields((t) => ({
  myParticipationCertificates: t.prismaField({
    type: ['ParticipationCertificate'],
    description: 'The caller’s certificates, newest first.',
    authScopes: { loggedIn: true },
    resolve: (query, _root, _args, ctx) =>
      prisma.participationCertificate.findMany({ ...nonEmpty(query), where: { userId: ctx.viewer!.id }, orderBy: [{ issuedAt: 'desc' }, { id: 'asc' }], take: 100 }),
  }),
  verifyParticipationCertificate: t.field({
    type: CertificateVerification,
    nullable: true,
    description: 'Public: confirms a certificate by its code; null when no certificate has it. Limited per address.',
    authScopes: { public: true },
    args: { code: t.arg.string({ required: true, validate: checkInCodeSchema }) },
    resolve: (_root, args, ctx) => verifyCertificate(args.code, ctx.ip),
  }),
}));

builder.mutationFields((t) => ({
  issueParticipationCertificate: t.prismaField({
    type: 'ParticipationCertificate',
    description: 'Issues the caller a certificate of their approved hours in the period.',
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: IssueParticipationCertificateInput, required: true }) },
    errors: { types: [NoApprovedHoursError] },
    resolve: async (query, _root, { input }, ctx) => {
      const { id } = await issueParticipationCertificate(ctx.viewer!.id, input.from, input.to, actorOf(ctx));
      return prisma.participationCertificate.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });
    },
  }),
}));

// ── Calendar feed ──

const CalendarFeedInfo = builder.simpleObject('CalendarFeedInfo', {
  fields: (t) => ({ createdAt: t.field({ type: 'DateTime' }) }),
});
const CreatedCalendarFeed = builder.simpleObject('CreatedCalendarFeed', {
  description: 'The feed’s URL is shown this once: only a hash of its token is kept.',
  fields: (t) => ({ url: t.string(), createdAt: t.field({ type: 'DateTime' }) }),
});

builder.prismaObject('CalendarFeed', {
  description: 'A person’s private calendar feed (its URL is shown once, when made).',
  fields: (t) => ({ createdAt: t.expose('createdAt', { type: 'DateTime' }) }),
});

builder.prismaObjectField('User', 'calendarFeed', (t) =>
  t.relation('calendarFeed', {
    nullable: true,
    description: 'The person’s calendar feed, if they made one. Visible to the person only.',
    authScopes: (user, _args, ctx) => ctx.viewer?.id === user.id,
  }),
);

builder.queryFields((t) => ({
  myCalendarFeed: t.field({
    type: CalendarFeedInfo,
    nullable: true,
    description: 'Whether the caller has a calendar feed (its URL is not kept).',
    authScopes: { loggedIn: true },
    resolve: (_root, _args, ctx) => prisma.calendarFeed.findUnique({ where: { userId: ctx.viewer!.id }, select: { createdAt: true } }),
  }),
}));

builder.mutationFields((t) => ({
  createCalendarFeed: t.field({
    type: CreatedCalendarFeed,
    description: 'Creates the caller’s private calendar feed, or gives it a new URL (the old one stops working).',
    authScopes: { loggedIn: true },
    errors: { types: [] },
    resolve: async (_root, _args, ctx) => {
      const url = await createCalendarFeed(ctx.viewer!.id, actorOf(ctx));
      const feed = await prisma.calendarFeed.findUniqueOrThrow({ where: { userId: ctx.viewer!.id }, select: { createdAt: true } });
      return { url, createdAt: feed.createdAt };
    },
  }),
  revokeCalendarFeed: t.boolean({
    description: 'Deletes the caller’s calendar feed: its URL answers 404 from now on.',
    authScopes: { loggedIn: true },
    errors: { types: [] },
    resolve: async (_root, _args, ctx) => {
      await revokeCalendarFeed(ctx.viewer!.id, actorOf(ctx));
      return true;
    },
  }),
}));

// ── Reports ──

const ShiftReportGroupingEnum = builder.enumType('ShiftReportGrouping', { values: ['AREA', 'DISTRICT'] as const });
const ShiftReportRow = builder.simpleObject('ShiftReportRow', {
  description: 'One İzmir month of one area or district.',
  fields: (t) => ({
    month: t.string({ description: 'YYYY-MM.' }),
    groupKey: t.string({ description: 'The area’s id, the district’s number, or "online".' }),
    groupName: t.string(),
    shifts: t.int(),
    places: t.int(),
    filled: t.int(),
    fillRate: t.float({ description: 'Filled ÷ places, 0…1.' }),
    approvedMinutes: t.int(),
    attendanceRecorded: t.int(),
    noShows: t.int(),
    noShowRate: t.float({ description: 'No-shows ÷ attendance recorded, 0…1.' }),
  }),
});

builder.queryFields((t) => ({
  shiftReport: t.field({
    type: [ShiftReportRow],
    description: 'Shifts, fill rate, approved hours and no-show rate by month, per area or district, for shifts starting on the İzmir days from … to.',
    authScopes: { staff: true },
    args: {
      from: t.arg({ type: 'Date', required: true }),
      to: t.arg({ type: 'Date', required: true }),
      by: t.arg({ type: ShiftReportGroupingEnum, required: true }),
    },
    validate: periodSchema,
    resolve: (_root, args, ctx) => shiftReport(args.from, args.to, args.by, ctx.locale),
  }),
}));
