// Input rules of attendance, as zod schemas. Messages are keys of the modules' messages.
import { z } from 'zod';
import { isoDate } from '../common/validation.ts';

/** A coordinator's correction: whole minutes within a day (the service holds them to the shift). */
export const minutesSchema = z.number().int('validation.invalid').min(0, 'shifts.attendance.minutesRange').max(1440, 'shifts.attendance.minutesRange');

export const listSchema = (max: number) => z.array(z.unknown()).min(1, 'validation.required').max(max, 'shifts.attendance.tooMany');

/** A scanned check-in code: the shift id, a dot and a signature. */
export const checkInCodeSchema = z.string().trim().min(1, 'validation.required').max(120, 'shifts.attendance.invalidCode');

/** A certificate's period: real days, in order, at most ten years. */
export const periodSchema = z
  .looseObject({ from: isoDate, to: isoDate })
  .refine((period) => period.from <= period.to, { path: ['to'], message: 'shifts.attendance.dateOrder' })
  .refine((period) => Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4)) <= 10, { path: ['from'], message: 'validation.periodTooLong' });

export const yearSchema = z.number().int('validation.invalid').min(2000, 'validation.invalid').max(2200, 'validation.invalid');
