// Input rules of the council's members part, as zod schemas. Messages are keys of messages.ts
// (members block) or the shared ones.
import { todayInIstanbul } from '@katilim/schema/istanbul-day';
import { NAME_MAX_LENGTH } from '@katilim/schema/person-name';
import { z } from 'zod';
import { optionalText, requiredText } from '../common/validation.ts';

export const nameText = requiredText(NAME_MAX_LENGTH);
export const schoolText = requiredText(160);
export const relationshipText = requiredText(60);
export const reasonText = requiredText(500);
export const committeeNameText = requiredText(160);
export const committeeDescriptionText = optionalText(1000);
export const termNameText = requiredText(40);

/** An age bound of a term. */
export const termAge = z
  .number()
  .int('validation.invalid')
  .refine((value) => value >= 6 && value <= 21, { message: 'validation.council.ageBound', params: { minimum: 6, maximum: 21 } });

/** A day that is today or before (İzmir): a consent is recorded as given, never ahead of time. */
export const notFutureDay = z.string().refine((day) => day <= todayInIstanbul(), 'validation.council.futureDate');

/** A birth date: in the past. */
export const birthDay = z.string().refine((day) => day < todayInIstanbul(), 'validation.council.birthDatePast');

export const termRuleSchema = z
  .looseObject({ startsOn: z.string(), endsOn: z.string(), minAge: z.number(), maxAge: z.number() })
  .refine((input) => input.endsOn > input.startsOn, { path: ['endsOn'], message: 'validation.council.termOrder' })
  .refine((input) => input.maxAge >= input.minAge, { path: ['maxAge'], message: 'validation.council.ageBand' });

export const votesRuleSchema = z
  .looseObject({ votesFor: z.number(), votesCast: z.number() })
  .refine((input) => input.votesFor <= input.votesCast, { path: ['votesFor'], message: 'validation.council.votesOverCast' });

export const voteCount = z
  .number()
  .int('validation.invalid')
  .refine((value) => value >= 0 && value <= 500, { message: 'validation.council.count', params: { minimum: 0, maximum: 500 } });

/** Base64 of a scan: at most 2 MB decoded (≈ 2.8 MB of text); its kind is checked by its bytes. */
export const MAX_SCAN_BYTES = 2 * 1024 * 1024;
export const scanBase64 = z
  .string()
  .max(Math.ceil((MAX_SCAN_BYTES * 4) / 3) + 8, 'validation.council.scanTooLarge')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'validation.council.scanEncoding');
