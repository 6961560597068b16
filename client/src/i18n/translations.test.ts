import { describe, expect, it } from 'vitest';
import en from './en.json';
import tr from './tr.json';

// Every feature folder's i18n files, found the same way app/i18n.ts finds them.
const featureFiles = import.meta.glob('../features/*/i18n/*.json', { eager: true, import: 'default' });

function inLanguage(language: 'tr' | 'en') {
  const shared = language === 'tr' ? tr : en;
  const own = Object.entries(featureFiles)
    .filter(([path]) => path.endsWith(`/${language}.json`))
    .map(([path, messages]) => [path.split('/')[2], messages]);
  return { ...shared, ...Object.fromEntries(own) } as Record<string, unknown>;
}

const translations = { tr: inLanguage('tr'), en: inLanguage('en') };

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function valueAt(root: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), root);
}

const features = [...new Set(Object.keys(featureFiles).map((path) => path.split('/')[2]))].sort();

describe('translations, shared and of every feature', () => {
  it('finds the feature files', () => {
    expect(features).toEqual(expect.arrayContaining(['accounts', 'interviews', 'trainings', 'volunteering']));
  });

  it.each(features)('%s has exactly tr.json and en.json', (feature) => {
    const files = Object.keys(featureFiles)
      .filter((path) => path.split('/')[2] === feature)
      .map((path) => path.split('/').at(-1))
      .sort();
    expect(files).toEqual(['en.json', 'tr.json']);
  });

  it('English has exactly the keys Turkish has', () => {
    expect(keys(translations.en).sort()).toEqual(keys(translations.tr).sort());
  });

  it('has no empty strings', () => {
    const empty = (['tr', 'en'] as const).flatMap((language) =>
      keys(translations[language])
        .filter((key) => {
          const value = valueAt(translations[language], key);
          return typeof value !== 'string' || value.trim() === '';
        })
        .map((key) => `${language}: ${key}`),
    );
    expect(empty).toEqual([]);
  });

  it('no feature folder shadows a shared top-level key', () => {
    const shared = new Set([...Object.keys(tr), ...Object.keys(en)]);
    expect(features.filter((feature) => feature !== undefined && shared.has(feature))).toEqual([]);
  });
});
