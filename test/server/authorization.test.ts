// Who may call what. Every root Query and Mutation field of the real schema must appear in one
// module's table (test/server/authorization/<module>.ts, collected below) with the callers it admits;
// a new operation without a row fails the first test, so none can skip its authorization rule. Each
// (operation, caller) pair gets a fresh person and session.
import fs from 'node:fs';
import path from 'node:path';
import { prisma } from '@katilim/server/db/prisma';
import { schema } from '@katilim/server/schema';
import type { Role } from '@katilim/server/generated/prisma/enums';
import { Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient, type GraphQLResponse } from '../support/graphql-client.ts';
import { clientFor, createPerson } from '../support/scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { CALLERS, globalId, type Caller, type Operations, type Person } from './authorization/table.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

// Each module's rows, by file; table.ts holds what the rows share.
const TABLES = Object.fromEntries(
  Object.entries(import.meta.glob<{ operations: Operations }>('./authorization/*.ts', { eager: true }))
    .filter(([file]) => !file.endsWith('/table.ts'))
    .map(([file, table]) => [path.basename(file, '.ts'), table.operations]),
);
const OPERATIONS: Operations = Object.assign({}, ...Object.values(TABLES));
const MODULES = fs.readdirSync(path.resolve(import.meta.dirname, '../../server/src/modules'));

function schemaOperations(): string[] {
  return [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
    type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
  );
}

function rootFieldOf(document: string): { type: string; field: string } {
  const operation = parse(document).definitions[0] as OperationDefinitionNode;
  const [selection] = operation.selectionSet.selections;
  if (selection?.kind !== Kind.FIELD) throw new Error(`the document does not start with a field: ${document}`);
  return { type: operation.operation === 'mutation' ? 'Mutation' : 'Query', field: selection.name.value };
}

async function callerSession(caller: Caller): Promise<{ self: Person | null; client: GraphQLClient }> {
  if (caller === 'anonymous') return { self: null, client: new GraphQLClient(server.graphqlUrl) };
  const roles: Role[] = caller === 'no role' ? [] : [caller];
  const { person, client } = await clientFor(server.graphqlUrl, roles);
  return { self: person, client };
}

const authCodes = (response: GraphQLResponse) =>
  (response.errors ?? []).map((error) => error.extensions?.code).filter((code) => code === 'UNAUTHENTICATED' || code === 'FORBIDDEN');

async function writeCounts() {
  const [users, roles, audit, outbox, sessions, tokens, consents] = await Promise.all([
    prisma.user.count(),
    prisma.roleGrant.count(),
    prisma.auditEntry.count(),
    prisma.outboxMessage.count(),
    prisma.session.count(),
    prisma.userToken.count({ where: { usedAt: null } }),
    prisma.consentRecord.count(),
  ]);
  return { users, roles, audit, outbox, sessions, tokens, consents };
}

describe('the authorization tables', () => {
  it('are named after server modules, and name each operation once', () => {
    // A module may split its rows by part: `<module>.ts` or `<module>-<part>.ts`.
    expect(Object.keys(TABLES).filter((table) => !MODULES.some((name) => table === name || table.startsWith(`${name}-`)))).toEqual([]);
    const names = Object.values(TABLES).flatMap((table) => Object.keys(table));
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it('name every root operation of the schema, and only those', () => {
    const inSchema = schemaOperations();
    const inTable = Object.keys(OPERATIONS);
    expect({
      missingFromTable: inSchema.filter((name) => !inTable.includes(name)),
      notInSchema: inTable.filter((name) => !inSchema.includes(name)),
    }).toEqual({ missingFromTable: [], notInSchema: [] });
  });

  it.each(Object.entries(OPERATIONS))('%s: its document is valid and calls that operation', (name, { document }) => {
    expect(validate(schema, parse(document)).map((error) => error.message)).toEqual([]);
    const { type, field } = rootFieldOf(document);
    expect(`${type}.${field}`).toBe(name);
  });
});

describe.each(Object.entries(OPERATIONS))('%s', (name, operation) => {
  const field = name.split('.')[1]!;
  const verdicts = CALLERS.map((caller) => [caller, operation.allowed.includes(caller) ? 'allowed' : 'denied'] as const);

  it.each(verdicts)('%s is %s', async (caller, verdict) => {
    const { self, client } = await callerSession(caller);
    const other = await createPerson({ roles: ['VOLUNTEER'] });
    const variables = (await operation.variables?.({ self, other })) ?? {};
    const before = await writeCounts();

    const response = await client.request(operation.document, variables);
    expect(response.status).toBe(200);

    if (verdict === 'allowed') {
      expect(response.errors ?? []).toEqual([]);
      expect(response.data).toHaveProperty([field]);
      // The input was valid, so a mutation did its work rather than answer with a typed error.
      expect(response.data?.[field]?.__typename ?? '').not.toMatch(/Error$/);
      return;
    }
    const expected = caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
    expect(response.errors?.length).toBeGreaterThan(0);
    expect(authCodes(response)).toEqual(response.errors!.map(() => expected));
    expect(JSON.stringify(response.data?.[field] ?? null)).toMatch(/^(null|\[null(,null)*\])$/);
    const body = JSON.stringify(response);
    expect(body).not.toContain(other.email);
    expect(body).not.toContain(other.phone);
    expect(await writeCounts()).toEqual(before);
  });
});

describe('personal data on a User node', () => {
  const READ_USER = (fields: string) => `query($id: ID!) { node(id: $id) { id ... on User { ${fields} } } }`;

  it('is hidden from a volunteer, who cannot read another person at all', async () => {
    const { client } = await clientFor(server.graphqlUrl, ['VOLUNTEER']);
    const other = await createPerson();
    const response = await client.request(READ_USER('fullName'), { id: globalId('User', other.id) });
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(response.data?.node).toBeNull();
    expect(JSON.stringify(response)).not.toContain(other.lastName);
  });

  it('is hidden through nodes(ids:) as well', async () => {
    const { client } = await clientFor(server.graphqlUrl, ['VOLUNTEER']);
    const other = await createPerson();
    const response = await client.request(`query($ids: [ID!]!) { nodes(ids: $ids) { id ... on User { fullName } } }`, {
      ids: [globalId('User', other.id)],
    });
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(response)).not.toContain(other.lastName);
  });

  it('shows a coordinator the name and district, but not the contact details', async () => {
    const { client } = await clientFor(server.graphqlUrl, ['COORDINATOR']);
    const other = await createPerson({ districtId: 7 });
    const response = await client.request(READ_USER('fullName district { name } roles'), { id: globalId('User', other.id) });
    expect(response.errors).toBeUndefined();
    expect(response.data?.node).toEqual({
      id: globalId('User', other.id),
      fullName: `${other.firstName} ${other.lastName}`,
      district: { name: 'Bornova' },
      roles: [],
    });
  });

  it.each(['email', 'phone', 'birthDate', 'gender', 'consents { id }'])(
    'refuses a coordinator the field %s of another person, leaking nothing',
    async (fieldSelection) => {
      const { client } = await clientFor(server.graphqlUrl, ['COORDINATOR']);
      const other = await createPerson();
      const response = await client.request(READ_USER(`fullName ${fieldSelection}`), { id: globalId('User', other.id) });
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      const body = JSON.stringify(response);
      expect(body).not.toContain(other.email);
      expect(body).not.toContain(other.phone);
      expect(body).not.toContain('1990-05-17');
    },
  );

  const EVERYTHING = 'fullName email phone birthDate gender consents { purpose }';

  it('shows an administrator everything', async () => {
    const { client } = await clientFor(server.graphqlUrl, ['ADMIN']);
    const other = await createPerson();
    const response = await client.request(READ_USER(EVERYTHING), { id: globalId('User', other.id) });
    expect(response.errors).toBeUndefined();
    expect(response.data?.node).toMatchObject({ email: other.email, phone: other.phone, birthDate: '1990-05-17', gender: null, consents: [] });
  });

  it.each(['no role', 'VOLUNTEER', 'FACILITATOR', 'COORDINATOR'] as const)('shows a person with %s their own data', async (caller) => {
    const { self, client } = await callerSession(caller);
    const response = await client.request(READ_USER(EVERYTHING), { id: globalId('User', self!.id) });
    expect(response.errors).toBeUndefined();
    expect(response.data?.node).toMatchObject({ email: self!.email, phone: self!.phone, birthDate: '1990-05-17' });
  });

  it('tells an anonymous caller to log in', async () => {
    const other = await createPerson();
    const response = await new GraphQLClient(server.graphqlUrl).request(READ_USER('fullName'), { id: globalId('User', other.id) });
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(response.data?.node).toBeNull();
  });
});

describe('administrative records by node(id:)', () => {
  async function records() {
    const owner = await createPerson();
    const outbox = await prisma.outboxMessage.create({
      data: { template: 'verifyEmail', locale: 'tr', toAddress: owner.email, userId: owner.id, subject: 'Gizli konu', bodyText: 'gizli-gövde' },
    });
    const audit = await prisma.auditEntry.create({
      data: { actorId: owner.id, action: 'secret.action', entityType: 'User', entityId: owner.id, requestId: 'req-secret' },
    });
    return [
      { type: 'OutboxMessage', id: outbox.id, fields: 'subject bodyText toAddress', secret: 'gizli-gövde' },
      { type: 'AuditEntry', id: audit.id, fields: 'action requestId', secret: 'secret.action' },
    ];
  }

  const nodeCases = ['OutboxMessage', 'AuditEntry'].flatMap((type) => CALLERS.map((caller) => ({ type, caller })));

  it.each(nodeCases)('$type is readable by $caller only when an administrator', async ({ type, caller }) => {
    const record = (await records()).find((r) => r.type === type)!;
    const { client } = await callerSession(caller);
    const response = await client.request(`query($id: ID!) { node(id: $id) { id ... on ${type} { ${record.fields} } } }`, {
      id: globalId(type, record.id),
    });
    if (caller === 'ADMIN') {
      expect(response.errors).toBeUndefined();
      expect(JSON.stringify(response.data?.node)).toContain(record.secret);
      return;
    }
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual([caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
    expect(response.data?.node).toBeNull();
    expect(JSON.stringify(response)).not.toContain(record.secret);
  });
});
