// Every model that refers to a person must be covered by a module's personal-data declaration
// (server/src/modules/*/personal-data.ts), the way every operation must have a row in the
// authorization table: a new table about people cannot slip past KVKK export and erasure.
import fs from 'node:fs';
import { personalDataDeclarations } from '@katilim/server/generated/personal-data-map';
import { describe, expect, it } from 'vitest';
import { modelNames, modelsReferringToPeople } from '../support/personal-data-model.ts';

const declared = personalDataDeclarations.flatMap((declaration) => declaration.models.map((model) => ({ model: String(model), module: declaration.module })));

describe('personal data declarations', () => {
  it('finds people through relations, through chains of relations and through id or email columns', () => {
    const found = modelsReferringToPeople();
    expect(found.get('Session')).toBe('Session.user → User');
    expect(found.get('InterviewScore')).toBe('InterviewScore.booking → InterviewBooking');
    expect(found.get('SessionAttendance')).toMatch(/^SessionAttendance\.(enrolment → TrainingEnrolment|session)/);
    expect(found.get('LoginAttempt')).toBe('LoginAttempt.email holds a person');
    expect(found.has('InterviewCriterion')).toBe(false);
    expect(found.has('District')).toBe(false);
  });

  it('covers every model that refers to a person', () => {
    const covered = new Set(declared.map((entry) => entry.model));
    const uncovered = [...modelsReferringToPeople()].filter(([model]) => !covered.has(model)).map(([model, why]) => `${model} (${why})`);
    expect(uncovered).toEqual([]);
  });

  it('names only models that exist, each in one module', () => {
    expect(declared.filter((entry) => !modelNames.includes(entry.model))).toEqual([]);
    const owners = new Map<string, string[]>();
    for (const { model, module } of declared) owners.set(model, [...(owners.get(model) ?? []), module]);
    expect([...owners].filter(([, modules]) => modules.length > 1)).toEqual([]);
  });

  it('collects every module folder with a personal-data.ts, each declaration named after its folder', () => {
    const modulesDir = new URL('../../server/src/modules/', import.meta.url);
    const folders = fs.readdirSync(modulesDir).filter((name) => fs.existsSync(new URL(`${name}/personal-data.ts`, modulesDir)));
    expect(personalDataDeclarations.map((declaration) => declaration.module)).toEqual(folders.sort());
    expect(folders).toEqual(expect.arrayContaining(['accounts', 'audit', 'consent', 'interviews', 'notifications', 'trainings', 'volunteer-applications']));
  });
});
