// Offline migrations through Prisma's WebAssembly schema engine (the CLI's native engine cannot be
// downloaded here). Folders and `_prisma_migrations` rows are the standard ones, so the real
// `prisma migrate deploy` can take over wherever the native engine is available.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import * as engineGlue from '@prisma/schema-engine-wasm/schema_engine_bg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { Database } from './connection.ts';
import { migrationsDir, prismaSchemaPath, type DatabaseTarget } from './target.ts';

const OID_CHAR = 18;
const OID_TEXT = 25;

/**
 * adapter-pg cannot decode the catalog type "char" (OID 18) that the engine's introspection reads
 * (open upstream issue), so migration connections report it as text.
 */
class CatalogTolerantClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg's overloads cannot be forwarded with types
  override query(...args: any[]): any {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (super.query as (...a: any[]) => any)(...args);
    if (result && typeof result.then === 'function') {
      return result.then((res: pg.QueryResult) => {
        for (const field of res.fields ?? []) if (field.dataTypeID === OID_CHAR) field.dataTypeID = OID_TEXT;
        return res;
      });
    }
    return result;
  }
}

// Node has WebAssembly; the server's TypeScript lib (no DOM) does not declare it.
const wasm = (globalThis as unknown as {
  WebAssembly: { instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: Record<string, unknown> } }> };
}).WebAssembly;

let wasmReady: Promise<void> | undefined;

/** Node cannot import .wasm as a module: instantiate it beside its wasm-bindgen glue by hand. */
function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const glueUrl = import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = fs.readFileSync(new URL('schema_engine_bg.wasm', glueUrl));
    const { instance } = await wasm.instantiate(bytes, { './schema_engine_bg.js': engineGlue });
    engineGlue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return wasmReady;
}

type EngineHandle = { engine: SchemaEngine; close: () => Promise<void> };

async function startEngine(factory: SqlMigrationAwareDriverAdapterFactory, schema?: string): Promise<SchemaEngine> {
  const datamodels: [string, string][] | undefined = schema ? [[prismaSchemaPath, schema]] : undefined;
  const log = (line: string) => {
    if (process.env.DEBUG_MIGRATIONS) console.error('[schema-engine]', line);
  };
  await loadWasm();
  return engineGlue.SchemaEngine.new({ datamodels }, log, bindMigrationAwareSqlAdapterFactory(factory));
}

async function engineFor(target: DatabaseTarget, open?: Database): Promise<EngineHandle> {
  if (target.kind === 'pglite' && open) {
    // Embedded: reuse the open instance (an in-memory database exists only there).
    const engine = await startEngine(open.adapter);
    return { engine, close: async () => engine.free() };
  }
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: 2, Client: CatalogTolerantClient });
    // A connection lost after the migrations ran is no reason to fail: the next run reconnects.
    pool.on('error', () => {});
    const factory = new PrismaPg(pool);
    const engine = await startEngine(factory);
    return { engine, close: async () => { engine.free(); await pool.end(); } };
  }
  if (target.dataDir) fs.mkdirSync(target.dataDir, { recursive: true });
  const db = target.dataDir ? await PGlite.create(target.dataDir) : await PGlite.create();
  const engine = await startEngine(new PrismaPGlite(db));
  return { engine, close: async () => { engine.free(); await db.close(); } };
}

export function readMigrations(dir = migrationsDir): MigrationList {
  const names = fs.existsSync(dir)
    ? fs.readdirSync(dir).filter((name) => fs.existsSync(path.join(dir, name, 'migration.sql'))).sort()
    : [];
  const lockPath = path.join(dir, 'migration_lock.toml');
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8') },
      },
    })),
  };
}

const noFilters = { externalTables: [], externalEnums: [] };

/** `migrate deploy`: applies every migration not yet applied. Returns the names it applied. */
export async function deployMigrations(target: DatabaseTarget, open?: Database): Promise<string[]> {
  const { engine, close } = await engineFor(target, open);
  try {
    const result = await engine.applyMigrations({ migrationsList: readMigrations(), filters: noFilters });
    return result.appliedMigrationNames;
  } finally {
    await close();
  }
}

/**
 * The SQL that takes a database built from the committed migrations to the current schema.prisma.
 * The migrations are replayed on an in-memory PGlite shadow database, so no server is needed.
 */
export async function diffSchemaAgainstMigrations(): Promise<string> {
  const shadow = await PGlite.create();
  const schema = fs.readFileSync(prismaSchemaPath, 'utf8');
  const shadowFactory = new PrismaPGlite(shadow);
  const engine = await startEngine(shadowFactory, schema);
  try {
    const result = await engine.diff({
      from: { tag: 'migrations', ...readMigrations() },
      to: { tag: 'schemaDatamodel', files: [{ path: prismaSchemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return result.stdout ?? '';
  } finally {
    engine.free();
    await shadow.close();
  }
}

const EMPTY_DIFF = /^\s*(-- This is an empty migration\.)?\s*$/;

/** `migrate dev --name X`: writes a new migration folder when the schema changed; null when it did not. */
export async function createMigration(name: string): Promise<string | null> {
  const sql = await diffSchemaAgainstMigrations();
  if (EMPTY_DIFF.test(sql)) return null;
  const stamp = new Date().toISOString().replace(/[-:TZ.]/g, '').slice(0, 14);
  const folder = `${stamp}_${name.replace(/[^a-z0-9_]+/gi, '_').toLowerCase()}`;
  fs.mkdirSync(path.join(migrationsDir, folder), { recursive: true });
  fs.writeFileSync(path.join(migrationsDir, folder, 'migration.sql'), sql);
  return folder;
}
