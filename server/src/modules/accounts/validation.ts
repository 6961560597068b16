// Input rules for accounts, as zod schemas. Messages are keys of i18n/messages.ts, translated
// for the caller when the API answers.
import { adultBirthDateProblem, type BirthDateProblem } from '@katilim/schema/age';
import { todayInIstanbul } from '@katilim/schema/istanbul-day';
import { PASSWORD_MAX_LENGTH, passwordProblem, type PasswordProblem } from '@katilim/schema/password';
import { NAME_MAX_LENGTH } from '@katilim/schema/person-name';
import { normalizePhone, PHONE_MAX_LENGTH } from '@katilim/schema/phone';
import { z } from 'zod';
import type { MessageKey } from '../../i18n/messages.ts';
import { requiredText, text } from '../common/validation.ts';

export const emailSchema = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .max(254, 'validation.tooLong')
  .pipe(z.email('validation.email'))
  .transform((email) => email.toLowerCase());

const PASSWORD_MESSAGES: Record<PasswordProblem, MessageKey> = { TOO_SHORT: 'validation.password', TOO_LONG: 'validation.tooLong' };

/** A new password (registration, reset): the shared rule, with its reason in the caller's language. */
export const passwordSchema = z.string().superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem) ctx.addIssue({ code: 'custom', message: PASSWORD_MESSAGES[problem], params: { maximum: PASSWORD_MAX_LENGTH } });
});

const nameSchema = requiredText(NAME_MAX_LENGTH);

export const phoneSchema = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .max(PHONE_MAX_LENGTH, 'validation.tooLong')
  .transform((raw, ctx) => {
    const phone = normalizePhone(raw);
    if (!phone) {
      ctx.addIssue({ code: 'custom', message: 'validation.phone' });
      return z.NEVER;
    }
    return phone;
  });

const BIRTH_DATE_MESSAGES: Record<BirthDateProblem, MessageKey> = {
  INVALID_DATE: 'validation.date',
  NOT_IN_PAST: 'validation.birthDatePast',
  UNDER_ADULT_AGE: 'validation.adult',
};

/** Self-registration is for adults (today in İzmir): children are recorded by facilitators or guardians. */
export const adultBirthDateSchema = z.string().superRefine((value, ctx) => {
  const problem = adultBirthDateProblem(value, todayInIstanbul());
  if (problem) ctx.addIssue({ code: 'custom', message: BIRTH_DATE_MESSAGES[problem] });
});

export const districtIdSchema = z.number().int().min(1, 'validation.district').max(30, 'validation.district');

const genderSchema = z.enum(['WOMAN', 'MAN', 'NON_BINARY', 'UNDISCLOSED']);
const localeSchema = z.enum(['tr', 'en']);

export const registerSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  firstName: nameSchema,
  lastName: nameSchema,
  phone: phoneSchema,
  birthDate: adultBirthDateSchema,
  districtId: districtIdSchema,
  gender: genderSchema.nullish(),
  locale: localeSchema.nullish(),
  acceptConsentVersion: text(50).min(1, 'validation.consent'),
});
export type RegisterInput = z.output<typeof registerSchema>;

export const updateProfileSchema = z.object({
  firstName: nameSchema,
  lastName: nameSchema,
  phone: phoneSchema,
  districtId: districtIdSchema,
  gender: genderSchema.nullish(),
  locale: localeSchema,
});
export type UpdateProfileInput = z.output<typeof updateProfileSchema>;

export const logInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'validation.required').max(PASSWORD_MAX_LENGTH, 'validation.tooLong'),
});

export const tokenSchema = z.string().trim().min(10, 'validation.required').max(200, 'validation.tooLong');

export const resetPasswordSchema = z.object({ token: tokenSchema, password: passwordSchema });
