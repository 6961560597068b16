// KVKK article 11: a person can take a copy of their data and have it erased; staff can do both
// on a request. Erasure keeps the row as an anonymous placeholder so history keeps its counts.
import { prisma } from '@katilim/server/db/prisma';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../support/graphql-client.ts';
import { TEST_PASSWORD, clientFor, createPerson } from '../support/scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const globalId = (id: string) => Buffer.from(`User:${id}`).toString('base64');
const EXPORT_MINE = `mutation { exportMyData { __typename ... on MutationExportMyDataSuccess { data { generatedAt json } } } }`;
const ERASE_MINE = `mutation($password: String!) { eraseMyAccount(input: { password: $password }) { __typename ... on Error { code message } } }`;
const ERASE_USER = `mutation($id: ID!) { eraseUser(input: { userId: $id }) { __typename ... on Error { code } } }`;
const EXPORT_USER = `mutation($id: ID!) { exportUserData(input: { userId: $id }) { __typename ... on MutationExportUserDataSuccess { data { json } } ... on Error { code } } }`;

describe('data export', () => {
  it('gives a person their profile, roles, consents, sessions, messages and activity, and audits it', async () => {
    const { person, client } = await clientFor(server.graphqlUrl, ['VOLUNTEER'], { firstName: 'Gülşen' });
    const text = await prisma.consentText.findFirstOrThrow({ where: { purpose: 'ACCOUNT_PROCESSING' } });
    await prisma.consentRecord.create({ data: { userId: person.id, consentTextId: text.id, purpose: 'ACCOUNT_PROCESSING' } });
    await prisma.outboxMessage.create({ data: { template: 'verifyEmail', locale: 'tr', toAddress: person.email, userId: person.id, subject: 'Merhaba', bodyText: 'x' } });

    const result = await client.ok(EXPORT_MINE);
    const { records } = JSON.parse(result.exportMyData.data.json);
    expect(records.User).toEqual([expect.objectContaining({ id: person.id, email: person.email, firstName: 'Gülşen', district: { name: 'Konak' } })]);
    expect(records.RoleGrant).toEqual([expect.objectContaining({ role: 'VOLUNTEER' })]);
    expect(records.User[0].passwordHash).toBeUndefined();
    expect(records.ConsentRecord[0]).toMatchObject({ purpose: 'ACCOUNT_PROCESSING', consentText: { version: text.version } });
    expect(records.Session).toHaveLength(1);
    expect(records.Session[0].tokenHash).toBeUndefined();
    expect(records.OutboxMessage).toEqual([expect.objectContaining({ subject: 'Merhaba', template: 'verifyEmail' })]);
    expect(records.VolunteerApplication).toEqual([]);
    expect(records.UserQualification).toEqual([]);
    expect(await prisma.auditEntry.count({ where: { entityId: person.id, action: 'privacy.export', actorId: person.id } })).toBe(1);
  });

  it('lets an administrator export a person on request, and says NOT_FOUND for nobody', async () => {
    const { person: admin, client } = await clientFor(server.graphqlUrl, ['ADMIN']);
    const subject = await createPerson({ firstName: 'İlkay' });
    const result = await client.ok(EXPORT_USER, { id: globalId(subject.id) });
    expect(JSON.parse(result.exportUserData.data.json).records.User[0].firstName).toBe('İlkay');
    expect(await prisma.auditEntry.count({ where: { entityId: subject.id, action: 'privacy.export', actorId: admin.id } })).toBe(1);
    const missing = await client.ok(EXPORT_USER, { id: globalId('00000000-0000-7000-8000-000000000000') });
    expect(missing.exportUserData.code).toBe('NOT_FOUND');
  });
});

describe('erasure', () => {
  it('asks for the password again, then anonymises the person and ends their sessions', async () => {
    const { person, client } = await clientFor(server.graphqlUrl, ['VOLUNTEER'], { firstName: 'Şebnem', lastName: 'Aksoy' });
    await prisma.outboxMessage.create({ data: { template: 'verifyEmail', locale: 'tr', toAddress: person.email, userId: person.id, subject: 'Şebnem', bodyText: 'Merhaba Şebnem' } });

    const wrong = await client.ok(ERASE_MINE, { password: 'not-my-password' });
    expect(wrong.eraseMyAccount).toMatchObject({ __typename: 'InvalidCredentialsError' });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: person.id } })).erasedAt).toBeNull();

    const done = await client.ok(ERASE_MINE, { password: TEST_PASSWORD });
    expect(done.eraseMyAccount.__typename).toBe('MutationEraseMyAccountSuccess');
    expect(client.cookie('katilim_session')).toBeUndefined();

    const erased = await prisma.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(erased).toMatchObject({ firstName: 'Silinmiş', lastName: 'Kişi', phone: '', gender: null, searchText: '', email: `erased+${person.id}@erased.invalid` });
    expect(erased.erasedAt).toBeInstanceOf(Date);
    expect(await prisma.session.count({ where: { userId: person.id } })).toBe(0);
    expect(await prisma.roleGrant.count({ where: { userId: person.id } })).toBe(0);
    const message = await prisma.outboxMessage.findFirstOrThrow({ where: { userId: person.id } });
    expect(message).toMatchObject({ status: 'FAILED', bodyText: '—', subject: '—' });
    expect(JSON.stringify(await prisma.outboxMessage.findMany())).not.toContain('Şebnem');
    expect(await prisma.auditEntry.count({ where: { entityId: person.id, action: 'privacy.erase' } })).toBe(1);

    const login = await new GraphQLClient(server.graphqlUrl).ok(
      `mutation($e: String!, $p: String!) { logIn(input: { email: $e, password: $p }) { __typename } }`,
      { e: person.email, p: TEST_PASSWORD },
    );
    expect(login.logIn.__typename).toBe('InvalidCredentialsError');
  });

  it('lets an administrator erase a person once; the second time it is NOT_FOUND', async () => {
    const { client } = await clientFor(server.graphqlUrl, ['ADMIN']);
    const subject = await createPerson();
    expect((await client.ok(ERASE_USER, { id: globalId(subject.id) })).eraseUser.__typename).toBe('MutationEraseUserSuccess');
    expect((await client.ok(ERASE_USER, { id: globalId(subject.id) })).eraseUser.code).toBe('NOT_FOUND');
    // The email is free again for a new account.
    expect(await prisma.user.count({ where: { email: subject.email } })).toBe(0);
  });

  it('does not erase the last administrator', async () => {
    await prisma.roleGrant.deleteMany({ where: { role: 'ADMIN' } });
    const { person, client } = await clientFor(server.graphqlUrl, ['ADMIN']);
    const result = await client.ok(ERASE_MINE, { password: TEST_PASSWORD });
    expect(result.eraseMyAccount.code).toBe('LAST_ADMIN');
    expect((await prisma.user.findUniqueOrThrow({ where: { id: person.id } })).erasedAt).toBeNull();
  });
});

describe('volunteer applications under KVKK', () => {
  it('exports the applications and erases their free text while keeping the record', async () => {
    const { createApplication, createRound } = await import('../support/applications-scenarios.ts');
    const { person, client } = await clientFor(server.graphqlUrl, []);
    const round = await createRound({ status: 'SCREENING' });
    const application = await createApplication(round, { applicant: person, motivation: 'Kadın kooperatiflerinde deneyimim var.' });
    await prisma.screeningNote.create({ data: { applicationId: application.id, body: 'Telefonla görüşüldü.' } });

    const exported = JSON.parse((await client.ok(EXPORT_MINE)).exportMyData.data.json);
    expect(exported.records.VolunteerApplication).toEqual([
      expect.objectContaining({ status: 'SUBMITTED', motivation: 'Kadın kooperatiflerinde deneyimim var.' }),
    ]);
    expect(exported.records.ScreeningNote).toEqual([expect.objectContaining({ applicationId: application.id, body: 'Telefonla görüşüldü.' })]);

    expect((await client.ok(ERASE_MINE, { password: TEST_PASSWORD })).eraseMyAccount.__typename).toBe('MutationEraseMyAccountSuccess');
    const after = await prisma.volunteerApplication.findUniqueOrThrow({ where: { id: application.id } });
    expect(after).toMatchObject({ status: 'SUBMITTED', motivation: '', experience: '', districtId: null });
    expect(await prisma.screeningNote.count({ where: { applicationId: application.id } })).toBe(0);
  });
});
