// `pnpm new-module <name>`: writes a working empty server module and its tests, touching no shared
// file (the generated maps and the test folders collect them). Then run `pnpm generate`.
//   server/src/modules/<name>/schema.ts      one query, `<name>Info`, open to everyone
//   server/src/modules/<name>/messages.ts    its text, Turkish and English
//   test/server/authorization/<name>.ts      the query's authorization row
//   test/server/<name>.test.ts               the query answers in both languages
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const name = process.argv[2] ?? '';
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
  console.error('usage: pnpm new-module <name>   (kebab-case, e.g. shifts or council-meetings)');
  process.exit(1);
}
const moduleDir = path.join(root, 'server/src/modules', name);
if (fs.existsSync(moduleDir)) {
  console.error(`server/src/modules/${name} already exists`);
  process.exit(1);
}
const camel = name.replace(/-(\w)/g, (_match, ch: string) => ch.toUpperCase());
const field = `${camel}Info`;
const key = `${name}.description`;

const files: Record<string, string> = {
  [`server/src/modules/${name}/schema.ts`]: `// The ${name} module's GraphQL types and operations (collected by the generated schema map).
import { builder } from '../../builder.ts';
import { translate } from '../../i18n/messages.ts';

builder.queryField('${field}', (t) =>
  t.string({
    description: 'What the ${name} module is, in the caller\\'s language.',
    authScopes: { public: true },
    resolve: (_root, _args, ctx) => translate(ctx.locale, '${key}'),
  }),
);
`,
  [`server/src/modules/${name}/messages.ts`]: `// The ${name} module's server messages. Turkish first.
import { defineMessages } from '../../i18n/define-messages.ts';

export const messages = defineMessages({
  tr: {
    '${key}': '${name} modülü.',
  },
  en: {
    '${key}': 'The ${name} module.',
  },
});
`,
  [`test/server/authorization/${name}.ts`]: `// Authorization rows of the ${name} module: who may call each of its root operations.
import { EVERYONE, type Operations } from './table.ts';

export const operations: Operations = {
  'Query.${field}': { document: \`{ ${field} }\`, allowed: EVERYONE },
};
`,
  [`test/server/${name}.test.ts`]: `// The ${name} module answers, in the caller's language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../support/graphql-client.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('${name}', () => {
  it.each([
    ['tr', '${name} modülü.'],
    ['en', 'The ${name} module.'],
  ] as const)('answers ${field} in %s', async (locale, text) => {
    const data = await new GraphQLClient(server.graphqlUrl, { locale }).ok(\`{ ${field} }\`);
    expect(data.${field}).toBe(text);
  });
});
`,
};

for (const [file, text] of Object.entries(files)) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text, { flag: 'wx' });
  console.log(`wrote ${file}`);
}
console.log('next: pnpm generate, then run test/server/' + name + '.test.ts and authorization.test.ts');
