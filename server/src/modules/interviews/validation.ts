// Input rules for interviews, as zod schemas. Messages are keys of i18n/messages.ts.
import { addDays, daysBetween, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { z } from 'zod';
import { dayWithinYears, globalIdOf, isoDate, optionalText } from '../common/validation.ts';

export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type WeekdayName = (typeof WEEKDAYS)[number];

export const MAX_RANGE_DAYS = 92;
const PLANNING_YEARS = 2;

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time');

const httpsUrl = z
  .string()
  .trim()
  .max(500, 'validation.tooLong')
  .nullish()
  .transform((value) => value || null)
  .refine((value) => {
    if (value === null) return true;
    // The URL parser silently drops tabs and line breaks: refuse them (and any space or control
    // character) before parsing, or a CR/LF would reach calendar files and mails.
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
    if (/[\s\u0000-\u001f\u007f]/.test(value)) return false;
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'validation.httpsUrl');

export const publishSlotsSchema = z
  .object({
    roundId: globalIdOf('RecruitmentRound'),
    // Interviews are planned for the coming months, never for a year like 2199.
    fromDate: dayWithinYears(PLANNING_YEARS).refine((day) => day >= todayInIstanbul(), 'validation.dateNotPast'),
    toDate: isoDate,
    weekdays: z
      .array(z.enum(WEEKDAYS))
      .min(1, 'validation.weekdays')
      .max(7, 'validation.weekdays')
      .transform((days) => [...new Set(days)]),
    times: z
      .array(clockTime)
      .min(1, 'validation.times')
      .max(24, 'validation.times')
      .refine((times) => new Set(times).size === times.length, 'validation.uniqueTimes'),
    durationMinutes: z.number().int('validation.duration').min(10, 'validation.duration').max(240, 'validation.duration'),
    interviewerIds: z
      .array(globalIdOf('User'))
      .min(1, 'validation.interviewers')
      .max(10, 'validation.interviewers')
      .transform((ids) => [...new Set(ids)]),
    location: optionalText(200),
    onlineUrl: httpsUrl,
    capacity: z.number().int('validation.capacity').min(1, 'validation.capacity').max(20, 'validation.capacity'),
  })
  .superRefine((input, ctx) => {
    if (input.toDate < input.fromDate) {
      ctx.addIssue({ code: 'custom', path: ['toDate'], message: 'validation.dateOrder' });
    } else if (daysBetween(input.fromDate, input.toDate) + 1 > MAX_RANGE_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['toDate'], message: 'validation.rangeTooLong' });
    }
    if (!input.location && !input.onlineUrl) {
      ctx.addIssue({ code: 'custom', path: ['location'], message: 'validation.placeRequired' });
    }
  });
export type PublishSlotsInput = z.output<typeof publishSlotsSchema>;

/** The dates of a range that fall on the chosen weekdays (1 = Monday … 7 = Sunday). */
export function datesInRange(from: string, to: string, isoWeekdays: ReadonlySet<number>, weekdayOf: (day: string) => number): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (isoWeekdays.has(weekdayOf(day))) days.push(day);
  }
  return days;
}

/** The arguments of interviewSlots: other arguments (the round) pass through untouched. */
export const slotsRangeSchema = z
  .looseObject({ from: isoDate, to: isoDate })
  .refine((range) => range.from <= range.to, { path: ['to'], message: 'validation.dateOrder' })
  .refine((range) => daysBetween(range.from, range.to) + 1 <= MAX_RANGE_DAYS + 1, { path: ['to'], message: 'validation.rangeTooLong' });

export const recordOutcomeSchema = z
  .object({
    bookingId: globalIdOf('InterviewBooking'),
    attended: z.boolean(),
    scores: z
      .array(z.object({ criterionId: z.uuid('validation.invalid'), score: z.number().int('validation.invalid') }))
      .max(30, 'validation.invalid')
      .default([])
      .refine((scores) => new Set(scores.map((s) => s.criterionId)).size === scores.length, 'validation.uniqueCriteria'),
    outcome: z.enum(['ACCEPT', 'REJECT', 'WAITLIST']).nullish().transform((value) => value ?? null),
    note: optionalText(4000),
  })
  .superRefine((input, ctx) => {
    if (input.attended && !input.outcome) {
      ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'validation.outcomeRequired' });
    }
    if (!input.attended && input.outcome && input.outcome !== 'REJECT') {
      ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'validation.noShowOutcome' });
    }
    if (!input.attended && input.scores.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['scores'], message: 'validation.noShowScores' });
    }
  });
export type RecordOutcomeInput = z.output<typeof recordOutcomeSchema>;
