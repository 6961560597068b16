// Recurring shifts in the schema: the series type, creating one, and editing "this and all
// following" occurrences. Imported by planning-schema.ts, with the role input both use.
import { builder, registerNodeType } from '../../builder.ts';
import { actorOf } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { nonEmpty } from '../common/schema.ts';
import { requiredText } from '../common/validation.ts';
import { CapacityBelowSignupsError, NotRecurringError, OpportunityArchivedError, SeriesEmptyError, ShiftCancelledError, ShiftStartedError, StartsInPastError } from './errors-planning.ts';
import { createSeries, describeRule, editSeriesFollowing } from './recurrence.ts';
import { ShiftOpportunityType, ShiftType } from './types-schema.ts';
import {
  capacitySchema,
  cutoffHoursSchema,
  durationMinutesSchema,
  followingRuleSchema,
  headcountSchema,
  listSchema,
  seriesRuleSchema,
  seriesStartSchema,
  wallTimeSchema,
  weekdaysSchema,
} from './validation-planning.ts';

/** The field builder of an input type, for fields several inputs share. */
export type InputFields = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

export const rolesOf = (list: readonly { nameTr: string; nameEn: string; headcount: number }[] | null | undefined) => list ?? [];

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

const ShiftRoleInput = builder.inputType('ShiftRoleInput', {
  fields: (t) => ({
    nameTr: t.string({ required: true, validate: requiredText(80) }),
    nameEn: t.string({ required: true, validate: requiredText(80) }),
    headcount: t.int({ required: true, validate: headcountSchema }),
  }),
});

export const roles = (t: InputFields) =>
  t.field({ type: [ShiftRoleInput], required: false, description: 'With roles, the capacity is the sum of their headcounts.', validate: listSchema(20, 0).nullish() });

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

builder.mutationFields((t) => ({
  createShiftSeries: t.prismaField({
    type: 'ShiftSeries',
    description: 'Creates a weekly series and its occurrences (İzmir wall-clock times).',
    authScopes: { staff: true },
    args: { input: t.arg({ type: CreateShiftSeriesInput, required: true }) },
    errors: { types: [NotFoundError, OpportunityArchivedError, SeriesEmptyError, StartsInPastError] },
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
    errors: { types: [NotFoundError, NotRecurringError, ShiftCancelledError, ShiftStartedError, SeriesEmptyError, CapacityBelowSignupsError, StartsInPastError] },
    resolve: async (_root, { input }, ctx) => {
      const outcome = await editSeriesFollowing(input.shiftId.id, { ...input, roles: rolesOf(input.roles) }, actorOf(ctx));
      return { ...outcome, series: await prisma.shiftSeries.findUniqueOrThrow({ where: { id: outcome.seriesId } }) };
    },
  }),
}));
