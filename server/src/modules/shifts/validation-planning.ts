// Input rules of shift planning, as zod schemas. Messages are keys of this module's messages.ts.
import { z } from 'zod';
import { addDays, isoWeekday } from '@katilim/schema/istanbul-day';
import { dayWithinYears, instantWithinYears, isoDate } from '../common/validation.ts';

/** A whole number between two bounds, with both bounds in the message. */
export const between = (minimum: number, maximum: number, message: 'validation.shifts.count' | 'validation.shifts.hours' = 'validation.shifts.count') =>
  z
    .number()
    .int('validation.invalid')
    .refine((value) => value >= minimum && value <= maximum, { message, params: { minimum, maximum } });

export const settingsSchemas = {
  maxHoursPerWeek: between(1, 80, 'validation.shifts.hours'),
  noShowPauseAfter: between(1, 20),
  holdHours: between(1, 72, 'validation.shifts.hours'),
  holdHoursNear: between(1, 24, 'validation.shifts.hours'),
  nearWindowHours: between(0, 168, 'validation.shifts.hours'),
};

export const capacitySchema = between(1, 500);
export const headcountSchema = between(1, 500);
export const cutoffHoursSchema = between(0, 168, 'validation.shifts.hours');
export const durationMinutesSchema = between(15, 720);

/** An opportunity happens online or at an address in a district. */
export const placeRuleSchema = z
  .looseObject({ online: z.boolean(), districtId: z.number().nullish(), address: z.string().nullish() })
  .superRefine((input, ctx) => {
    if (input.online) return;
    if (input.districtId == null) ctx.addIssue({ code: 'custom', path: ['districtId'], message: 'validation.shifts.placeRequired' });
    if (!input.address?.trim()) ctx.addIssue({ code: 'custom', path: ['address'], message: 'validation.shifts.placeRequired' });
  });

/** Roles or a capacity: with roles the capacity is their sum, so one of the two must be there. */
const capacityOrRoles = (input: { capacity?: number | null; roles?: unknown[] | null }, ctx: z.RefinementCtx) => {
  if (input.capacity == null && !input.roles?.length) ctx.addIssue({ code: 'custom', path: ['capacity'], message: 'validation.shifts.capacityOrRoles' });
};

const SHIFT_YEARS = 2;
const MAX_SHIFT_MS = 24 * 3_600_000;

export const shiftRuleSchema = z
  .looseObject({
    startsAt: instantWithinYears(SHIFT_YEARS),
    endsAt: instantWithinYears(SHIFT_YEARS),
    capacity: z.number().nullish(),
    roles: z.array(z.unknown()).nullish(),
  })
  .superRefine(capacityOrRoles)
  .refine((input) => input.endsAt > input.startsAt, { path: ['endsAt'], message: 'validation.shifts.endsBeforeStarts' })
  .refine((input) => input.endsAt.getTime() - input.startsAt.getTime() <= MAX_SHIFT_MS, { path: ['endsAt'], message: 'validation.periodTooLong' });

/** An edit may leave the times out; when both are given they must make sense. */
export const shiftEditRuleSchema = z
  .looseObject({ startsAt: instantWithinYears(SHIFT_YEARS).nullish(), endsAt: instantWithinYears(SHIFT_YEARS).nullish() })
  .refine((input) => !input.startsAt || !input.endsAt || input.endsAt > input.startsAt, { path: ['endsAt'], message: 'validation.shifts.endsBeforeStarts' });

export const wallTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.shifts.time');

export const weekdaysSchema = z
  .array(z.number().int('validation.invalid').min(1, 'validation.invalid').max(7, 'validation.invalid'))
  .min(1, 'validation.required')
  .max(7, 'validation.invalid');

export const seriesStartSchema = dayWithinYears(SHIFT_YEARS);

export const seriesRuleSchema = z
  .looseObject({ startDate: z.string(), until: isoDate, capacity: z.number().nullish(), roles: z.array(z.unknown()).nullish() })
  .superRefine(capacityOrRoles)
  .refine((input) => input.until >= input.startDate, { path: ['until'], message: 'validation.shifts.untilBeforeStart' })
  .refine((input) => input.until <= addDays(input.startDate, 366), { path: ['until'], message: 'validation.shifts.seriesTooLong' });

export const followingRuleSchema = z.looseObject({ capacity: z.number().nullish(), roles: z.array(z.unknown()).nullish() }).superRefine(capacityOrRoles);

/** The first day of an İzmir week (Monday). */
export const mondaySchema = isoDate.refine((day) => isoWeekday(day) === 1, 'validation.shifts.weekStart');

export const listSchema = (max: number, min = 1) =>
  z
    .array(z.unknown())
    .min(min, 'validation.required')
    .refine((list) => list.length <= max, { message: 'validation.shifts.tooMany', params: { maximum: max } });

/** A calendar shows a month view at most: six weeks. */
export const CALENDAR_MAX_DAYS = 42;

export const calendarRangeSchema = z
  .looseObject({ from: isoDate, to: isoDate })
  .refine((range) => range.from <= range.to, { path: ['to'], message: 'validation.shifts.rangeOrder' })
  .refine((range) => range.to < addDays(range.from, CALENDAR_MAX_DAYS), { path: ['to'], message: 'validation.shifts.rangeTooLong', params: { maximum: CALENDAR_MAX_DAYS } });

export const copyWeekSchema = z.looseObject({ fromWeek: mondaySchema, toWeek: mondaySchema.and(dayWithinYears(2)) });
