// A server configured for production: introspection is off, so errors must not leak the schema
// through "Did you mean …?" suggestions either.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../support/graphql-client.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { NODE_ENV: 'production' } });
});
afterAll(() => server?.close());

describe('in production', () => {
  it.each([
    ['a misspelled field', '{ me { emial } }', /Cannot query field "emial"/],
    ['a misspelled root field', '{ mee { id } }', /Cannot query field "mee"/],
    ['a misspelled argument', '{ users(serch: "a") { totalCount } }', /Unknown argument "serch"/],
  ])('answers %s without suggesting names', async (_label, query, expected) => {
    const response = await new GraphQLClient(server.graphqlUrl).request(query);
    expect(response.errors?.[0]?.message).toMatch(expected);
    expect(JSON.stringify(response.errors)).not.toMatch(/Did you mean/);
  });

  it('refuses introspection', async () => {
    const response = await new GraphQLClient(server.graphqlUrl).request('{ __schema { types { name } } }');
    expect(response.errors?.[0]?.message).toMatch(/introspection/i);
  });
});
