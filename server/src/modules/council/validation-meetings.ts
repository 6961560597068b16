// Input rules of council meetings, as zod schemas. Messages are keys of messages.ts (meetings block).
import { z } from 'zod';
import { dayWithinYears, globalIdOf, requiredText, text } from '../common/validation.ts';

export const MAX_AGENDA_ITEMS = 30;
export const MAX_DECISIONS = 50;
export const MAX_ATTENDANCE = 200;
/** A series is at most half a year of weekly meetings: a bound on the rows and dates one mail lists. */
export const MAX_OCCURRENCES = 26;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const meetingIdSchema = globalIdOf('CouncilMeeting');
export const committeeIdSchema = globalIdOf('CouncilCommittee');
export const termIdSchema = globalIdOf('CouncilTerm');
export const memberIdSchema = globalIdOf('CouncilMember');

export const titleSchema = requiredText(200);
export const placeSchema = requiredText(200);
export const addressSchema = text(500);
export const notesSchema = text(2000);
export const minutesSchema = text(20_000);
export const decisionSchema = requiredText(2000);
export const reportSchema = text(10_000);
/** An İzmir calendar day within two years of today (30 February is refused here, as a field error). */
export const daySchema = dayWithinYears(2);
export const timeSchema = z.string().regex(TIME, 'validation.council.meetings.time');

export const agendaListSchema = z
  .array(z.unknown())
  .refine((list) => list.length <= MAX_AGENDA_ITEMS, { message: 'validation.council.meetings.tooMany', params: { maximum: MAX_AGENDA_ITEMS } });
export const decisionListSchema = z
  .array(z.unknown())
  .refine((list) => list.length <= MAX_DECISIONS, { message: 'validation.council.meetings.tooMany', params: { maximum: MAX_DECISIONS } });
export const attendanceListSchema = z
  .array(z.unknown())
  .min(1, 'validation.required')
  .refine((list) => list.length <= MAX_ATTENDANCE, { message: 'validation.council.meetings.tooMany', params: { maximum: MAX_ATTENDANCE } });
export const occurrencesSchema = z
  .number()
  .int('validation.invalid')
  .refine((value) => value >= 2 && value <= MAX_OCCURRENCES, { message: 'validation.council.meetings.occurrences', params: { minimum: 2, maximum: MAX_OCCURRENCES } });

/** A meeting's times on its day: the end after the start. */
export const timesRuleSchema = z
  .looseObject({ startTime: z.string(), endTime: z.string() })
  .refine((input) => input.endTime > input.startTime, { path: ['endTime'], message: 'validation.council.meetings.endsBeforeStarts' });

/** A list of meetings is of one committee or of one term's assemblies. */
export const committeeOrTermSchema = z
  .looseObject({ committeeId: z.unknown().nullish(), termId: z.unknown().nullish() })
  .refine((args) => Boolean(args.committeeId) !== Boolean(args.termId), { message: 'validation.council.meetings.committeeOrTerm' });
