// The coordinators' calendar (one query, a fixed number of SQL statements whatever the range
// holds), the at-risk list, and copying a week. Imported by planning-schema.ts.
import { builder } from '../../builder.ts';
import { actorOf } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { addDays, istanbulInstant } from '@katilim/schema/istanbul-day';
import { VolunteerAreaType } from '../volunteer-applications/types-schema.ts';
import { atRiskShiftIds, calendarWhere, copyShiftWeek } from './calendar.ts';
import { SameWeekError } from './errors-planning.ts';
import { ShiftType } from './types-schema.ts';
import { calendarRangeSchema, copyWeekSchema } from './validation-planning.ts';

builder.queryFields((t) => ({
  shiftCalendar: t.prismaField({
    type: ['Shift'],
    description: 'Every shift starting between two İzmir dates (both included, at most 42 days), in time order, with its fill level.',
    complexity: { field: 1, multiplier: 20 },
    authScopes: { staff: true },
    args: {
      from: t.arg({ type: 'Date', required: true }),
      to: t.arg({ type: 'Date', required: true }),
      areaId: t.arg.globalID({ required: false, for: VolunteerAreaType }),
      districtId: t.arg.int({ required: false }),
      includeCancelled: t.arg.boolean({ required: false, defaultValue: false }),
    },
    validate: calendarRangeSchema,
    resolve: (query, _root, args) =>
      prisma.shift.findMany({
        ...query,
        where: {
          ...calendarWhere(istanbulInstant(args.from), istanbulInstant(addDays(args.to, 1)), { areaId: args.areaId?.id, districtId: args.districtId }),
          ...(args.includeCancelled ? {} : { cancelledAt: null }),
        },
        orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      }),
  }),
  atRiskShifts: t.prismaField({
    type: ['Shift'],
    description: 'Shifts starting within 72 hours with places still free, soonest first.',
    authScopes: { staff: true },
    args: {
      areaId: t.arg.globalID({ required: false, for: VolunteerAreaType }),
      districtId: t.arg.int({ required: false }),
    },
    resolve: async (query, _root, args) => {
      const ids = await atRiskShiftIds({ areaId: args.areaId?.id, districtId: args.districtId });
      return prisma.shift.findMany({ ...query, where: { id: { in: ids } }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] });
    },
  }),
}));

const CopyShiftWeekInput = builder.inputType('CopyShiftWeekInput', {
  description: 'Copies the shifts of one İzmir week (Monday to Sunday) to another, with roles and no sign-ups.',
  validate: copyWeekSchema,
  fields: (t) => ({
    fromWeek: t.field({ type: 'Date', required: true, description: 'The Monday of the week to copy.' }),
    toWeek: t.field({ type: 'Date', required: true, description: 'The Monday of the week to fill.' }),
    areaId: t.globalID({ required: false, for: VolunteerAreaType }),
    districtId: t.int({ required: false }),
  }),
});

const CopyShiftWeekResult = builder.simpleObject('CopyShiftWeekResult', {
  fields: (t) => ({
    created: t.field({ type: [ShiftType], description: 'The new shifts.' }),
    skipped: t.field({ type: [ShiftType], description: 'Shifts of the source week not copied: the target week already has one at the same times.' }),
  }),
});

builder.mutationField('copyShiftWeek', (t) =>
  t.field({
    type: CopyShiftWeekResult,
    authScopes: { staff: true },
    args: { input: t.arg({ type: CopyShiftWeekInput, required: true }) },
    errors: { types: [SameWeekError] },
    resolve: async (_root, { input }, ctx) => {
      const { createdIds, skippedIds } = await copyShiftWeek(input.fromWeek, input.toWeek, { areaId: input.areaId?.id, districtId: input.districtId }, actorOf(ctx));
      const shifts = await prisma.shift.findMany({ where: { id: { in: [...createdIds, ...skippedIds] } }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] });
      return { created: shifts.filter((s) => createdIds.includes(s.id)), skipped: shifts.filter((s) => skippedIds.includes(s.id)) };
    },
  }),
);
