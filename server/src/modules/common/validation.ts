// The zod building blocks every module's validation.ts uses, so that a rule about text, ids or
// dates is written once and new modules inherit it. Messages are keys of i18n/messages.ts.
import { addDays, parseCalendarDate, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { z } from 'zod';

/** PostgreSQL text cannot hold NUL: refused here as a field error rather than failing the statement. */
export const hasNoNul = (value: string) => !value.includes('\u0000');

/** Any text field: trimmed, at most `max` characters, no NUL. */
export const text = (max: number) => z.string().refine(hasNoNul, 'validation.noNul').trim().max(max, 'validation.tooLong');

export const requiredText = (max: number) => text(max).min(1, 'validation.required');

/** An optional text: empty or blank becomes null. */
export const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((value) => value || null);

const GLOBAL_ID = /^([A-Z][A-Za-z]*):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/**
 * What a global id says: base64 of `Typename:row uuid`, nothing more. The one reading of the format;
 * the relay plugin's decoder (builder.ts) uses it for any node type, the rest through decodeGlobalIdOf.
 */
export function decodeGlobalId(value: string): { typename: string; id: string } | null {
  const match = GLOBAL_ID.exec(Buffer.from(value, 'base64').toString('utf8'));
  return match ? { typename: match[1]!, id: match[2]! } : null;
}

/** The row id behind a global id of the given type; null for anything else. */
export function decodeGlobalIdOf(type: string, value: string): string | null {
  const decoded = decodeGlobalId(value);
  return decoded?.typename === type ? decoded.id : null;
}

/**
 * A global id of the given type, decoded to the row id. Validation runs before the relay plugin
 * would decode `t.globalID` fields, so validated inputs take plain IDs and decode them here; a
 * wrong one is then a field error like any other.
 */
export const globalIdOf = (typename: string) =>
  z.string().transform((value, ctx) => {
    const id = decodeGlobalIdOf(typename, value);
    if (id === null) {
      ctx.addIssue({ code: 'custom', message: 'validation.invalid' });
      return z.NEVER;
    }
    return id;
  });

/** A calendar date, YYYY-MM-DD, that exists (no 30 February) in a sane year. */
export const isoDate = z.string().refine((value) => parseCalendarDate(value) !== null, 'validation.date');

const YEAR_MS = 365.25 * 86_400_000;

/** An instant of the domain (a round opening, a session) no more than `years` from now either way. */
export const instantWithinYears = (years: number) =>
  z.date().refine((date) => Math.abs(date.getTime() - Date.now()) <= years * YEAR_MS, { message: 'validation.dateRange', params: { maximum: years } });

/** A calendar date of the domain (a day to plan something on) no more than `years` from today either way. */
export const dayWithinYears = (years: number) =>
  isoDate.refine(
    (day) => {
      const today = todayInIstanbul();
      const span = Math.ceil(years * 365.25);
      return day >= addDays(today, -span) && day <= addDays(today, span);
    },
    { message: 'validation.dateRange', params: { maximum: years } },
  );
