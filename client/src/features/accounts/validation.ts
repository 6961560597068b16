import type { TFunction } from 'i18next';
import { z } from 'zod';

export const PASSWORD_MIN_LENGTH = 10;
const NAME_MAX_LENGTH = 100;

/** Accepts 0532 123 45 67, 532-123-4567, +90 532 123 45 67 … and returns the digits as typed. */
export function normalizePhone(raw: string): string {
  return raw.replace(/[\s().-]/g, '');
}

export function isTurkishMobile(phone: string): boolean {
  return /^(\+90|0)?5\d{9}$/.test(normalizePhone(phone));
}

function parseCalendarDate(ymd: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1900 ? { year, month, day } : null;
}

export function isValidBirthDate(ymd: string, today: string): boolean {
  return parseCalendarDate(ymd) !== null && ymd <= today;
}

/** Whole years between two "YYYY-MM-DD" dates, the way a birthday counts them. */
export function ageOn(birthDate: string, today: string): number | null {
  const birth = parseCalendarDate(birthDate);
  const now = parseCalendarDate(today);
  if (!birth || !now) return null;
  const beforeBirthday = now.month < birth.month || (now.month === birth.month && now.day < birth.day);
  return now.year - birth.year - (beforeBirthday ? 1 : 0);
}

export function isAdult(birthDate: string, today: string): boolean {
  const age = ageOn(birthDate, today);
  return age !== null && age >= 18;
}

export function emailField(t: TFunction) {
  return z.string().trim().pipe(z.email({ error: t('validation.email') }));
}

export function passwordField(t: TFunction) {
  return z
    .string()
    .min(PASSWORD_MIN_LENGTH, { error: t('validation.passwordMin', { min: PASSWORD_MIN_LENGTH }) });
}

export function nameField(t: TFunction) {
  return z
    .string()
    .trim()
    .min(1, { error: t('validation.required') })
    .max(NAME_MAX_LENGTH, { error: t('validation.maxLength', { max: NAME_MAX_LENGTH }) });
}

export function phoneField(t: TFunction) {
  return z
    .string()
    .trim()
    .refine(isTurkishMobile, { error: t('validation.phone') })
    .transform(normalizePhone);
}

export function districtField(t: TFunction) {
  return z
    .string({ error: t('validation.district') })
    .regex(/^\d+$/, { error: t('validation.district') })
    .transform(Number);
}

/** Adults register themselves; children are registered by facilitators or guardians. */
export function adultBirthDateField(t: TFunction, today: string) {
  return z
    .string()
    .refine((value) => isValidBirthDate(value, today), { error: t('validation.birthDate'), abort: true })
    .refine((value) => isAdult(value, today), { error: t('validation.under18') });
}
