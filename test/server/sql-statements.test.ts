// The SQL the main list queries send, snapshotted: one request costs a fixed number of statements
// however many rows there are, so an N+1 shows up as a failing count and a snapshot diff. Each
// recording includes the request's session look-up (constant). The same snapshot must hold on
// PGlite and on PostgreSQL: Prisma sends the same SQL to both.
import { prisma } from '@katilim/server/db/prisma';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { clientFor, createPerson } from '../support/scenarios.ts';
import { recordSql } from '../support/sql-recorder.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let admin: GraphQLClient;
beforeAll(async () => {
  server = await startTestServer();
  admin = (await clientFor(server.graphqlUrl, ['ADMIN'])).client;
});
afterAll(() => server?.close());

/**
 * Parameter numbers and the length of IN lists follow the number of rows loaded; the schema
 * prefix is noise. Everything else is kept as sent.
 */
function normalise(sql: string): string {
  return sql
    .replace(/"public"\./g, '')
    .replace(/IN \((?:\$\d+,?)+\)/g, 'IN ($…)')
    .replace(/\$\d+/g, '$?');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read loosely typed results
async function record(document: string): Promise<{ data: any; statements: string[] }> {
  const { result, statements } = await recordSql(() => admin.ok(document));
  // Sorted: on PostgreSQL Prisma loads sibling relations at once over the pool, so their order varies.
  return { data: result, statements: statements.map(normalise).sort() };
}

let made = 0;
/** Adds people, each in another district and every third a volunteer, until there are `total`. */
async function peopleUpTo(total: number) {
  for (let count = await prisma.user.count(); count < total; count += 1) {
    made += 1;
    await createPerson({ districtId: (made % 30) + 1, roles: made % 3 === 0 ? ['VOLUNTEER'] : [] });
  }
  expect(await prisma.user.count()).toBe(total);
}

describe('statements per list query', () => {
  it('users: the same statements for 5 people and for 60', async () => {
    const USERS = `{
      users(first: 25) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { fullName email roles district { name } emailVerified } }
      }
    }`;
    await peopleUpTo(5);
    const few = await record(USERS);
    expect(few.data.users.totalCount).toBe(5);
    expect(few.data.users.edges).toHaveLength(5);

    await peopleUpTo(60);
    const many = await record(USERS);
    expect(many.data.users.totalCount).toBe(60);
    expect(many.data.users.edges).toHaveLength(25);
    expect(new Set(many.data.users.edges.map((e: { node: { district: { name: string } } }) => e.node.district.name)).size).toBeGreaterThan(5);

    expect(many.statements).toHaveLength(few.statements.length);
    expect(many.statements).toEqual(few.statements);
    expect(few.statements).toMatchSnapshot();
  });

  it('outboxMessages: the same statements for 5 messages and for 60', async () => {
    const OUTBOX = `{
      outboxMessages(first: 25) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id template toAddress subject status attempts createdAt } }
      }
    }`;
    const addMessages = async (count: number) => {
      const people = await prisma.user.findMany({ take: count, select: { id: true, email: true } });
      await prisma.outboxMessage.createMany({
        data: Array.from({ length: count }, (_, i) => ({
          template: 'rolesChanged',
          locale: 'tr' as const,
          toAddress: people[i % people.length]!.email,
          userId: people[i % people.length]!.id,
          subject: `Konu ${i}`,
          bodyText: 'Gövde',
        })),
      });
    };
    await prisma.outboxMessage.deleteMany({});
    await addMessages(5);
    const few = await record(OUTBOX);
    expect(few.data.outboxMessages.totalCount).toBe(5);

    await addMessages(55);
    const many = await record(OUTBOX);
    expect(many.data.outboxMessages.totalCount).toBe(60);
    expect(many.data.outboxMessages.edges).toHaveLength(25);

    expect(many.statements).toHaveLength(few.statements.length);
    expect(many.statements).toEqual(few.statements);
    expect(few.statements).toMatchSnapshot();
  });

  it('auditEntries: the same statements for 5 entries and for 60, each by another actor', async () => {
    const AUDIT = `{
      auditEntries(first: 25) {
        pageInfo { hasNextPage endCursor }
        edges { node { id action entityType entityId data createdAt actor { fullName roles } } }
      }
    }`;
    const addEntries = async (count: number) => {
      const actors = await prisma.user.findMany({ take: count, orderBy: { id: 'desc' }, select: { id: true } });
      await prisma.auditEntry.createMany({
        data: Array.from({ length: count }, (_, i) => ({
          actorId: actors[i % actors.length]!.id,
          action: 'role.grant',
          entityType: 'User',
          entityId: actors[i % actors.length]!.id,
          data: { role: 'VOLUNTEER' },
        })),
      });
    };
    await prisma.auditEntry.deleteMany({});
    await addEntries(5);
    const few = await record(AUDIT);
    expect(few.data.auditEntries.edges).toHaveLength(5);

    await addEntries(55);
    const many = await record(AUDIT);
    expect(many.data.auditEntries.edges).toHaveLength(25);
    expect(new Set(many.data.auditEntries.edges.map((e: { node: { actor: { fullName: string } } }) => e.node.actor.fullName)).size).toBeGreaterThan(5);

    expect(many.statements).toHaveLength(few.statements.length);
    expect(many.statements).toEqual(few.statements);
    expect(few.statements).toMatchSnapshot();
  });

  it('districts with their neighbourhoods: the same statements whatever the number of neighbourhoods', async () => {
    const DISTRICTS = `{ districts { id name neighbourhoods { id name } } }`;
    const few = await record(DISTRICTS);
    expect(few.data.districts).toHaveLength(30);

    // Give every district without neighbourhoods a few.
    const empty = few.data.districts.filter((d: { neighbourhoods: unknown[] }) => d.neighbourhoods.length === 0);
    expect(empty.length).toBeGreaterThan(0);
    await prisma.neighbourhood.createMany({
      data: empty.flatMap((d: { id: number }) => ['Merkez', 'Cumhuriyet', 'Atatürk'].map((name) => ({ districtId: d.id, name }))),
    });
    const many = await record(DISTRICTS);
    expect(many.data.districts.every((d: { neighbourhoods: unknown[] }) => d.neighbourhoods.length > 0)).toBe(true);

    expect(many.statements).toHaveLength(few.statements.length);
    expect(many.statements).toEqual(few.statements);
    expect(few.statements).toMatchSnapshot();
  });
});
