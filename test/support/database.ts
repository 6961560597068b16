// Each test file gets a database of its own: a fresh PostgreSQL database when DATABASE_URL points
// at a server (CI), an in-memory PGlite otherwise. Created, migrated and dropped by the harness.
import { randomBytes } from 'node:crypto';
import type { DatabaseTarget } from '@katilim/server/db/target';
import pg from 'pg';

export type TestDatabase = { target: DatabaseTarget; drop: () => Promise<void> };

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return { target: { kind: 'pglite', dataDir: null }, drop: async () => {} };

  const name = `katilim_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    target: { kind: 'postgres', url: url.toString() },
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
