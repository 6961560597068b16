// Input rules for accounts, as zod schemas. Messages are keys of i18n/messages.ts, translated
// for the caller when the API answers.
import { z } from 'zod';
import { ageOn, todayInIstanbul } from '../../time.ts';
import { isoDate, requiredText, text } from '../common/validation.ts';

export const emailSchema = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .max(254, 'validation.tooLong')
  .pipe(z.email('validation.email'))
  .transform((email) => email.toLowerCase());

export const passwordSchema = z.string().min(10, 'validation.password').max(200, 'validation.tooLong');

const nameSchema = requiredText(80);

/** Turkish numbers in any common spelling (0532 123 45 67, +90 532…, 532…) become +90XXXXXXXXXX. */
export function normalizePhone(raw: string): string | null {
  const compact = raw.replace(/[\s\-().]/g, '');
  const national = compact.startsWith('+90')
    ? compact.slice(3)
    : compact.startsWith('0090')
      ? compact.slice(4)
      : compact.startsWith('0')
        ? compact.slice(1)
        : compact;
  if (/^[2-5]\d{9}$/.test(national)) return `+90${national}`;
  if (/^\+[1-9]\d{7,14}$/.test(compact) && !compact.startsWith('+90')) return compact;
  return null;
}

export const phoneSchema = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .max(30, 'validation.tooLong')
  .transform((raw, ctx) => {
    const phone = normalizePhone(raw);
    if (!phone) {
      ctx.addIssue({ code: 'custom', message: 'validation.phone' });
      return z.NEVER;
    }
    return phone;
  });

/** Self-registration is for adults: children are recorded by facilitators or guardians. */
export const adultBirthDateSchema = isoDate
  .refine((value) => value < todayInIstanbul(), 'validation.birthDatePast')
  .refine((value) => ageOn(value, todayInIstanbul()) >= 18, 'validation.adult')
  .refine((value) => value >= '1900-01-01', 'validation.date');

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
  password: z.string().min(1, 'validation.required').max(200, 'validation.tooLong'),
});

export const tokenSchema = z.string().trim().min(10, 'validation.required').max(200, 'validation.tooLong');

export const resetPasswordSchema = z.object({ token: tokenSchema, password: passwordSchema });
