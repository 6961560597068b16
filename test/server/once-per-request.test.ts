// At most one expensive mutation (a password hash, a mail) of a kind per request: aliases must not
// turn one request into twenty log-in attempts or mails. Refused before anything runs.
import { prisma } from '@katilim/server/db/prisma';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../support/graphql-client.ts';
import { TEST_PASSWORD, createPerson } from '../support/scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('one expensive mutation of a kind per request', () => {
  it('refuses 20 aliased logIns in one document, in the caller\'s language, before any password is checked', async () => {
    const person = await createPerson();
    const aliases = Array.from({ length: 20 }, (_, i) =>
      `a${i}: logIn(input: { email: "${person.email}", password: "guess-${i}" }) { __typename }`).join('\n');
    const response = await new GraphQLClient(server.graphqlUrl, { locale: 'en' }).request(`mutation { ${aliases} }`);

    expect(response.data).toBeUndefined();
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(response.errors![0]!.message).toBe('One request may call logIn only once.');
    expect(await prisma.loginAttempt.count({ where: { email: person.email } })).toBe(0);
  });

  it.each([
    ['register', 'register(input: $input) { __typename }', '$input: RegisterInput!'],
    ['logIn', 'logIn(input: $input) { __typename }', '$input: LogInInput!'],
    ['requestPasswordReset', 'requestPasswordReset(input: $input) { __typename }', '$input: EmailInput!'],
    ['resendVerification', 'resendVerification(input: $input) { __typename }', '$input: EmailInput!'],
    ['resetPassword', 'resetPassword(input: $input) { __typename }', '$input: ResetPasswordInput!'],
    ['eraseMyAccount', 'eraseMyAccount(input: $input) { __typename }', '$input: EraseMyAccountInput!'],
  ])('refuses %s twice in one document, also through a fragment', async (field, selection, variables) => {
    const document = `mutation Twice(${variables}) { first: ${selection} ...Again }
      fragment Again on Mutation { second: ${selection} }`;
    const response = await new GraphQLClient(server.graphqlUrl, { locale: 'tr' }).request(document, { input: {} });
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(response.errors?.[0]?.message).toBe(`Bir istekte ${field} yalnızca bir kez çağrılabilir.`);
  });

  it('lets one request call two different expensive mutations once each', async () => {
    const person = await createPerson();
    const response = await new GraphQLClient(server.graphqlUrl, { locale: 'en' }).request(`mutation {
      logIn(input: { email: "${person.email}", password: "${TEST_PASSWORD}" }) { __typename }
      requestPasswordReset(input: { email: "${person.email}" }) { __typename }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toMatchObject({
      logIn: { __typename: 'MutationLogInSuccess' },
      requestPasswordReset: { __typename: 'MutationRequestPasswordResetSuccess' },
    });
  });
});
