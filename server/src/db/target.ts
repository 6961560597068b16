import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the data lives: a PostgreSQL server, or embedded PGlite in a folder (or in memory). */
export type DatabaseTarget =
  | { kind: 'postgres'; url: string }
  | { kind: 'pglite'; dataDir: string | null };

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const defaultPgliteDir = path.join(repoRoot, '.data', 'pglite');
export const migrationsDir = path.join(repoRoot, 'prisma', 'migrations');
export const prismaSchemaPath = path.join(repoRoot, 'prisma', 'schema.prisma');

/** The one rule: DATABASE_URL set means PostgreSQL, unset means embedded PGlite. */
export function targetFromEnv(env: { DATABASE_URL?: string | undefined; PGLITE_DIR?: string | undefined }): DatabaseTarget {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  return { kind: 'pglite', dataDir: env.PGLITE_DIR ?? defaultPgliteDir };
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'postgres') return `PostgreSQL ${new URL(target.url).host}${new URL(target.url).pathname}`;
  return target.dataDir ? `embedded PGlite (${target.dataDir})` : 'embedded PGlite (in memory)';
}
