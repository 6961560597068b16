import type { CodegenConfig } from '@graphql-codegen/cli';
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

const config: CodegenConfig = {
  overwrite: true,
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**'],
  pluginLoader: (name) =>
    name.endsWith('katilim-possible-types') ? Promise.resolve(possibleTypes) : import(name),
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node', 'katilim-possible-types'],
      config: {
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
      },
    },
  },
};

export default config;
