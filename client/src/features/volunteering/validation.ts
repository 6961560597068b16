// The application form's rules, the same as the server's (which checks again): 1–3 distinct ranked
// areas, languages with a level when translation is chosen, availability, district, motivation
// 30–2000 characters, experience up to 2000, the KVKK text accepted.
import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { Availability, LanguageLevel } from '../../generated/graphql';
import { AVAILABILITIES, LANGUAGE_LEVELS } from './labels';

export const MOTIVATION_MIN = 30;
export const TEXT_MAX = 2000;

export type LanguageRow = { language: string | null; level: LanguageLevel | null };

export type ApplicationValues = {
  area1: string | null;
  area2: string | null;
  area3: string | null;
  languages: LanguageRow[];
  availability: Availability[];
  districtId: string | null;
  motivation: string;
  experience: string;
  consent: boolean;
};

export const emptyApplication: ApplicationValues = {
  area1: null,
  area2: null,
  area3: null,
  languages: [],
  availability: [],
  districtId: null,
  motivation: '',
  experience: '',
  consent: false,
};

/** The chosen areas in rank order, empty ranks left out. */
export function rankedAreas(values: Pick<ApplicationValues, 'area1' | 'area2' | 'area3'>): string[] {
  return [values.area1, values.area2, values.area3].filter((area): area is string => Boolean(area));
}

/** Rows with both a language and a level; half-filled rows are not sent. */
export function completeLanguages(rows: LanguageRow[]) {
  return rows.flatMap((row) => (row.language && row.level ? [{ language: row.language, level: row.level }] : []));
}

export function applicationSchema(t: TFunction, languagesRequiredFor: ReadonlySet<string>) {
  const text = (max: number) => z.string().trim().max(max, t('validation.maxLength', { max }));
  return z
    .object({
      area1: z.string({ error: t('volunteering.apply.errors.area1') }).min(1, t('volunteering.apply.errors.area1')),
      area2: z.string().nullable(),
      area3: z.string().nullable(),
      languages: z.array(z.object({ language: z.string().nullable(), level: z.enum(LANGUAGE_LEVELS).nullable() })),
      availability: z.array(z.enum(AVAILABILITIES)).min(1, t('volunteering.apply.errors.availability')),
      districtId: z.string({ error: t('validation.district') }).min(1, t('validation.district')),
      motivation: text(TEXT_MAX).min(MOTIVATION_MIN, t('volunteering.apply.errors.motivationShort', { min: MOTIVATION_MIN })),
      experience: text(TEXT_MAX),
      consent: z.literal(true, { error: t('validation.consent') }),
    })
    // Also when other fields are still wrong, so every mistake shows at once.
    .superRefine((values, ctx) => {
      const areas = rankedAreas(values);
      if (new Set(areas).size !== areas.length) {
        const duplicate = values.area3 && areas.indexOf(values.area3) < 2 ? 'area3' : 'area2';
        ctx.addIssue({ code: 'custom', path: [duplicate], message: t('volunteering.apply.errors.distinct') });
      }
      if (!values.area2 && values.area3) {
        ctx.addIssue({ code: 'custom', path: ['area2'], message: t('volunteering.apply.errors.rankGap') });
      }
      const rows = values.languages;
      if (rows.some((row) => Boolean(row.language) !== Boolean(row.level))) {
        ctx.addIssue({ code: 'custom', path: ['languages'], message: t('volunteering.apply.errors.languageRow') });
      }
      const codes = completeLanguages(rows).map((row) => row.language);
      if (new Set(codes).size !== codes.length) {
        ctx.addIssue({ code: 'custom', path: ['languages'], message: t('volunteering.apply.errors.languageTwice') });
      }
      if (areas.some((area) => languagesRequiredFor.has(area)) && codes.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['languages'], message: t('volunteering.apply.errors.languagesRequired') });
      }
    }, { when: () => true });
}
