// Log-in limits that hold under concurrency and cannot be turned against the account's owner.
// The server trusts X-Forwarded-For here (TRUST_PROXY), so each client states its own address.
import { prisma } from '@katilim/server/db/prisma';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fireAtOnce } from '../support/concurrency.ts';
import { GraphQLClient, type GraphQLResponse } from '../support/graphql-client.ts';
import { TEST_PASSWORD, createPerson } from '../support/scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    env: {
      TRUST_PROXY: 'true',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '5',
      LOGIN_MAX_FAILURES_PER_IP: '30',
      LOGIN_MAX_FAILURES_PER_DEVICE: '3',
    },
  });
});
afterAll(() => server?.close());

const DEVICE_COOKIE = 'katilim_device';
const LOG_IN = /* GraphQL */ `
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      __typename
      ... on MutationLogInSuccess { data { id } }
      ... on Error { message code }
    }
  }
`;

let ipCounter = 0;
/** A browser of its own, from an address of its own unless one is given. */
function browser(ip = `10.0.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`) {
  return new GraphQLClient(server.graphqlUrl, { locale: 'en', ip });
}

const logIn = (client: GraphQLClient, email: string, password: string) => client.request(LOG_IN, { input: { email, password } });

function tally(responses: GraphQLResponse[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const response of responses) {
    const typename = (response.data?.logIn as { __typename?: string } | undefined)?.__typename ?? 'no result';
    counts[typename] = (counts[typename] ?? 0) + 1;
  }
  return counts;
}

function expectNoServerErrors(responses: GraphQLResponse[]) {
  expect(responses.map((response) => response.status)).toEqual(responses.map(() => 200));
  expect(responses.flatMap((response) => response.errors ?? [])).toEqual([]);
}

describe('the per-account limit under concurrency', () => {
  it('checks at most 5 passwords when 12 wrong log-ins for one account arrive at once', async () => {
    const person = await createPerson();
    const clients = Array.from({ length: 12 }, () => browser());
    const responses = await fireAtOnce(12, (i) => logIn(clients[i]!, person.email, `wrong-password-${i}`));

    expectNoServerErrors(responses);
    const counts = tally(responses);
    expect(counts.InvalidCredentialsError ?? 0).toBeGreaterThanOrEqual(1);
    expect(counts.InvalidCredentialsError ?? 0).toBeLessThanOrEqual(5);
    expect(counts.TooManyAttemptsError).toBe(12 - (counts.InvalidCredentialsError ?? 0));
    // The rows prove it: every checked password left one, refused requests none.
    expect(await prisma.loginAttempt.count({ where: { email: person.email } })).toBe(counts.InvalidCredentialsError);
  });

  it('checks at most 30 passwords when 40 wrong log-ins from one address arrive at once', async () => {
    const ip = '10.9.9.9';
    const clients = Array.from({ length: 40 }, () => browser(ip));
    const responses = await fireAtOnce(40, (i) => logIn(clients[i]!, `nobody-${i}@flood.test`, 'wrong-password'));

    expectNoServerErrors(responses);
    const counts = tally(responses);
    expect(counts.InvalidCredentialsError ?? 0).toBeLessThanOrEqual(30);
    expect(counts.TooManyAttemptsError ?? 0).toBeGreaterThanOrEqual(10);
    expect(await prisma.loginAttempt.count({ where: { ip } })).toBe(counts.InvalidCredentialsError);
  });
});

describe('a trusted device (OWASP device cookies)', () => {
  it('is given on a successful log-in as an httpOnly cookie whose token is stored only hashed', async () => {
    const person = await createPerson();
    const owner = browser();
    const response = await logIn(owner, person.email, TEST_PASSWORD);
    expect(response.data?.logIn.__typename).toBe('MutationLogInSuccess');
    const header = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${DEVICE_COOKIE}=`));
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Strict/i);
    const token = owner.cookie(DEVICE_COOKIE)!;
    const devices = await prisma.trustedDevice.findMany({ where: { userId: person.id } });
    expect(devices).toHaveLength(1);
    expect(devices[0]!.tokenHash).not.toContain(token);
  });

  it('lets the owner in with the right password while a flood from the same address locks everyone else out', async () => {
    const sharedIp = '10.77.0.1';
    const person = await createPerson();
    const owner = browser(sharedIp);
    expect((await logIn(owner, person.email, TEST_PASSWORD)).data?.logIn.__typename).toBe('MutationLogInSuccess');

    // The attacker, behind the same address, fails 30 times on other accounts and 5 times on the owner's.
    const attacker = browser(sharedIp);
    for (let i = 0; i < 30; i += 1) {
      expect((await logIn(attacker, `victim-${i}@flood.test`, 'guess')).data?.logIn.__typename).toBe('InvalidCredentialsError');
    }
    const afterFlood = await logIn(attacker, person.email, 'guess');
    expect(afterFlood.data?.logIn.__typename).toBe('TooManyAttemptsError');
    // Now from addresses of their own, to lock the account itself.
    for (let i = 0; i < 5; i += 1) await logIn(browser(), person.email, `guess-${i}`);
    expect((await logIn(browser(), person.email, TEST_PASSWORD)).data?.logIn.__typename).toBe('TooManyAttemptsError');
    expect((await logIn(attacker, person.email, TEST_PASSWORD)).data?.logIn.__typename).toBe('TooManyAttemptsError');

    // The owner's browser still holds its device cookie (logging out does not take it away).
    await owner.request('mutation { logOut { __typename } }');
    const again = await logIn(owner, person.email, TEST_PASSWORD);
    expect(again.data?.logIn.__typename).toBe('MutationLogInSuccess');
    expect(again.headers.getSetCookie().some((cookie) => cookie.startsWith('katilim_session='))).toBe(true);
  });

  it('does not help with another account than the one it was given for', async () => {
    const [mine, theirs] = [await createPerson(), await createPerson()];
    const client = browser();
    expect((await logIn(client, mine.email, TEST_PASSWORD)).data?.logIn.__typename).toBe('MutationLogInSuccess');
    for (let i = 0; i < 5; i += 1) await logIn(browser(), theirs.email, `guess-${i}`);
    expect((await logIn(client, theirs.email, TEST_PASSWORD)).data?.logIn.__typename).toBe('TooManyAttemptsError');
  });

  it('stops being trusted after its own small failure budget is spent', async () => {
    const person = await createPerson();
    const owner = browser();
    expect((await logIn(owner, person.email, TEST_PASSWORD)).data?.logIn.__typename).toBe('MutationLogInSuccess');
    for (let i = 0; i < 5; i += 1) await logIn(browser(), person.email, `guess-${i}`);

    // Someone with the owner's browser guesses: three tries, then the cookie is spent.
    for (let i = 0; i < 3; i += 1) {
      expect((await logIn(owner, person.email, `guess-${i}`)).data?.logIn.__typename).toBe('InvalidCredentialsError');
    }
    expect((await logIn(owner, person.email, TEST_PASSWORD)).data?.logIn.__typename).toBe('TooManyAttemptsError');
    const device = await prisma.trustedDevice.findFirstOrThrow({ where: { userId: person.id } });
    expect(device.failures).toBe(3);
  });

  it('keeps its failure budget under concurrency: 10 wrong passwords at once from one trusted browser check at most 3', async () => {
    const person = await createPerson();
    const owner = browser();
    expect((await logIn(owner, person.email, TEST_PASSWORD)).data?.logIn.__typename).toBe('MutationLogInSuccess');
    // Lock the account for untrusted clients, so that only the device budget can admit a check.
    for (let i = 0; i < 5; i += 1) await logIn(browser(), person.email, `guess-${i}`);
    const before = await prisma.loginAttempt.count({ where: { email: person.email } });

    const responses = await fireAtOnce(10, (i) => logIn(owner, person.email, `wrong-${i}`));
    expectNoServerErrors(responses);
    const counts = tally(responses);
    expect(counts.InvalidCredentialsError).toBe(3);
    expect(counts.TooManyAttemptsError).toBe(7);
    expect(await prisma.loginAttempt.count({ where: { email: person.email } })).toBe(before + 3);
  });
});
