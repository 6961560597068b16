// Input rules of the trips catalogue, as zod schemas. Messages are keys of messages.ts (catalogue block).
import { z } from 'zod';
import { instantWithinYears } from '../common/validation.ts';

/** A whole number between two bounds, with both bounds in the message. */
export const between = (minimum: number, maximum: number) =>
  z
    .number()
    .int('validation.invalid')
    .refine((value) => value >= minimum && value <= maximum, { message: 'validation.trips.count', params: { minimum, maximum } });

export const ageSchema = between(0, 120);
export const companionsSchema = between(0, 10);
export const perSeasonSchema = between(1, 50);
export const capacitySchema = between(1, 2000);
export const seatsSchema = between(1, 500);
export const MAX_PICKUP_POINTS = 20;
export const MAX_PRIORITY_DISTRICTS = 30;

const DEPARTURE_YEARS = 2;
export const departureInstant = instantWithinYears(DEPARTURE_YEARS);

/** A trip's age band: the upper bound, when there is one, is not below the lower. */
export const tripRuleSchema = z
  .looseObject({ minAge: z.number(), maxAge: z.number().nullish() })
  .refine((input) => input.maxAge == null || input.maxAge >= input.minAge, { path: ['maxAge'], message: 'validation.trips.ageBand' });

export const pickupListSchema = z
  .array(z.unknown())
  .min(1, 'validation.required')
  .refine((list) => list.length <= MAX_PICKUP_POINTS, { message: 'validation.trips.tooMany', params: { maximum: MAX_PICKUP_POINTS } });

export const districtListSchema = z
  .array(z.number().int('validation.invalid'))
  .refine((list) => list.length <= MAX_PRIORITY_DISTRICTS, { message: 'validation.trips.tooMany', params: { maximum: MAX_PRIORITY_DISTRICTS } });

/**
 * A departure's times and seats: it ends after it starts; registration opens before it closes, and
 * closes no later than the cancel cut-off, which is no later than the start; the capacity is not more
 * than the pick-up points' seats (a lottery's equals them: checked with the allocation, see catalogue.ts).
 */
export const departureRuleSchema = z
  .looseObject({
    startsAt: z.date(),
    endsAt: z.date(),
    registrationOpensAt: z.date(),
    registrationClosesAt: z.date(),
    cancelCutoffAt: z.date(),
    capacity: z.number(),
    pickupPoints: z.array(z.looseObject({ seats: z.number(), pickupAt: z.date() })),
  })
  .refine((input) => input.endsAt > input.startsAt, { path: ['endsAt'], message: 'validation.trips.endsBeforeStarts' })
  .refine((input) => input.registrationClosesAt > input.registrationOpensAt, { path: ['registrationClosesAt'], message: 'validation.trips.windowOrder' })
  .refine((input) => input.registrationClosesAt <= input.cancelCutoffAt, { path: ['registrationClosesAt'], message: 'validation.trips.windowAfterCutoff' })
  .refine((input) => input.cancelCutoffAt <= input.startsAt, { path: ['cancelCutoffAt'], message: 'validation.trips.cutoffAfterStart' })
  .refine((input) => input.capacity <= input.pickupPoints.reduce((sum, point) => sum + point.seats, 0), {
    path: ['capacity'],
    message: 'validation.trips.capacityOverSeats',
  });
