import type { ApplicationStatus, Availability, LanguageLevel, RoundStatus } from '../../generated/graphql';
import type { Viewer } from '../shell/viewer';
import { hasRole } from '../shell/viewer';

export const APPLICATION_STATUS_COLOR: Record<ApplicationStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  SCREENING: 'indigo',
  INTERVIEW_INVITED: 'violet',
  INTERVIEW_SCHEDULED: 'grape',
  ACCEPTED: 'teal',
  WAITLISTED: 'yellow',
  REJECTED: 'red',
  IN_TRAINING: 'cyan',
  ACTIVE: 'green',
  WITHDRAWN: 'dark',
};

export const ROUND_STATUSES = ['DRAFT', 'OPEN', 'SCREENING', 'INTERVIEWING', 'TRAINING', 'COMPLETED'] as const satisfies readonly RoundStatus[];

export const ROUND_STATUS_COLOR: Record<RoundStatus, string> = {
  DRAFT: 'gray',
  OPEN: 'green',
  SCREENING: 'indigo',
  INTERVIEWING: 'violet',
  TRAINING: 'cyan',
  COMPLETED: 'dark',
};

export const AVAILABILITIES = ['WEEKDAYS', 'EVENINGS', 'WEEKENDS'] as const satisfies readonly Availability[];

export const LANGUAGE_LEVELS = ['BASIC', 'INTERMEDIATE', 'ADVANCED', 'NATIVE'] as const satisfies readonly LanguageLevel[];

/** Languages offered in the form (ISO 639-1); their names come from Intl in the reader's language. */
export const LANGUAGE_CODES = ['en', 'de', 'fr', 'es', 'it', 'ru', 'uk', 'ar', 'fa', 'ku', 'el', 'bg'] as const;

export function languageName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language === 'en' ? 'en-GB' : 'tr-TR'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Coordinators run recruitment (administrators grant themselves the role when they coordinate). */
export function isStaff(viewer: Viewer | null): boolean {
  return hasRole(viewer, 'COORDINATOR');
}
