// The monitoring's arguments: a range of whole months (YYYY-MM), in order, at most five years, and an
// optional district among İzmir's.
import { z } from 'zod';
import { monthsIn, parseMonth } from './period.ts';

export const month = z.string().refine((value) => parseMonth(value) !== null, 'validation.monitoring.month');

const bothMonths = (range: { from: string; to: string }) => parseMonth(range.from) !== null && parseMonth(range.to) !== null;

export const monthRangeSchema = z
  .looseObject({ from: month, to: month, districtId: z.number().int().min(1, 'validation.monitoring.district').max(10_000, 'validation.monitoring.district').nullish() })
  .refine((range) => !bothMonths(range) || range.from <= range.to, { path: ['to'], message: 'validation.monitoring.monthOrder' })
  .refine((range) => !bothMonths(range) || range.from > range.to || monthsIn(range) <= 60, { path: ['from'], message: 'validation.monitoring.rangeTooLong' });
