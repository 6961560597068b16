// Start-up: check configuration, migrate, seed the embedded demo, start jobs, serve one port.
import type { Server } from 'node:http';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './db/connection.ts';
import { deployMigrations } from './db/migrate.ts';
import { connectPrisma, disconnectPrisma, prisma } from './db/prisma.ts';
import { describeTarget, targetFromEnv } from './db/target.ts';
import { createApp } from './http/app.ts';
import { startJobs } from './jobs/runner.ts';
import { createLogger } from './logger.ts';
import { accountsSettingsOf, configureAccounts } from './modules/accounts/service.ts';
import { createMailer } from './modules/notifications/delivery.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './seed/demo.ts';
import { seedReference } from './seed/reference.ts';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const log = createLogger(config.LOG_LEVEL);
const target = targetFromEnv(config);
log.info({ database: describeTarget(target) }, 'opening database');
const database = await openDatabase(target, {
  poolSize: config.DATABASE_POOL_SIZE,
  onConnectionError: (error) => log.warn({ err: error }, 'database connection lost; the pool reconnects'),
});
const applied = await deployMigrations(target, database);
if (applied.length) log.info({ applied }, 'migrations applied');
connectPrisma(database);
configureAccounts(accountsSettingsOf(config));

await seedReference();
// The embedded database is the demo: seed it unless told otherwise. A server database only on SEED=true.
const seedDemoData = config.SEED ?? target.kind === 'pglite';
if (seedDemoData) await seedDemo();

const mailer = config.SMTP_URL ? createMailer(config.SMTP_URL, config.MAIL_FROM) : null;
const jobs = config.JOBS ? await startJobs(database, log, mailer) : null;
const { app, stop } = await createApp({ config, log });

const server: Server = app.listen(config.PORT, config.HOST, () => {
  const people = prisma.user.count();
  people.then((count) => {
    const lines = [
      '',
      `  Katılım is running at ${config.publicUrl}`,
      `  Database: ${describeTarget(target)} (${count} people)`,
      `  Mail: ${mailer ? 'SMTP delivery on' : 'no SMTP_URL — messages are kept in the outbox (Admin → Outbox)'}`,
    ];
    if (seedDemoData) {
      lines.push(`  Demo logins (password for all: ${DEMO_PASSWORD}):`);
      for (const account of DEMO_ACCOUNTS) lines.push(`    ${account.roles.join(', ').padEnd(12)} ${account.email}`);
    }
    console.log(`${lines.join('\n')}\n`);
  });
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  // Whatever still hangs after 10 s (a stuck request, a slow job) does not keep the process alive.
  setTimeout(() => process.exit(1), 10_000).unref();
  server.close();
  server.closeIdleConnections();
  for (const [name, step] of [
    ['graphql', stop],
    ['jobs', async () => jobs?.stop()],
    ['prisma', disconnectPrisma],
    ['database', () => database.close()],
  ] as const) {
    const started = Date.now();
    await step();
    log.debug({ step: name, ms: Date.now() - started }, 'stopped');
  }
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
