// Mail that anyone can make the server send (reset links, verification links, registration) is
// throttled per address and per client address, in the database, without storing the address.
import { prisma } from '@katilim/server/db/prisma';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fireAtOnce } from '../support/concurrency.ts';
import { GraphQLClient } from '../support/graphql-client.ts';
import { createPerson, registrationInput } from '../support/scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { TRUST_PROXY: 'true', MAIL_MAX_PER_ADDRESS: '3', MAIL_MAX_PER_IP: '10' } });
});
afterAll(() => server?.close());

let ipCounter = 0;
function browser(ip = `10.1.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`) {
  return new GraphQLClient(server.graphqlUrl, { locale: 'en', ip });
}

const REQUEST_RESET = `mutation($email: String!) {
  requestPasswordReset(input: { email: $email }) { __typename ... on Error { code message } }
}`;
const RESEND = `mutation($email: String!) {
  resendVerification(input: { email: $email }) { __typename ... on Error { code message } }
}`;
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { __typename ... on Error { code } } }`;

const mailsTo = (address: string) => prisma.outboxMessage.count({ where: { toAddress: address } });

describe('per address', () => {
  it('refuses 15 aliased requestPasswordReset in one document and queues nothing', async () => {
    const person = await createPerson();
    const aliases = Array.from({ length: 15 }, (_, i) => `r${i}: requestPasswordReset(input: { email: "${person.email}" }) { __typename }`);
    const response = await browser().request(`mutation { ${aliases.join(' ')} }`);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(await mailsTo(person.email)).toBe(0);
  });

  it('queues at most 3 reset mails for one address when 15 requests arrive at once, and answers every one the same', async () => {
    const person = await createPerson();
    const clients = Array.from({ length: 15 }, () => browser());
    const responses = await fireAtOnce(15, (i) => clients[i]!.request(REQUEST_RESET, { email: person.email }));

    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 200));
    expect(responses.map((r) => r.data?.requestPasswordReset.__typename)).toEqual(responses.map(() => 'MutationRequestPasswordResetSuccess'));
    const mails = await mailsTo(person.email);
    expect(mails).toBeGreaterThanOrEqual(1);
    expect(mails).toBeLessThanOrEqual(3);
  });

  it.each([
    ['an address with an account', true],
    ['an address without one', false],
  ])('answers the same for %s once its limit is reached', async (_label, exists) => {
    const email = exists ? (await createPerson()).email : `nobody-${Date.now()}@example.org`;
    for (let i = 0; i < 5; i += 1) {
      const result = await browser().request(REQUEST_RESET, { email });
      expect(result.errors).toBeUndefined();
      expect(result.data?.requestPasswordReset).toEqual({ __typename: 'MutationRequestPasswordResetSuccess' });
    }
    expect(await mailsTo(email)).toBe(exists ? 3 : 0);
  });

  it('counts verification and reset mails to one address together', async () => {
    const person = await createPerson({ verified: false });
    for (let i = 0; i < 3; i += 1) {
      expect((await browser().request(RESEND, { email: person.email })).data?.resendVerification.__typename).toBe('MutationResendVerificationSuccess');
    }
    expect((await browser().request(REQUEST_RESET, { email: person.email })).data?.requestPasswordReset.__typename).toBe('MutationRequestPasswordResetSuccess');
    expect(await mailsTo(person.email)).toBe(3);
  });

  it('stores no address in clear', async () => {
    const person = await createPerson();
    await browser().request(REQUEST_RESET, { email: person.email });
    const keys = (await prisma.rateLimitEvent.findMany({ select: { key: true } })).map((row) => row.key);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key) => key.includes('@') || key.includes(person.email.split('@')[0]!))).toEqual([]);
  });
});

describe('per client address', () => {
  it('refuses, with a typed and translated error, the 11th mail from one address across many accounts', async () => {
    const ip = '10.200.0.1';
    const people = await Promise.all(Array.from({ length: 12 }, () => createPerson()));
    const answers = [];
    for (const person of people) answers.push(await browser(ip).request(REQUEST_RESET, { email: person.email }));

    expect(answers.slice(0, 10).map((a) => a.data?.requestPasswordReset.__typename)).toEqual(Array(10).fill('MutationRequestPasswordResetSuccess'));
    expect(answers[10]!.data?.requestPasswordReset).toMatchObject({ __typename: 'TooManyAttemptsError', code: 'TOO_MANY_REQUESTS' });
    expect(answers[10]!.data?.requestPasswordReset.message).toMatch(/Too many requests/);
    let mails = 0;
    for (const person of people) mails += await mailsTo(person.email);
    expect(mails).toBe(10);

    // The same budget covers the other mails anyone can trigger.
    expect((await browser(ip).request(RESEND, { email: people[0]!.email })).data?.resendVerification.__typename).toBe('TooManyAttemptsError');
    const input = registrationInput();
    expect((await browser(ip).request(REGISTER, { input })).data?.register.__typename).toBe('TooManyAttemptsError');
    expect(await prisma.user.count({ where: { email: input.email } })).toBe(0);
  });

  it('holds under concurrency: 25 requests for different addresses from one client queue at most 10 mails', async () => {
    const ip = '10.201.0.1';
    const people = await Promise.all(Array.from({ length: 25 }, () => createPerson()));
    const responses = await fireAtOnce(25, (i) => browser(ip).request(REQUEST_RESET, { email: people[i]!.email }));
    expect(responses.flatMap((r) => r.errors ?? [])).toEqual([]);
    const refused = responses.filter((r) => r.data?.requestPasswordReset.__typename === 'TooManyAttemptsError').length;
    const mails = await prisma.outboxMessage.count({ where: { toAddress: { in: people.map((p) => p.email) } } });
    expect(mails).toBeLessThanOrEqual(10);
    expect(mails).toBe(25 - refused);
  });
});
