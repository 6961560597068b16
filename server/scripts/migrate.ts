// pnpm migrate deploy            apply pending migrations to the configured database
// pnpm migrate dev --name <x>    write a migration for the schema change, then apply it
// pnpm migrate check             fail when schema.prisma has changes no migration holds
import { parseArgs } from 'node:util';
import { createMigration, deployMigrations, diffSchemaAgainstMigrations } from '../src/db/migrate.ts';
import { describeTarget, targetFromEnv } from '../src/db/target.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { name: { type: 'string' } } });
const command = positionals[0] ?? 'deploy';
const target = targetFromEnv(process.env);

if (command === 'deploy') {
  const applied = await deployMigrations(target);
  console.log(`${describeTarget(target)}: ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}`);
} else if (command === 'dev') {
  if (!values.name) throw new Error('migrate dev needs --name <what-changed>');
  const folder = await createMigration(values.name);
  console.log(folder ? `wrote prisma/migrations/${folder}` : 'schema.prisma matches the migrations: nothing to write');
  const applied = await deployMigrations(target);
  console.log(`${describeTarget(target)}: ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}`);
} else if (command === 'check') {
  const sql = await diffSchemaAgainstMigrations();
  if (sql.trim() && !sql.includes('empty migration')) {
    console.error('schema.prisma has changes that no migration holds:\n' + sql);
    process.exit(1);
  }
  console.log('migrations match schema.prisma');
} else {
  console.error(`unknown command ${command}: use deploy, dev --name X or check`);
  process.exit(2);
}
// The engine's connections can keep the event loop alive for a while after the work is done.
process.exit(0);
