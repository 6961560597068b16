import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { featureNavTranslations, type FeatureTranslations } from '../generated/feature-translations';
import en from '../i18n/en.json';
import tr from '../i18n/tr.json';

type Messages = { [key: string]: string | Messages };
type FeatureMessages = Record<string, Messages>;

// The shared strings plus each feature's menu labels: all the shell needs before a page loads.
// A feature's other strings (features/<name>/i18n/<language>.json) arrive with its pages.
export type Translations = typeof tr & FeatureTranslations;
const firstDownload = { tr: { ...tr, ...featureNavTranslations.tr }, en: { ...en, ...featureNavTranslations.en } };

const featureFiles = import.meta.glob<Messages>('../features/*/i18n/*.json', { import: 'default' });
const loadedFeatures = { tr: {} as FeatureMessages, en: {} as FeatureMessages };
let loading: Promise<void> | null = null;
// Every app (and test) has its own instance; strings loaded once reach all of them.
const instances = new Set<I18n>();

/**
 * Loads every feature's strings, in both languages (switching language then needs no
 * download), into every instance. Pages call it before they show (`lazyPage`): a page may show
 * another feature's components (an application card shows the training section), so all come.
 */
export function loadPageTranslations(): Promise<void> {
  loading ??= Promise.all(
    Object.entries(featureFiles).map(async ([path, load]) => {
      const [, feature, language] = path.match(/features\/([^/]+)\/i18n\/([^/]+)\.json$/) ?? [];
      if (!feature || !isLanguage(language)) return;
      const messages = await load();
      loadedFeatures[language][feature] = messages;
      for (const instance of instances) instance.addResourceBundle(language, 'translation', { [feature]: messages }, true, true);
    }),
  ).then(
    () => undefined,
    (error: unknown) => {
      // A failed download may succeed on the next page.
      loading = null;
      throw error;
    },
  );
  return loading;
}

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
  instances.add(instance);
  void instance.use(initReactI18next).init({
    resources: {
      tr: { translation: { ...firstDownload.tr, ...loadedFeatures.tr } },
      en: { translation: { ...firstDownload.en, ...loadedFeatures.en } },
    },
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
