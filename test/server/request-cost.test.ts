// What a request costs besides its own data (issue 7, part 3; bench/ prints the figures): the
// session, its person and roles in one statement; the reference data from memory; no date
// formatter built per row. Counted in statements and constructions, never in milliseconds.
import { prisma } from '@katilim/server/db/prisma';
import { schema } from '@katilim/server/schema';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createManyApplications, createRound, type Round } from '../support/applications-scenarios.ts';
import { GraphQLClient } from '../support/graphql-client.ts';
import { clientFor } from '../support/scenarios.ts';
import { recordSql } from '../support/sql-recorder.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let round: Round;
beforeAll(async () => {
  server = await startTestServer();
  round = await createRound();
  await createManyApplications(round, 30, { prefix: 'cost' });
});
afterAll(() => server?.close());

describe('the session check', () => {
  it.each([['VOLUNTEER'], ['COORDINATOR'], ['ADMIN']] as const)('reads the session, its %s and the roles in one statement', async (role) => {
    const { client } = await clientFor(server.graphqlUrl, [role]);
    const { result, statements } = await recordSql(() => client.ok('{ me { roles } }'));
    expect(result.me.roles).toEqual([role]);
    // `me` itself reads the user once more: the session check is the other statement.
    const sessionChecks = statements.filter((sql) => sql.includes('"Session"'));
    expect(sessionChecks).toHaveLength(1);
    expect(sessionChecks[0]).toMatch(/"RoleGrant"/);
    expect(statements).toHaveLength(2);
  });

  it('is the only statement of a request that reads nothing else', async () => {
    const { client } = await clientFor(server.graphqlUrl, ['ADMIN']);
    const { statements } = await recordSql(() => client.ok('{ __typename }'));
    expect(statements).toHaveLength(1);
  });

  it('still refuses an expired session', async () => {
    const { client, person } = await clientFor(server.graphqlUrl, ['ADMIN']);
    await prisma.session.updateMany({ where: { userId: person.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const { statements, result } = await recordSql(() => client.request('{ me { id } }'));
    expect(result.data).toEqual({ me: null });
    expect(statements.filter((sql) => sql.includes('"Session"'))).toHaveLength(1);
  });
});

describe('reference data', () => {
  const LANDING = '{ programmes { name } districts { id name } }';

  it('is read once, then answered from memory in each caller\'s language', async () => {
    const turkish = new GraphQLClient(server.graphqlUrl, { locale: 'tr' });
    const english = new GraphQLClient(server.graphqlUrl, { locale: 'en' });
    const first = await recordSql(() => turkish.ok(LANDING));
    expect(first.result.districts).toHaveLength(30);
    expect(first.result.districts[0]).toEqual({ id: 1, name: 'Aliağa' });

    const again = await recordSql(() => turkish.ok(LANDING));
    const inEnglish = await recordSql(() => english.ok(LANDING));
    expect(again.statements).toEqual([]);
    expect(inEnglish.statements).toEqual([]);
    expect(again.result).toEqual(first.result);
    const [tr, en] = [first.result.programmes, inEnglish.result.programmes].map((list: { name: string }[]) => list.map((p) => p.name));
    expect(tr).toHaveLength(4);
    expect(en).toHaveLength(4);
    expect(en).not.toEqual(tr);
    expect(en).toContain((await prisma.programme.findFirstOrThrow({ where: { kind: 'VOLUNTEERING' } })).nameEn);
  });

  it('with relations selected, reads the database as before', async () => {
    const anonymous = new GraphQLClient(server.graphqlUrl);
    await anonymous.ok('{ districts { id name } }');
    const { statements } = await recordSql(() => anonymous.ok('{ districts { id neighbourhoods { name } } }'));
    expect(statements.length).toBeGreaterThan(0);
  });
});

describe('the review board', () => {
  it('builds no date formatter per card to tell ages', async () => {
    const { client } = await clientFor(server.graphqlUrl, ['COORDINATOR']);
    const query = `query($roundId: ID!) { roundApplications(roundId: $roundId, first: 25) { edges { node { age } } } }`;
    await client.ok(query, { roundId: round.globalId });
    const formatters = vi.spyOn(Intl, 'DateTimeFormat');
    try {
      const data = await client.ok(query, { roundId: round.globalId });
      expect(data.roundApplications.edges).toHaveLength(25);
      expect(data.roundApplications.edges[0].node.age).toBeGreaterThan(18);
      expect(formatters).not.toHaveBeenCalled();
    } finally {
      formatters.mockRestore();
    }
  });
});

describe('Apollo', () => {
  it("leaves the schema's resolvers as they are: no plugin wraps every field", async () => {
    await new GraphQLClient(server.graphqlUrl).ok('{ districts { id } }');
    // Apollo marks the schema when it wraps each field for a plugin's willResolveField hook.
    expect(Object.getOwnPropertySymbols(schema).map((symbol) => symbol.description)).not.toContain('apolloServerPluginsEnabled');
  });
});
