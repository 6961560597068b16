// Starts the real application for one test file: its own database, migrations, reference data,
// Express + Apollo on a random port. Tests talk to it over real HTTP.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig, type Config } from '@katilim/server/config';
import { openDatabase, type Database } from '@katilim/server/db/connection';
import { deployMigrations } from '@katilim/server/db/migrate';
import { connectPrisma, disconnectPrisma } from '@katilim/server/db/prisma';
import { createApp } from '@katilim/server/http/app';
import { startJobs, type JobRunner } from '@katilim/server/jobs/runner';
import { createLogger } from '@katilim/server/logger';
import { accountsSettingsOf, configureAccounts } from '@katilim/server/modules/accounts/service';
import { createMailer } from '@katilim/server/modules/notifications/delivery';
import { seedReference } from '@katilim/server/seed/reference';
import type { PrismaClient } from '@katilim/server/generated/prisma/client';
import { createTestDatabase } from './database.ts';

export type TestServer = {
  url: string;
  graphqlUrl: string;
  config: Config;
  database: Database;
  prisma: PrismaClient;
  jobs: JobRunner | null;
  close: () => Promise<void>;
};

export type TestServerOptions = {
  env?: Record<string, string>;
  /** Start the pg-boss job runner (and SMTP delivery when SMTP_URL is in env). */
  jobs?: boolean;
  /** Serve the built client from client/dist (end-to-end tests). */
  client?: boolean;
  /** Connections in the server's pool (20 by default; benchmarks use the production default, 10). */
  poolSize?: number;
};

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const testDb = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    PORT: '0',
    JOBS: options.jobs ? 'true' : 'false',
    ...(options.client ? {} : { CLIENT_DIST: '/nonexistent' }),
    ...options.env,
  });
  const log = createLogger(config.LOG_LEVEL);
  const database = await openDatabase(testDb.target, { poolSize: options.poolSize ?? 20 });
  await deployMigrations(testDb.target, database);
  const prisma = connectPrisma(database);
  await seedReference();

  let baseUrl = '';

  const mailer = config.SMTP_URL ? createMailer(config.SMTP_URL, config.MAIL_FROM) : null;
  const jobs = options.jobs ? await startJobs(database, log, mailer) : null;
  const { app, stop } = await createApp({ config, log });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  // Idle connections are closed by the client (fetch, after 4 s), never by the server: otherwise a
  // burst of requests after a quiet spell can reuse a socket the server is closing (ECONNRESET).
  server.keepAliveTimeout = 0;
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  configureAccounts(accountsSettingsOf(config, baseUrl));

  return {
    url: baseUrl,
    graphqlUrl: `${baseUrl}/graphql`,
    config: { ...config, publicUrl: baseUrl },
    database,
    prisma,
    jobs,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await stop();
      await jobs?.stop();
      await disconnectPrisma();
      await database.close();
      await testDb.drop();
    },
  };
}
