// A module lives in its own folder: the shared places that used to list modules by hand (the schema
// entry, the server messages, the mail templates) collect them by convention, the staff rule has one
// name, schema files stay small, validation files make no import cycle and the rules shared with the
// client are not copied. These read the sources, so they need no database.
import fs from 'node:fs';
import path from 'node:path';
import { moduleMailTemplates } from '@katilim/server/generated/mail-templates-map';
import { describe, expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '../../server/src');
const modulesDir = path.join(src, 'modules');
const modules = fs
  .readdirSync(modulesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}
const relative = (file: string) => path.relative(src, file);
const read = (file: string) => fs.readFileSync(file, 'utf8');

describe('shared registries name no module', () => {
  // The files every new module used to edit; a module reaches them only through the generated maps.
  const registries = ['schema.ts', 'i18n/messages.ts', 'modules/notifications/templates.ts'];

  it.each(registries)('%s imports no module by name', (file) => {
    const full = path.join(src, file);
    const imported = [...read(full).matchAll(/from '([^']+)'|import '([^']+)'/g)].map((match) => match[1] ?? match[2]!);
    const named = imported.filter((specifier) => modules.some((name) => specifier.includes(`modules/${name}/`) || specifier.startsWith(`../${name}/`)));
    expect(named).toEqual([]);
  });

  it('gives every module with several schema files a schema.ts entry', () => {
    const missingEntry = modules.filter((name) => {
      const files = fs.readdirSync(path.join(modulesDir, name));
      return files.some((file) => file.endsWith('-schema.ts')) && !files.includes('schema.ts');
    });
    expect(missingEntry).toEqual([]);
  });
});

describe('mail templates', () => {
  const owners = Object.entries(moduleMailTemplates).flatMap(([module, templates]) => Object.keys(templates).map((name) => ({ module, name })));

  it('are collected from the modules, each name with one owner', () => {
    expect(owners.length).toBeGreaterThan(0);
    const names = owners.map(({ name }) => name);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it('are sent only by the module that owns them', () => {
    const foreign = sourceFiles(modulesDir).flatMap((file) => {
      const module = path.relative(modulesDir, file).split(path.sep)[0]!;
      return [...read(file).matchAll(/template: '(\w+)'/g)]
        .map((match) => match[1]!)
        .filter((name) => !owners.some((owner) => owner.module === module && owner.name === name))
        .map((name) => `${relative(file)} sends ${name}`);
    });
    expect(foreign).toEqual([]);
  });
});

describe('one staff rule', () => {
  // The rule "who is staff" is the builder's `staff` scope (and context.ts's isStaff for filters):
  // no module spells it again.
  const spellings = [/coordinator:\s*true/, /\bSTAFF\b\s*=/, /const COORDINATOR\b/, /hasRole\([^)]*'COORDINATOR'\)/, /roles\.has\('COORDINATOR'\)/];

  it('is spelt nowhere in the modules', () => {
    const found = sourceFiles(modulesDir).flatMap((file) =>
      read(file)
        .split('\n')
        .map((line, index) => ({ line, at: `${relative(file)}:${index + 1}` }))
        .filter(({ line }) => spellings.some((pattern) => pattern.test(line)))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });
});

describe('schema files', () => {
  it('stay below ~400 lines (split by type or operation past that)', () => {
    const long = sourceFiles(modulesDir)
      .filter((file) => /schema\.ts$/.test(file))
      .map((file) => ({ file: relative(file), lines: read(file).split('\n').length }))
      .filter(({ lines }) => lines > 400);
    expect(long).toEqual([]);
  });
});

describe('validation files', () => {
  // A module's validation.ts is imported by its service (for the input types); importing a file
  // that imports it back would make a cycle. What the rules need from the database lives in a
  // small module-local file (volunteer-applications/round-areas.ts).
  const localImports = (file: string) =>
    [...read(file).matchAll(/from '(\.[^']+)'/g)].map((match) => path.resolve(path.dirname(file), match[1]!));

  it.each(modules.filter((name) => fs.existsSync(path.join(modulesDir, name, 'validation.ts'))))('%s/validation.ts imports nothing that imports it back', (name) => {
    const validation = path.join(modulesDir, name, 'validation.ts');
    const cycles = localImports(validation)
      .filter((imported) => fs.existsSync(imported) && localImports(imported).includes(validation))
      .map(relative);
    expect(cycles).toEqual([]);
    expect(localImports(validation).filter((imported) => path.basename(imported) === 'service.ts').map(relative)).toEqual([]);
  });
});

describe('rules shared with the client', () => {
  // İzmir days, ages, application statuses, phone numbers and passwords are @katilim/schema's
  // (schema/src): neither side writes its own again.
  const clientSrc = path.resolve(src, '../../client/src');
  const copies = [
    { rule: 'the İzmir time zone, named', pattern: /'Europe\/Istanbul'/ },
    { rule: 'a fixed İzmir offset', pattern: /\+03:00|3 \* 3_600_000|10_800_000/ },
    { rule: 'a day formatted by locale (en-CA)', pattern: /'en-CA'/ },
    { rule: 'an age computation', pattern: /function (ageOn|isAdult|yearsBefore)\b/ },
    { rule: 'a phone rule', pattern: /function (normalizePhone|isTurkishMobile)\b|\\d\{9\}/ },
    { rule: 'a password length', pattern: /password\w*\s*[:=].*\.min\(\d{2}/i },
    { rule: 'the list of application statuses', pattern: /APPLICATION_STATUSES\s*=/ },
  ];

  it('are not copied into the server or the client', () => {
    const files = [...sourceFiles(src), ...sourceFiles(clientSrc)].filter((file) => !/\.test\.tsx?$/.test(file));
    const found = files.flatMap((file) =>
      read(file)
        .split('\n')
        .map((line, index) => ({ line, at: `${path.relative(path.resolve(src, '../..'), file)}:${index + 1}` }))
        .flatMap(({ line, at }) => copies.filter(({ pattern }) => pattern.test(line)).map(({ rule }) => `${at} (${rule}): ${line.trim()}`)),
    );
    expect(found).toEqual([]);
  });
});
