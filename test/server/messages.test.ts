// Server messages are owned by modules (server/src/modules/<m>/messages.ts) and collected by the
// generated map. Whatever a module adds, the catalogue stays complete in both languages, no key has
// two owners, and a module speaks only with its own keys and the shared ones of `common`.
import fs from 'node:fs';
import path from 'node:path';
import { moduleMessages } from '@katilim/server/generated/messages-map';
import { isMessageKey, translate } from '@katilim/server/i18n/messages';
import { describe, expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '../../server/src');
const catalogues: [string, { tr: Record<string, string>; en: Record<string, string> }][] = Object.entries(moduleMessages);
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && entry.name !== 'messages.ts' ? [full] : [];
  });
}

describe('the server messages', () => {
  it('are collected from the modules, common first', () => {
    expect(catalogues.map(([module]) => module)[0]).toBe('common');
    expect(catalogues.length).toBeGreaterThan(1);
  });

  it.each(catalogues)('%s: has the same keys and placeholders in Turkish and English, none empty', (_module, { tr, en }) => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(tr).sort());
    const mismatched = Object.keys(tr).filter((key) => JSON.stringify(placeholders(tr[key]!)) !== JSON.stringify(placeholders(en[key] ?? '')));
    expect(mismatched).toEqual([]);
    expect(Object.entries({ ...tr, ...en }).filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it('gives every key one owner', () => {
    const owners = new Map<string, string[]>();
    for (const [module, { tr }] of catalogues) for (const key of Object.keys(tr)) owners.set(key, [...(owners.get(key) ?? []), module]);
    expect([...owners].filter(([, modules]) => modules.length > 1)).toEqual([]);
  });

  it('has a module use only its own keys and the shared ones; code outside the modules only the shared ones', () => {
    const owner = new Map(catalogues.flatMap(([module, { tr }]) => Object.keys(tr).map((key) => [key, module] as const)));
    const borrowed: string[] = [];
    for (const file of sourceFiles(src)) {
      const module = /modules\/([^/]+)\//.exec(path.relative(src, file))?.[1] ?? 'common';
      for (const [, key] of fs.readFileSync(file, 'utf8').matchAll(/'((?:error|validation)\.[\w.]+)'/g)) {
        const keyOwner = owner.get(key!);
        if (keyOwner === undefined) borrowed.push(`${path.relative(src, file)}: ${key} is defined by no module`);
        else if (keyOwner !== module && keyOwner !== 'common') borrowed.push(`${path.relative(src, file)}: ${key} belongs to ${keyOwner}`);
      }
    }
    expect(borrowed).toEqual([]);
  });

  it('translates a key of every module, and knows its own keys only', () => {
    expect(translate('tr', 'error.trainingFull', { capacity: 2, enrolled: 2, requested: 1 })).toContain('2 kişilik');
    expect(translate('en', 'validation.required')).toBe('This field is required.');
    expect(isMessageKey('error.slotTaken')).toBe(true);
    expect(isMessageKey('toString')).toBe(false);
  });
});
