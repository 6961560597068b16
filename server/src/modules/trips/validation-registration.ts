// Input rules of registration, as zod schemas. Messages are keys of messages.ts (registration block).
import { z } from 'zod';
import { todayInIstanbul } from '@katilim/schema/istanbul-day';
import { isoDate, requiredText } from '../common/validation.ts';

export const MAX_TRAVELLERS = 10;

export const travellerNameSchema = requiredText(80);

/** A traveller's birth date: a real day, not after today, within 120 years. */
export const travellerBirthDateSchema = isoDate.refine(
  (day) => {
    const today = todayInIstanbul();
    return day <= today && Number(day.slice(0, 4)) >= Number(today.slice(0, 4)) - 120;
  },
  'validation.trips.birthDate',
);

export const travellersSchema = z
  .array(z.unknown())
  .refine((list) => list.length <= MAX_TRAVELLERS, { message: 'validation.trips.tooMany', params: { maximum: MAX_TRAVELLERS } });

export const reasonSchema = requiredText(500);
