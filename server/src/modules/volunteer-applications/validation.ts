// Input rules for rounds, applications and the review board, as zod schemas. Messages are keys of
// i18n/messages.ts. Rules that need the round (its areas, which of them is translation) run here
// too, so every bad field comes back as a field error of InputValidationError.
import { z } from 'zod';
import { districtIdSchema } from '../accounts/validation.ts';
import { globalIdOf, instantWithinYears, requiredText, text } from '../common/validation.ts';
import { roundAreaRules } from './round-areas.ts';

const roundId = globalIdOf('RecruitmentRound');
const areaId = globalIdOf('VolunteerArea');
const applicationId = globalIdOf('VolunteerApplication');

const distinct = <T>(values: T[]) => new Set(values).size === values.length;


// ─── Rounds and areas ───

const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(80, 'validation.tooLong')
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'validation.slug');

/** A round opens and closes within this many years of today, and runs no longer than a year. */
const ROUND_YEARS = 5;
const MAX_ROUND_MS = 366 * 86_400_000;

const roundFields = {
  slug: slugSchema.nullish(),
  titleTr: requiredText(160),
  titleEn: requiredText(160),
  descriptionTr: requiredText(5000),
  descriptionEn: requiredText(5000),
  trainingInfoTr: requiredText(3000),
  trainingInfoEn: requiredText(3000),
  opensAt: instantWithinYears(ROUND_YEARS),
  closesAt: instantWithinYears(ROUND_YEARS),
  seatsSought: z.number().int('validation.number').min(1, 'validation.number').max(10_000, 'validation.number'),
  bookingCutoffHours: z.number().int('validation.number').min(0, 'validation.number').max(336, 'validation.number').nullish(),
  areaIds: z.array(areaId).min(1, 'validation.required').max(20, 'validation.invalid').refine(distinct, 'validation.choicesDistinct'),
};

const datesInOrder = { message: 'validation.closesBeforeOpens', path: ['closesAt'] };
const periodFits = { message: 'validation.periodTooLong', path: ['closesAt'] };

export const createRoundSchema = z
  .object(roundFields)
  .refine((round) => round.closesAt > round.opensAt, datesInOrder)
  .refine((round) => round.closesAt.getTime() - round.opensAt.getTime() <= MAX_ROUND_MS, periodFits);
export type RoundInput = z.output<typeof createRoundSchema>;

export const updateRoundSchema = z
  .object({ roundId, ...roundFields })
  .refine((round) => round.closesAt > round.opensAt, datesInOrder)
  .refine((round) => round.closesAt.getTime() - round.opensAt.getTime() <= MAX_ROUND_MS, periodFits);
export type UpdateRoundInput = z.output<typeof updateRoundSchema>;

export const createAreaSchema = z.object({
  slug: slugSchema.nullish(),
  nameTr: requiredText(80),
  nameEn: requiredText(80),
});
export type AreaInput = z.output<typeof createAreaSchema>;

// ─── Applications ───

const languageSchema = z.object({
  language: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2,3}$/, 'validation.languageCode'),
  level: z.enum(['BASIC', 'INTERMEDIATE', 'ADVANCED', 'NATIVE']),
});

const languagesSchema = z
  .array(languageSchema)
  .max(10, 'validation.invalid')
  .refine((languages) => distinct(languages.map((l) => l.language)), 'validation.languagesDistinct');

const availabilitySchema = z.array(z.enum(['WEEKDAYS', 'EVENINGS', 'WEEKENDS'])).transform((list) => [...new Set(list)]);

const areaIdsSchema = z.array(areaId).max(3, 'validation.choicesCount').refine(distinct, 'validation.choicesDistinct');

/**
 * The areas must belong to the round; on submission, choosing translation makes languages
 * required. An unknown round adds no issue here: the service answers NotFoundError.
 */
async function checkAgainstRound(
  input: { roundId: string; areaIds?: string[] | null; languages?: unknown[] | null },
  ctx: z.RefinementCtx,
  mode: 'draft' | 'submit',
) {
  const rules = await roundAreaRules(input.roundId);
  if (!rules) return;
  (input.areaIds ?? []).forEach((areaId, index) => {
    if (!rules.areaIds.has(areaId)) ctx.addIssue({ code: 'custom', message: 'validation.areaNotInRound', path: ['areaIds', index] });
  });
  const translationChosen = (input.areaIds ?? []).some((areaId) => rules.translationAreaIds.has(areaId));
  if (mode === 'submit' && translationChosen && (input.languages ?? []).length === 0) {
    ctx.addIssue({ code: 'custom', message: 'validation.languagesRequired', path: ['languages'] });
  }
}

/** A draft may be incomplete, but whatever it holds must be well-formed. */
export const applicationDraftSchema = z
  .object({
    roundId,
    areaIds: areaIdsSchema.nullish(),
    languages: languagesSchema.nullish(),
    availability: availabilitySchema.nullish(),
    districtId: districtIdSchema.nullish(),
    motivation: text(2000).nullish(),
    experience: text(2000).nullish(),
  })
  .superRefine((input, ctx) => checkAgainstRound(input, ctx, 'draft'));
export type ApplicationDraftInput = z.output<typeof applicationDraftSchema>;

export const submitApplicationSchema = z
  .object({
    roundId,
    areaIds: areaIdsSchema.refine((ids) => ids.length >= 1, 'validation.choicesCount'),
    languages: languagesSchema.nullish().transform((languages) => languages ?? []),
    availability: availabilitySchema.refine((list) => list.length > 0, 'validation.availabilityRequired'),
    districtId: districtIdSchema,
    motivation: text(2000).min(30, 'validation.tooShort'),
    experience: text(2000).nullish().transform((experience) => experience ?? ''),
    acceptConsentVersion: text(50).min(1, 'validation.consent'),
  })
  .superRefine((input, ctx) => checkAgainstRound(input, ctx, 'submit'));
export type SubmitApplicationInput = z.output<typeof submitApplicationSchema>;

export const applicationIdSchema = z.object({ applicationId });

// ─── Review board ───

const applicationIdsSchema = z
  .array(applicationId)
  .min(1, 'validation.selectApplications')
  .max(100, 'validation.selectApplications')
  .transform((ids) => [...new Set(ids)]);

export const bulkMoveSchema = z.object({ applicationIds: applicationIdsSchema });

export const rejectApplicationsSchema = z.object({
  applicationIds: applicationIdsSchema,
  message: requiredText(2000),
  /** The same message for applicants who read English; the Turkish one is used when absent. */
  messageEn: text(2000).nullish(),
});
export type RejectApplicationsInput = z.output<typeof rejectApplicationsSchema>;

export const screeningNoteSchema = z.object({ applicationId, body: requiredText(2000) });

export const CHECKLIST_KEYS = ['ageVerified', 'consentOnFile', 'motivationAdequate', 'availabilityFits', 'referencesChecked'] as const;
export type ChecklistKey = (typeof CHECKLIST_KEYS)[number];

export const checklistSchema = z.object({
  applicationId,
  ...(Object.fromEntries(CHECKLIST_KEYS.map((key) => [key, z.boolean().nullish()])) as Record<ChecklistKey, z.ZodOptional<z.ZodNullable<z.ZodBoolean>>>),
});
export type ChecklistInput = z.output<typeof checklistSchema>;

export const boardSearchSchema = z.string().max(100, 'validation.tooLong');
export const languageFilterSchema = z.string().trim().toLowerCase().max(3, 'validation.languageCode');
