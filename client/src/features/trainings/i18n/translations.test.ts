import { describe, expect, it } from 'vitest';
import en from './en.json';
import tr from './tr.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('trainings translations', () => {
  it('English has exactly the keys Turkish has, none empty', () => {
    expect(keys(en).sort()).toEqual(keys(tr).sort());
    const values = (root: unknown) => keys(root).map((key) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], root));
    expect([...values(tr), ...values(en)].filter((value) => typeof value !== 'string' || value.trim() === '')).toEqual([]);
  });
});
