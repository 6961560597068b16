// Shifts: planning operations (see issue 8) — shift settings, opportunities, one-off shifts and
// recurring series. The calendar and the staffing assistant are in their own files, imported here.
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { actorOf } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { ErrorInterface, errorType, nonEmpty } from '../common/schema.ts';
import { keysetPage } from '../common/keyset.ts';
import { optionalText, requiredText, text } from '../common/validation.ts';
import { QualificationType } from '../trainings/types-schema.ts';
import { VolunteerAreaType } from '../volunteer-applications/types-schema.ts';
import { fillOf, isAtRisk, signupCounts } from './calendar.ts';
import {
  CapacityBelowSignupsError,
  NotRecurringError,
  OpportunityArchivedError,
  SameWeekError,
  SeriesEmptyError,
  ShiftCancelledError,
  ShiftStartedError,
  StartsInPastError,
} from './errors-planning.ts';
import * as opportunities from './opportunities.ts';
import { cancelShift, createShift, editShift } from './planning.ts';
import { ShiftOpportunityType, ShiftType } from './types-schema.ts';
import {
  capacitySchema,
  cutoffHoursSchema,
  listSchema,
  placeRuleSchema,
  settingsSchemas,
  shiftEditRuleSchema,
  shiftRuleSchema,
} from './validation-planning.ts';
import { roles, rolesOf, type InputFields } from './series-schema.ts';
import './calendar-schema.ts';
import './staffing-schema.ts';

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
errorType(StartsInPastError, 'ShiftStartsInPastError', 'The shift would start in the past.');

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

builder.prismaObjectFields('Shift', (t) => ({
  fill: t.field({
    type: ShiftFill,
    select: { id: true, capacity: true },
    resolve: async (shift, _args, ctx) => fillOf(shift.capacity, await signupCounts(ctx)(shift.id)),
  }),
  atRisk: t.boolean({
    description: 'Starts within 72 hours with places still free.',
    select: { id: true, capacity: true, startsAt: true, cancelledAt: true },
    resolve: async (shift, _args, ctx) => isAtRisk(shift, fillOf(shift.capacity, await signupCounts(ctx)(shift.id))),
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

// ── Mutations ──

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
    errors: { types: [NotFoundError, OpportunityArchivedError, StartsInPastError] },
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
    errors: { types: [NotFoundError, ShiftCancelledError, ShiftStartedError, CapacityBelowSignupsError, StartsInPastError] },
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
}));
