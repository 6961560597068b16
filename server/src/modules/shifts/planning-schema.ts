// Shifts: planning operations (see issue 8) — shift settings, opportunities, one-off shifts and
// recurring series. The calendar and the staffing assistant are in their own files, imported here.
import { z } from 'zod';
import { builder, registerNodeType } from '../../builder.ts';
import { actorOf } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { ErrorInterface, errorType, nonEmpty } from '../common/schema.ts';
import { keysetPage } from '../common/keyset.ts';
import { optionalText, requiredText, text } from '../common/validation.ts';
import { QualificationType } from '../trainings/types-schema.ts';
import { VolunteerAreaType } from '../volunteer-applications/types-schema.ts';
import { fillOf, isAtRisk } from './calendar.ts';
import {
  CapacityBelowSignupsError,
  NotRecurringError,
  OpportunityArchivedError,
  SameWeekError,
  SeriesEmptyError,
  ShiftCancelledError,
  ShiftStartedError,
} from './errors-planning.ts';
import * as opportunities from './opportunities.ts';
import { cancelShift, createShift, editShift, ON_SHIFT } from './planning.ts';
import { createSeries, describeRule, editSeriesFollowing } from './recurrence.ts';
import { ShiftOpportunityType, ShiftType } from './types-schema.ts';
import {
  capacitySchema,
  cutoffHoursSchema,
  durationMinutesSchema,
  followingRuleSchema,
  headcountSchema,
  listSchema,
  placeRuleSchema,
  seriesRuleSchema,
  seriesStartSchema,
  settingsSchemas,
  shiftEditRuleSchema,
  shiftRuleSchema,
  wallTimeSchema,
  weekdaysSchema,
} from './validation-planning.ts';
import './calendar-schema.ts';
import './staffing-schema.ts';

/** The field builder of an input type, for fields several inputs share. */
type InputFields = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

// ── Errors ──

builder.objectType(CapacityBelowSignupsError, {
  name: 'ShiftCapacityBelowSignupsError',
  description: 'The capacity (or a role headcount) asked for is below the places already held; nothing changed.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof CapacityBelowSignupsError,
  fields: (t) => ({ capacity: t.exposeInt('capacity'), held: t.exposeInt('held') }),
});
errorType(ShiftCancelledError, 'ShiftCancelledError', 'The shift was cancelled.');
errorType(ShiftStartedError, 'ShiftStartedError', 'The shift has started or is over.');
errorType(NotRecurringError, 'ShiftNotRecurringError', 'The shift is not an occurrence of a series.');
errorType(SeriesEmptyError, 'ShiftSeriesEmptyError', 'The recurrence rule yields no day.');
errorType(OpportunityArchivedError, 'ShiftOpportunityArchivedError', 'The opportunity is archived.');
errorType(SameWeekError, 'ShiftSameWeekError', 'Copying a week onto itself.');

// ── Types ──

builder.prismaObject('ShiftSettings', {
  description: "A programme's shift rules.",
  fields: (t) => ({
    maxHoursPerWeek: t.exposeInt('maxHoursPerWeek', { description: 'Workload cap: hours a volunteer may be on shifts per İzmir week.' }),
    noShowPauseAfter: t.exposeInt('noShowPauseAfter', { description: 'Sign-up pauses after this many no-shows.' }),
    holdHours: t.exposeInt('holdHours', { description: 'Hours a waitlisted person has to confirm an offered place.' }),
    holdHoursNear: t.exposeInt('holdHoursNear', { description: 'The shorter hold when the shift is near.' }),
    nearWindowHours: t.exposeInt('nearWindowHours', { description: 'A shift starting within this many hours is near.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const ShiftFillLevelEnum = builder.enumType('ShiftFillLevel', {
  description: 'EMPTY: nobody; LOW: under half; PARTIAL: half or more; FULL: every place held.',
  values: ['EMPTY', 'LOW', 'PARTIAL', 'FULL'] as const,
});

const ShiftFill = builder.simpleObject('ShiftFill', {
  description: 'How full a shift is: places held (confirmed + offered) against its capacity, and its waitlist.',
  fields: (t) => ({
    held: t.int(),
    confirmed: t.int(),
    offered: t.int(),
    waitlisted: t.int(),
    capacity: t.int(),
    ratio: t.float({ description: 'held / capacity' }),
    level: t.field({ type: ShiftFillLevelEnum }),
  }),
});

const ON_SHIFT_SELECT = { signups: { where: { status: { in: ON_SHIFT } }, select: { status: true } } } as const;

builder.prismaObjectFields('Shift', (t) => ({
  fill: t.field({
    type: ShiftFill,
    select: { capacity: true, ...ON_SHIFT_SELECT },
    resolve: (shift) => fillOf(shift.capacity, shift.signups),
  }),
  atRisk: t.boolean({
    description: 'Starts within 72 hours with places still free.',
    select: { capacity: true, startsAt: true, cancelledAt: true, ...ON_SHIFT_SELECT },
    resolve: (shift) => isAtRisk(shift, fillOf(shift.capacity, shift.signups)),
  }),
  cutoffHours: t.int({
    description: 'Sign-up closes this many hours before the start.',
    select: { startsAt: true, signupClosesAt: true },
    resolve: (shift) => Math.round((shift.startsAt.getTime() - shift.signupClosesAt.getTime()) / 3_600_000),
  }),
  occurrenceDate: t.expose('occurrenceDate', { type: 'Date', nullable: true, description: 'Its İzmir date in its series.' }),
  detached: t.exposeBoolean('detached', { description: 'Edited on its own: edits of its series leave it alone.' }),
  series: t.relation('series', { nullable: true }),
}));

registerNodeType('ShiftSeries');
export const ShiftSeriesType = builder.prismaNode('ShiftSeries', {
  id: { field: 'id' },
  nullable: true,
  description: 'A weekly rule whose occurrences are shifts.',
  authScopes: { staff: true },
  fields: (t) => ({
    opportunity: t.relation('opportunity'),
    rrule: t.exposeString('rrule', { description: 'RFC 5545 RRULE (no DTSTART), over İzmir dates.' }),
    weekdays: t.intList({ description: 'ISO weekdays, 1 = Monday.', select: { rrule: true }, resolve: (s) => describeRule(s.rrule).weekdays }),
    until: t.field({ type: 'Date', nullable: true, select: { rrule: true }, resolve: (s) => describeRule(s.rrule).until }),
    startDate: t.expose('startDate', { type: 'Date' }),
    startTime: t.exposeString('startTime', { description: 'İzmir wall-clock time, HH:MM.' }),
    durationMinutes: t.exposeInt('durationMinutes'),
    capacity: t.exposeInt('capacity'),
    cutoffHours: t.exposeInt('cutoffHours'),
    previous: t.relation('previous', { nullable: true, description: 'The series this one continues after a "this and following" edit.' }),
  }),
});

// ── Queries ──

type OpportunityFilter = { search?: string | null; areaId?: { id: string } | null; districtId?: number | null; includeArchived?: boolean | null };
const opportunitiesWhere = (args: OpportunityFilter) => ({
  ...(args.includeArchived ? {} : { archivedAt: null }),
  ...(args.areaId ? { areaId: args.areaId.id } : {}),
  ...(args.districtId != null ? { districtId: args.districtId } : {}),
  ...(args.search?.trim()
    ? { OR: [{ titleTr: { contains: args.search.trim(), mode: 'insensitive' as const } }, { titleEn: { contains: args.search.trim(), mode: 'insensitive' as const } }] }
    : {}),
});

builder.queryFields((t) => ({
  shiftSettings: t.prismaField({
    type: 'ShiftSettings',
    description: "The volunteering programme's shift rules.",
    authScopes: { staff: true },
    resolve: async (query) => {
      const programmeId = await opportunities.volunteeringProgrammeId();
      await opportunities.shiftSettingsOf(programmeId);
      return prisma.shiftSettings.findUniqueOrThrow({ ...query, where: { programmeId } });
    },
  }),
  shiftOpportunities: t.prismaConnection({
    type: 'ShiftOpportunity',
    cursor: 'id',
    description: 'Opportunities, newest first; archived ones only when asked.',
    authScopes: { staff: true },
    args: {
      search: t.arg.string({ required: false, validate: z.string().max(100, 'validation.tooLong') }),
      areaId: t.arg.globalID({ required: false, for: VolunteerAreaType }),
      districtId: t.arg.int({ required: false }),
      includeArchived: t.arg.boolean({ required: false }),
    },
    resolve: (query, _root, args) => prisma.shiftOpportunity.findMany(keysetPage(query, opportunitiesWhere(args), 'desc')),
    totalCount: (_root, args) => prisma.shiftOpportunity.count({ where: opportunitiesWhere(args) }),
  }),
}));

// ── Inputs ──

const UpdateShiftSettingsInput = builder.inputType('UpdateShiftSettingsInput', {
  description: 'Only the rules given change.',
  fields: (t) => ({
    maxHoursPerWeek: t.int({ required: false, validate: settingsSchemas.maxHoursPerWeek.nullish() }),
    noShowPauseAfter: t.int({ required: false, validate: settingsSchemas.noShowPauseAfter.nullish() }),
    holdHours: t.int({ required: false, validate: settingsSchemas.holdHours.nullish() }),
    holdHoursNear: t.int({ required: false, validate: settingsSchemas.holdHoursNear.nullish() }),
    nearWindowHours: t.int({ required: false, validate: settingsSchemas.nearWindowHours.nullish() }),
  }),
});

const opportunityFields = (t: InputFields) => ({
  areaId: t.globalID({ required: true, for: VolunteerAreaType }),
  titleTr: t.string({ required: true, validate: requiredText(160) }),
  titleEn: t.string({ required: true, validate: requiredText(160) }),
  descriptionTr: t.string({ required: false, validate: text(4000).nullish() }),
  descriptionEn: t.string({ required: false, validate: text(4000).nullish() }),
  online: t.boolean({ required: true }),
  districtId: t.int({ required: false, description: 'Required unless online.' }),
  address: t.string({ required: false, description: 'Required unless online.', validate: optionalText(300) }),
  qualificationIds: t.globalIDList({ required: true, for: QualificationType, validate: listSchema(20, 0) }),
});

const CreateShiftOpportunityInput = builder.inputType('CreateShiftOpportunityInput', {
  validate: placeRuleSchema,
  fields: (t) => opportunityFields(t),
});

const UpdateShiftOpportunityInput = builder.inputType('UpdateShiftOpportunityInput', {
  validate: placeRuleSchema,
  fields: (t) => ({ id: t.globalID({ required: true, for: ShiftOpportunityType }), ...opportunityFields(t) }),
});

const ArchiveShiftOpportunityInput = builder.inputType('ArchiveShiftOpportunityInput', {
  fields: (t) => ({
    id: t.globalID({ required: true, for: ShiftOpportunityType }),
    archived: t.boolean({ required: false, defaultValue: true, description: 'false restores it.' }),
  }),
});

const ShiftRoleInput = builder.inputType('ShiftRoleInput', {
  fields: (t) => ({
    nameTr: t.string({ required: true, validate: requiredText(80) }),
    nameEn: t.string({ required: true, validate: requiredText(80) }),
    headcount: t.int({ required: true, validate: headcountSchema }),
  }),
});

const roles = (t: InputFields) =>
  t.field({ type: [ShiftRoleInput], required: false, description: 'With roles, the capacity is the sum of their headcounts.', validate: listSchema(20, 0).nullish() });

const CreateShiftInput = builder.inputType('CreateShiftInput', {
  validate: shiftRuleSchema,
  fields: (t) => ({
    opportunityId: t.globalID({ required: true, for: ShiftOpportunityType }),
    startsAt: t.field({ type: 'DateTime', required: true }),
    endsAt: t.field({ type: 'DateTime', required: true }),
    capacity: t.int({ required: false, description: 'Required without roles.', validate: capacitySchema.nullish() }),
    cutoffHours: t.int({ required: true, validate: cutoffHoursSchema }),
    roles: roles(t),
  }),
});

const EditShiftInput = builder.inputType('EditShiftInput', {
  description: 'Edits this one shift (an occurrence of a series becomes detached). What is left out stays.',
  validate: shiftEditRuleSchema,
  fields: (t) => ({
    shiftId: t.globalID({ required: true, for: ShiftType }),
    startsAt: t.field({ type: 'DateTime', required: false }),
    endsAt: t.field({ type: 'DateTime', required: false }),
    capacity: t.int({ required: false, validate: capacitySchema.nullish() }),
    cutoffHours: t.int({ required: false, validate: cutoffHoursSchema.nullish() }),
    roles: roles(t),
  }),
});

const CancelShiftInput = builder.inputType('CancelShiftInput', {
  fields: (t) => ({ shiftId: t.globalID({ required: true, for: ShiftType }) }),
});

const seriesFields = (t: InputFields) => ({
  weekdays: t.intList({ required: true, description: 'ISO weekdays, 1 = Monday … 7 = Sunday.', validate: weekdaysSchema }),
  until: t.field({ type: 'Date', required: true, description: 'The last İzmir date (inclusive).' }),
  startTime: t.string({ required: true, description: 'İzmir wall-clock time, HH:MM.', validate: wallTimeSchema }),
  durationMinutes: t.int({ required: true, validate: durationMinutesSchema }),
  capacity: t.int({ required: false, description: 'Required without roles.', validate: capacitySchema.nullish() }),
  cutoffHours: t.int({ required: true, validate: cutoffHoursSchema }),
  roles: roles(t),
});

const CreateShiftSeriesInput = builder.inputType('CreateShiftSeriesInput', {
  validate: seriesRuleSchema,
  fields: (t) => ({
    opportunityId: t.globalID({ required: true, for: ShiftOpportunityType }),
    startDate: t.field({ type: 'Date', required: true, description: 'The first İzmir date the rule may fall on.', validate: seriesStartSchema }),
    ...seriesFields(t),
  }),
});

const EditFollowingShiftsInput = builder.inputType('EditFollowingShiftsInput', {
  description: 'Edits this occurrence and all following ones of its series (the series splits here).',
  validate: followingRuleSchema,
  fields: (t) => ({
    shiftId: t.globalID({ required: true, for: ShiftType }),
    ...seriesFields(t),
  }),
});

const FollowingShiftsResult = builder.simpleObject('EditFollowingShiftsResult', {
  fields: (t) => ({
    series: t.field({ type: ShiftSeriesType, description: 'The new series, from the chosen occurrence on.' }),
    updated: t.int({ description: 'Occurrences kept (their sign-ups with them).' }),
    created: t.int({ description: 'Occurrences added on days the old rule did not have.' }),
    cancelled: t.int({ description: 'Occurrences on days the new rule drops: cancelled, not deleted.' }),
    notified: t.int({ description: 'Mails queued to people whose shift moved or was cancelled.' }),
  }),
});

// ── Mutations ──

const rolesOf = (list: readonly { nameTr: string; nameEn: string; headcount: number }[] | null | undefined) => list ?? [];
const opportunityData = (input: {
  areaId: { id: string };
  titleTr: string;
  titleEn: string;
  descriptionTr?: string | null;
  descriptionEn?: string | null;
  online: boolean;
  districtId?: number | null;
  address?: string | null;
  qualificationIds: { id: string }[];
}) => ({
  ...input,
  areaId: input.areaId.id,
  descriptionTr: input.descriptionTr ?? '',
  descriptionEn: input.descriptionEn ?? '',
  qualificationIds: input.qualificationIds.map((q) => q.id),
});

builder.mutationFields((t) => ({
  updateShiftSettings: t.prismaField({
    type: 'ShiftSettings',
    authScopes: { staff: true },
    args: { input: t.arg({ type: UpdateShiftSettingsInput, required: true }) },
    errors: { types: [] },
    resolve: async (query, _root, { input }, ctx) => {
      const programmeId = await opportunities.volunteeringProgrammeId();
      await opportunities.updateShiftSettings(programmeId, input, actorOf(ctx));
      return prisma.shiftSettings.findUniqueOrThrow({ ...query, where: { programmeId } });
    },
  }),
  createShiftOpportunity: t.prismaField({
    type: 'ShiftOpportunity',
    authScopes: { staff: true },
    args: { input: t.arg({ type: CreateShiftOpportunityInput, required: true }) },
    errors: { types: [NotFoundError] },
    resolve: async (query, _root, { input }, ctx) => {
      const { id } = await opportunities.createOpportunity(opportunityData(input), actorOf(ctx));
      return prisma.shiftOpportunity.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });
    },
  }),
  updateShiftOpportunity: t.prismaField({
    type: 'ShiftOpportunity',
    authScopes: { staff: true },
    args: { input: t.arg({ type: UpdateShiftOpportunityInput, required: true }) },
    errors: { types: [NotFoundError] },
    resolve: async (query, _root, { input }, ctx) => {
      await opportunities.updateOpportunity(input.id.id, opportunityData(input), actorOf(ctx));
      return prisma.shiftOpportunity.findUniqueOrThrow({ ...nonEmpty(query), where: { id: input.id.id } });
    },
  }),
  archiveShiftOpportunity: t.prismaField({
    type: 'ShiftOpportunity',
    authScopes: { staff: true },
    args: { input: t.arg({ type: ArchiveShiftOpportunityInput, required: true }) },
    errors: { types: [NotFoundError] },
    resolve: async (query, _root, { input }, ctx) => {
      await opportunities.archiveOpportunity(input.id.id, input.archived ?? true, actorOf(ctx));
      return prisma.shiftOpportunity.findUniqueOrThrow({ ...nonEmpty(query), where: { id: input.id.id } });
    },
  }),
  createShift: t.prismaField({
    type: 'Shift',
    authScopes: { staff: true },
    args: { input: t.arg({ type: CreateShiftInput, required: true }) },
    errors: { types: [NotFoundError, OpportunityArchivedError] },
    resolve: async (query, _root, { input }, ctx) => {
      const { id } = await createShift({ ...input, opportunityId: input.opportunityId.id, roles: rolesOf(input.roles) }, actorOf(ctx));
      return prisma.shift.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });
    },
  }),
  editShift: t.prismaField({
    type: 'Shift',
    description: 'Edits this one shift; its people are told when its time moves. A capacity below the places held is refused.',
    authScopes: { staff: true },
    args: { input: t.arg({ type: EditShiftInput, required: true }) },
    errors: { types: [NotFoundError, ShiftCancelledError, ShiftStartedError, CapacityBelowSignupsError] },
    resolve: async (query, _root, { input }, ctx) => {
      await editShift(input.shiftId.id, { ...input, roles: input.roles ?? null }, actorOf(ctx));
      return prisma.shift.findUniqueOrThrow({ ...nonEmpty(query), where: { id: input.shiftId.id } });
    },
  }),
  cancelShift: t.prismaField({
    type: 'Shift',
    description: 'Cancels a shift (kept, not deleted); everyone on it or its waitlist is taken off and told.',
    authScopes: { staff: true },
    args: { input: t.arg({ type: CancelShiftInput, required: true }) },
    errors: { types: [NotFoundError, ShiftCancelledError, ShiftStartedError] },
    resolve: async (query, _root, { input }, ctx) => {
      await cancelShift(input.shiftId.id, actorOf(ctx));
      return prisma.shift.findUniqueOrThrow({ ...nonEmpty(query), where: { id: input.shiftId.id } });
    },
  }),
  createShiftSeries: t.prismaField({
    type: 'ShiftSeries',
    description: 'Creates a weekly series and its occurrences (İzmir wall-clock times).',
    authScopes: { staff: true },
    args: { input: t.arg({ type: CreateShiftSeriesInput, required: true }) },
    errors: { types: [NotFoundError, OpportunityArchivedError, SeriesEmptyError] },
    resolve: async (query, _root, { input }, ctx) => {
      const { id } = await createSeries({ ...input, opportunityId: input.opportunityId.id, roles: rolesOf(input.roles) }, actorOf(ctx));
      return prisma.shiftSeries.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });
    },
  }),
  editFollowingShifts: t.field({
    type: FollowingShiftsResult,
    description: 'Edits an occurrence and all following ones: the series splits; kept occurrences keep their sign-ups.',
    authScopes: { staff: true },
    args: { input: t.arg({ type: EditFollowingShiftsInput, required: true }) },
    errors: { types: [NotFoundError, NotRecurringError, ShiftCancelledError, ShiftStartedError, SeriesEmptyError, CapacityBelowSignupsError] },
    resolve: async (_root, { input }, ctx) => {
      const outcome = await editSeriesFollowing(input.shiftId.id, { ...input, roles: rolesOf(input.roles) }, actorOf(ctx));
      return { ...outcome, series: await prisma.shiftSeries.findUniqueOrThrow({ where: { id: outcome.seriesId } }) };
    },
  }),
}));
