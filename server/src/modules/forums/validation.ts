// Input rules of the forums module, as zod schemas. Messages are keys of messages.ts.
import { z } from 'zod';
import { instantWithinYears } from '../common/validation.ts';

/** A whole number between two bounds, with both bounds in the message. */
export const between = (minimum: number, maximum: number) =>
  z
    .number()
    .int('validation.invalid')
    .refine((value) => value >= minimum && value <= maximum, { message: 'validation.forums.count', params: { minimum, maximum } });

export const ageSchema = between(0, 120);
export const capacitySchema = between(1, 5000);
export const panelSizeSchema = between(1, 500);
export const quotaBoundSchema = between(0, 500);
export const sessionInstant = instantWithinYears(2);

export const MAX_QUESTIONS = 8;
export const MAX_OPTIONS = 30;
export const MAX_QUOTAS = 200;
export const MAX_FACILITATORS = 20;

/** A question's or option's key: what quotas and the published distribution name. */
export const keySchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'validation.forums.key');

export const listOf = (maximum: number) =>
  z.array(z.unknown()).refine((list) => list.length <= maximum, { message: 'validation.forums.tooMany', params: { maximum } });

/** An event's age band: the upper bound, when there is one, is not below the lower. */
export const eventRuleSchema = z
  .looseObject({ minAge: z.number(), maxAge: z.number().nullish() })
  .refine((input) => input.maxAge == null || input.maxAge >= input.minAge, { path: ['maxAge'], message: 'validation.forums.ageBand' });

/** A session's times, and its size by kind: seats for an open forum, a panel for a focus group. */
export const sessionRuleSchema = z
  .looseObject({
    kind: z.string().optional(),
    startsAt: z.date(),
    endsAt: z.date(),
    opensAt: z.date(),
    closesAt: z.date(),
    capacity: z.number().nullish(),
    panelSize: z.number().nullish(),
  })
  .refine((input) => input.endsAt > input.startsAt, { path: ['endsAt'], message: 'validation.forums.endsBeforeStarts' })
  .refine((input) => input.closesAt > input.opensAt, { path: ['closesAt'], message: 'validation.forums.windowOrder' })
  .refine((input) => input.closesAt <= input.startsAt, { path: ['closesAt'], message: 'validation.forums.windowAfterStart' })
  .refine(
    (input) => input.kind === undefined || (input.kind === 'OPEN' ? input.capacity != null && input.panelSize == null : input.panelSize != null && input.capacity == null),
    { path: ['capacity'], message: 'validation.forums.sizeForKind' },
  );

/** Distinct keys in a list of objects. */
export const distinctBy = <K extends string>(key: K) =>
  z.array(z.looseObject({ [key]: z.string() } as Record<K, z.ZodString>)).refine((list) => new Set(list.map((item) => item[key])).size === list.length, {
    message: 'validation.forums.duplicate',
  });

export const quotaRuleSchema = z
  .looseObject({ min: z.number(), max: z.number() })
  .refine((input) => input.min <= input.max, { path: ['min'], message: 'validation.forums.quotaBounds' });

/** A public value for the seed: printable, no NUL (the common text rule refuses it). */
export const publicValueSchema = z.string().refine((v) => !v.includes('\u0000'), 'validation.noNul').trim().min(1, 'validation.required').max(200, 'validation.tooLong');
