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
      // A closed pool's sockets may still be saying goodbye: wait for them rather than have
      // FORCE terminate them mid-close (which surfaces as an error in the closing client).
      for (let waited = 0; waited < 5_000; waited += 50) {
        const { rows } = await client.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
        if (rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
