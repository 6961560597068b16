// Input rules for trainings, as zod schemas. Messages are keys of i18n/messages.ts.
import { z } from 'zod';
import { instantWithinYears } from '../common/validation.ts';

export const validityMonthsSchema = z
  .number()
  .int('validation.invalid')
  .min(1, 'validation.training.validityMonths')
  .max(120, 'validation.training.validityMonths');

export const minSessionsSchema = z.number().int('validation.invalid').min(1, 'validation.training.minSessions').max(50, 'validation.training.minSessions');

export const capacitySchema = z.number().int('validation.invalid').min(1, 'validation.training.capacity').max(1000, 'validation.training.capacity');

/** Cross-field rule of a course: "N of M sessions" needs its N. Other fields pass through untouched. */
export const courseRuleSchema = z
  .looseObject({ completionRule: z.string(), minSessions: z.number().nullish() })
  .superRefine((input, ctx) => {
    if (input.completionRule === 'MIN_SESSIONS' && input.minSessions == null) {
      ctx.addIssue({ code: 'custom', path: ['minSessions'], message: 'validation.training.minSessionsRequired' });
    }
  });

/** A session is planned within a few years of today and lasts less than a day. */
const SESSION_YEARS = 5;
const MAX_SESSION_MS = 24 * 3_600_000;

export const sessionTimesSchema = z
  .looseObject({ startsAt: instantWithinYears(SESSION_YEARS), endsAt: instantWithinYears(SESSION_YEARS) })
  .refine((input) => input.endsAt > input.startsAt, { path: ['endsAt'], message: 'validation.training.endsBeforeStarts' })
  .refine((input) => input.endsAt.getTime() - input.startsAt.getTime() <= MAX_SESSION_MS, { path: ['endsAt'], message: 'validation.periodTooLong' });

export const idListSchema = (max: number, min = 1) =>
  z
    .array(z.unknown())
    .min(min, 'validation.required')
    .max(max, 'validation.training.tooMany');
