import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import interviewsEn from '../features/interviews/i18n/en.json';
import interviewsTr from '../features/interviews/i18n/tr.json';
import trainingsEn from '../features/trainings/i18n/en.json';
import trainingsTr from '../features/trainings/i18n/tr.json';
import volunteeringEn from '../features/volunteering/i18n/en.json';
import volunteeringTr from '../features/volunteering/i18n/tr.json';
import en from '../i18n/en.json';
import tr from '../i18n/tr.json';

/** Shared strings plus each feature slice's own file, under the slice's name. */
export const translations = {
  tr: { ...tr, volunteering: volunteeringTr, interviews: interviewsTr, trainings: trainingsTr },
  en: { ...en, volunteering: volunteeringEn, interviews: interviewsEn, trainings: trainingsEn },
};

export const LANGUAGE_STORAGE_KEY = 'katilim.lang';
export const LANGUAGES = ['tr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : 'tr';
  } catch {
    // Private browsing can forbid localStorage; Turkish is the default anyway.
    return 'tr';
  }
}

function rememberLanguage(language: string) {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // The choice simply is not remembered.
  }
}

/** A separate instance per app (and per test), so tests never share a language. */
export function createI18n(language: Language = storedLanguage()): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', rememberLanguage);
  void instance.use(initReactI18next).init({
    resources: { tr: { translation: translations.tr }, en: { translation: translations.en } },
    lng: language,
    fallbackLng: 'tr',
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

export function currentLanguage(instance: I18n): Language {
  const language = instance.resolvedLanguage ?? instance.language;
  return isLanguage(language) ? language : 'tr';
}
