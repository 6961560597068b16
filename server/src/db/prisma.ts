import { PrismaClient } from '../generated/prisma/client.ts';
import type { Database } from './connection.ts';

export type Prisma = PrismaClient;
export type { Prisma as PrismaNamespace } from '../generated/prisma/client.ts';

/** A transaction client or the root client: services accept either so they can be composed. */
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

/** A statement as sent, and its parameters (Prisma's JSON array of them). */
type QueryListener = (sql: string, params: string) => void;
const queryListeners = new Set<QueryListener>();

/** Lets tests record the SQL a request sends (statement snapshots). */
export function onQuery(listener: QueryListener): () => void {
  queryListeners.add(listener);
  return () => queryListeners.delete(listener);
}

let current: PrismaClient | undefined;

export function connectPrisma(database: Database): PrismaClient {
  const client = new PrismaClient({ adapter: database.adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (event) => {
    for (const listener of queryListeners) listener(event.query, event.params);
  });
  current = client;
  return client;
}

export async function disconnectPrisma(): Promise<void> {
  await current?.$disconnect();
  current = undefined;
}

function client(): PrismaClient {
  if (!current) throw new Error('The database is not connected: call connectPrisma() at start-up');
  return current;
}

/**
 * The process-wide Prisma client. Modules import it rather than receiving it through the GraphQL
 * context; it is bound at start-up (one per process, or one per test file).
 */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const value = Reflect.get(client(), property);
    return typeof value === 'function' ? value.bind(client()) : value;
  },
  has(_target, property) {
    return Reflect.has(client(), property);
  },
});
