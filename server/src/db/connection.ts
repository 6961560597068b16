import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { DatabaseTarget } from './target.ts';

/** Runs one SQL statement with parameters; what pg-boss and raw helpers need. */
export type SqlExecutor = (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

/** An open database: a Prisma driver-adapter factory plus a raw executor on the same data. */
export type Database = {
  target: DatabaseTarget;
  adapter: SqlMigrationAwareDriverAdapterFactory;
  executeSql: SqlExecutor;
  close: () => Promise<void>;
};

/**
 * A dropped connection (database restart, failover, an administrator's command) must not crash
 * the process: pg reports it as an 'error' event, which is fatal when nobody listens.
 */
function reportConnectionError(onError: ((error: Error) => void) | undefined) {
  return (error: Error) => {
    if (onError) onError(error);
    else if ((error as { code?: string }).code !== '57P01') console.error('database connection error:', error.message);
  };
}

export async function openDatabase(
  target: DatabaseTarget,
  options: { poolSize?: number; onConnectionError?: (error: Error) => void } = {},
): Promise<Database> {
  if (target.kind === 'postgres') {
    // Without JIT: the statements big enough to trigger it (the monitoring's reads of a year) spent
    // longer compiling than running (a second for the trips' figures); the rest never reach it.
    const pool = new pg.Pool({ connectionString: target.url, max: options.poolSize ?? 10, options: '-c jit=off' });
    const onError = reportConnectionError(options.onConnectionError);
    pool.on('error', onError);
    return {
      target,
      adapter: new PrismaPg(pool, { onPoolError: onError, onConnectionError: onError }),
      executeSql: async (text, values) => {
        const result = await pool.query(text, values as unknown[]);
        return { rows: result.rows };
      },
      close: () => pool.end(),
    };
  }
  if (target.dataDir) fs.mkdirSync(target.dataDir, { recursive: true });
  const pglite = target.dataDir ? await PGlite.create(target.dataDir) : await PGlite.create();
  return {
    target,
    adapter: new PrismaPGlite(pglite),
    executeSql: async (text, values) => {
      // PGlite's query() takes one statement; pg-boss sends multi-statement DDL without parameters.
      if (!values || values.length === 0) {
        const results = await pglite.exec(text);
        return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
      }
      const result = await pglite.query(text, values);
      return { rows: result.rows as Record<string, unknown>[] };
    },
    close: () => pglite.close(),
  };
}
