import { describe, expect, it } from 'vitest';
import en from './en.json';
import tr from './tr.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('translations', () => {
  it('English has exactly the keys Turkish has', () => {
    expect(keys(en).sort()).toEqual(keys(tr).sort());
  });

  it('has no empty strings', () => {
    const empty = [...keys(tr).map((key) => ['tr', key]), ...keys(en).map((key) => ['en', key])].filter(
      ([language, key]) => {
        const root = language === 'tr' ? tr : en;
        const value = (key ?? '').split('.').reduce<unknown>(
          (node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined),
          root,
        );
        return typeof value !== 'string' || value.trim() === '';
      },
    );
    expect(empty).toEqual([]);
  });
});
