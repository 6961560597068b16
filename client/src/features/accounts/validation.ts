// The account forms' fields as zod schemas with translated messages. The rules themselves (phone
// numbers, passwords, who may register, how long a name may be) are @katilim/schema's, the same
// the server applies.
import { adultBirthDateProblem, type BirthDateProblem } from '@katilim/schema/age';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem, type PasswordProblem } from '@katilim/schema/password';
import { NAME_MAX_LENGTH } from '@katilim/schema/person-name';
import { normalizePhone } from '@katilim/schema/phone';
import type { TFunction } from 'i18next';
import { z } from 'zod';

export function emailField(t: TFunction) {
  return z.string().trim().pipe(z.email({ error: t('validation.email') }));
}

export function passwordField(t: TFunction) {
  const messages: Record<PasswordProblem, string> = {
    TOO_SHORT: t('validation.passwordMin', { min: PASSWORD_MIN_LENGTH }),
    TOO_LONG: t('validation.maxLength', { max: PASSWORD_MAX_LENGTH }),
  };
  return z.string().superRefine((password, ctx) => {
    const problem = passwordProblem(password);
    if (problem) ctx.addIssue({ code: 'custom', message: messages[problem] });
  });
}

export function nameField(t: TFunction) {
  return z
    .string()
    .trim()
    .min(1, { error: t('validation.required') })
    .max(NAME_MAX_LENGTH, { error: t('validation.maxLength', { max: NAME_MAX_LENGTH }) });
}

/** A Turkish number in any common spelling (or another country's in +… form), sent as the server stores it. */
export function phoneField(t: TFunction) {
  return z.string().transform((raw, ctx) => {
    const phone = normalizePhone(raw);
    if (!phone) {
      ctx.addIssue({ code: 'custom', message: t('validation.phone') });
      return z.NEVER;
    }
    return phone;
  });
}

export function districtField(t: TFunction) {
  return z
    .string({ error: t('validation.district') })
    .regex(/^\d+$/, { error: t('validation.district') })
    .transform(Number);
}

/** Adults register themselves; children are registered by facilitators or guardians. */
export function adultBirthDateField(t: TFunction, today: string) {
  const messages: Record<BirthDateProblem, string> = {
    INVALID_DATE: t('validation.birthDate'),
    NOT_IN_PAST: t('validation.birthDate'),
    UNDER_ADULT_AGE: t('validation.under18'),
  };
  return z.string().superRefine((value, ctx) => {
    const problem = adultBirthDateProblem(value, today);
    if (problem) ctx.addIssue({ code: 'custom', message: messages[problem] });
  });
}
