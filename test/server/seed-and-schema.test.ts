// What a fresh installation relies on: seeding that can run at every start, the checked-in SDL
// matching the schema, and migrations that build exactly what schema.prisma describes.
import fs from 'node:fs';
import { prisma } from '@katilim/server/db/prisma';
import { diffSchemaAgainstMigrations } from '@katilim/server/db/migrate';
import { schema } from '@katilim/server/schema';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PEOPLE, seedDemo } from '@katilim/server/seed/demo';
import { DISTRICTS, seedReference } from '@katilim/server/seed/reference';
import { printSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../support/graphql-client.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

async function rowCounts() {
  const [users, roleGrants, consentRecords, districts, neighbourhoods, programmes, consentTexts] = await Promise.all([
    prisma.user.count(),
    prisma.roleGrant.count(),
    prisma.consentRecord.count(),
    prisma.district.count(),
    prisma.neighbourhood.count(),
    prisma.programme.count(),
    prisma.consentText.count(),
  ]);
  return { users, roleGrants, consentRecords, districts, neighbourhoods, programmes, consentTexts };
}

describe('seeding', () => {
  it('is idempotent: a second run of reference and demo data changes no count', async () => {
    const reference = ({ districts, neighbourhoods, programmes, consentTexts }: Awaited<ReturnType<typeof rowCounts>>) =>
      ({ districts, neighbourhoods, programmes, consentTexts });
    const atStart = await rowCounts();
    await seedReference();
    await seedDemo();
    const first = await rowCounts();
    expect(reference(first)).toEqual(reference(atStart));
    await seedReference();
    await seedDemo();
    expect(await rowCounts()).toEqual(first);

    const people = DEMO_ACCOUNTS.length + DEMO_PEOPLE;
    expect(first).toMatchObject({ users: 304, districts: DISTRICTS.length, programmes: 4, consentRecords: people });
    expect(DISTRICTS).toHaveLength(30);
    expect(first.neighbourhoods).toBeGreaterThan(0);
    expect(first.consentTexts).toBeGreaterThan(0);
    // Four staff roles plus every third demo person a volunteer.
    expect(first.roleGrants).toBe(DEMO_ACCOUNTS.length + Math.ceil(DEMO_PEOPLE / 3));
  });

});

describe('demo accounts', () => {
  // Seeding is idempotent, so this does not depend on the test above having run.
  beforeAll(() => seedDemo());

  it.each(DEMO_ACCOUNTS.map((account) => [account.roles.join(', '), account] as const))(
    'lets the %s demo account log in with the documented password',
    async (_role, account) => {
      const browser = new GraphQLClient(server.graphqlUrl);
      const login = await browser.ok(
        `mutation($input: LogInInput!) { logIn(input: $input) { __typename ... on MutationLogInSuccess { data { email } } ... on Error { code } } }`,
        { input: { email: account.email, password: DEMO_PASSWORD } },
      );
      expect(login.logIn).toEqual({ __typename: 'MutationLogInSuccess', data: { email: account.email } });
      const me = await browser.ok(`{ me { fullName roles emailVerified } }`);
      expect(me.me).toEqual({ fullName: `${account.firstName} ${account.lastName}`, roles: account.roles, emailVerified: true });
    },
  );
});

describe('the checked-in schema', () => {
  it('schema/schema.graphql is the printed schema', () => {
    const committed = fs.readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(committed, 'schema/schema.graphql is stale: run `pnpm generate` and commit it').toBe(`${printSchema(schema)}\n`);
  });

  it('the migrations build exactly what prisma/schema.prisma describes', { timeout: 60_000 }, async () => {
    const sql = await diffSchemaAgainstMigrations();
    expect(sql, 'prisma/schema.prisma has changes no migration holds: run `pnpm migrate dev --name <what-changed>`').toMatch(
      /^\s*(-- This is an empty migration\.)?\s*$/,
    );
  });
});
