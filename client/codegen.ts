import type { CodegenConfig } from '@graphql-codegen/cli';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbstractType, type GraphQLSchema } from 'graphql';

type CodegenPlugin = Awaited<ReturnType<NonNullable<CodegenConfig['pluginLoader']>>>;

// Apollo's cache can only match `... on Error` against a concrete error type when it
// knows the subtypes, so the map is generated from the SDL next to the typed documents.
const possibleTypes: CodegenPlugin = {
  plugin: (schema: GraphQLSchema) => {
    const map: Record<string, string[]> = {};
    for (const type of Object.values(schema.getTypeMap())) {
      if (isAbstractType(type) && !type.name.startsWith('__')) {
        map[type.name] = schema
          .getPossibleTypes(type)
          .map((t) => t.name)
          .sort();
      }
    }
    return `\nexport const possibleTypes: Record<string, string[]> = ${JSON.stringify(map, null, 2)};\n`;
  },
};

// Each feature's strings load with its pages (app/i18n.ts, import.meta.glob). Two things are
// needed before that and are generated from the same files, so no list is kept by hand:
// the type of every file (i18next checks `t()` keys against it; types cannot be globbed) and
// each file's `nav` labels, which the main menu shows on every page.
const featureTranslations: CodegenPlugin = {
  plugin: () => {
    const features = new URL('./src/features/', import.meta.url);
    const names = readdirSync(features, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/i18n/tr.json`, features)))
      .map((entry) => entry.name)
      .sort();
    const nav = (language: string) =>
      Object.fromEntries(
        names.flatMap((name) => {
          const file = new URL(`${name}/i18n/${language}.json`, features);
          const messages = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { nav?: unknown }) : {};
          return messages.nav === undefined ? [] : [[name, { nav: messages.nav }]];
        }),
      );
    const fields = names.map((name) => `  '${name}': typeof import('../features/${name}/i18n/tr.json');`);
    return [
      '// Every features/<name>/i18n/tr.json, under its folder name.',
      `export type FeatureTranslations = {\n${fields.join('\n')}\n};`,
      '',
      '// The `nav` labels of every feature, needed by the main menu before any page loads.',
      `export const featureNavTranslations = ${JSON.stringify({ tr: nav('tr'), en: nav('en') }, null, 2)};`,
      '',
    ].join('\n');
  },
};

// What the first page needs before any feature loads: the shell's and the landing page's documents
// and the possible types, in a file of their own, so the landing page does not download the typed
// documents of every page (one module is one chunk). graphql.ts holds every document, these too
// (tests and pages import them from there).
const FIRST_PAGE = ['src/app/**/*.{ts,tsx}', 'src/features/shell/**/*.{ts,tsx}', 'src/features/landing/**/*.{ts,tsx}', '!**/*.test.{ts,tsx}'];

const DOCUMENTS_CONFIG = {
  // Apollo data masking: a parent sees only a fragment reference, the component unmasks it.
  inlineFragmentTypes: 'mask',
  customDirectives: { apolloUnmask: true },
  avoidOptionals: { field: true, inputValue: false },
  defaultScalarType: 'unknown',
  nonOptionalTypename: true,
  skipTypeNameForRoot: true,
  useTypeImports: true,
  scalars: {
    ID: { input: 'string', output: 'string' },
    Date: { input: 'string', output: 'string' },
    DateTime: { input: 'string', output: 'string' },
  },
};

const config: CodegenConfig = {
  overwrite: true,
  schema: '../schema/schema.graphql',
  pluginLoader: (name) =>
    name.endsWith('katilim-possible-types')
      ? Promise.resolve(possibleTypes)
      : name.endsWith('katilim-feature-translations')
        ? Promise.resolve(featureTranslations)
        : import(name),
  generates: {
    'src/generated/graphql.ts': {
      documents: ['src/**/*.{ts,tsx}', '!src/generated/**'],
      plugins: ['typescript-operations', 'typed-document-node'],
      config: DOCUMENTS_CONFIG,
    },
    'src/generated/first-page-graphql.ts': {
      documents: FIRST_PAGE,
      plugins: ['typescript-operations', 'typed-document-node', 'katilim-possible-types'],
      config: DOCUMENTS_CONFIG,
    },
    'src/generated/feature-translations.ts': { plugins: ['katilim-feature-translations'] },
  },
};

export default config;
