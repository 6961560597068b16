// Input rules of boarding and communication, as zod schemas. Messages are keys of the modules' messages.
import { z } from 'zod';
import { instantWithinYears, requiredText } from '../common/validation.ts';

/** At most this many events in one sync (a phone that was offline for a whole departure sends them in batches). */
export const MAX_EVENTS_PER_SYNC = 500;

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** A row id (participants and pick-up points are exposed by their plain UUIDs). */
export const uuidSchema = z.string().regex(UUID, 'validation.invalid').transform((value) => value.toLowerCase());

/** The phone's id for one tap: lower-cased, so the same event is recognised however it was spelt. */
export const clientEventIdSchema = uuidSchema;

/** When the guide tapped, by the phone's clock: a real instant, within a year of now. */
export const tappedAtSchema = instantWithinYears(1);

export const eventsSchema = z.array(z.unknown()).min(1, 'validation.required').max(MAX_EVENTS_PER_SYNC, 'trips.boarding.tooManyEvents');

export const noteSchema = requiredText(1000);
export const subjectSchema = requiredText(200);
export const bodySchema = requiredText(5000);
