// Background work on pg-boss: a Postgres-backed queue, so every server shares it and it survives
// restarts. Its SQL goes through our own connection (PGlite or the pg pool) via `db.executeSql`.
import PgBoss from 'pg-boss';
import type { Database } from '../db/connection.ts';
import type { Logger } from '../logger.ts';
import { moduleJobs } from '../generated/jobs-map.ts';
import { deliverDue, type Mailer } from '../modules/notifications/delivery.ts';
import { setOutboxTrigger } from '../modules/notifications/dispatch.ts';
import { setJobQueue } from './queue.ts';

export const OUTBOX_QUEUE = 'outbox-deliver';
export const OUTBOX_SWEEP = 'outbox-sweep';

export type JobRunner = { boss: PgBoss; stop: () => Promise<void> };

export async function startJobs(database: Database, log: Logger, mailer: Mailer | null): Promise<JobRunner> {
  const boss = new PgBoss({
    db: { executeSql: (text, values) => database.executeSql(text, values) },
    schema: 'pgboss',
    // The embedded database is one connection: keep polling and monitoring gentle.
    monitorStateIntervalSeconds: 60,
    // pg-boss skips a cron check that comes less than this interval after the last one, and its own
    // timer lands just short, so the default 30 s really meant 60 s: the minute sweep then slipped a
    // whole minute now and then, and the first one came a minute after start-up.
    cronMonitorIntervalSeconds: 10,
  });
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
  await boss.start();

  // Every module's jobs (modules/<m>/jobs.ts), with or without a mailer: their mail waits in the outbox.
  for (const job of moduleJobs) {
    await boss.createQueue(job.queue, { name: job.queue });
    await boss.work(job.queue, { pollingIntervalSeconds: job.pollingIntervalSeconds ?? 5 }, async (batch) => {
      for (const one of batch) await job.handler(one.data, { id: one.id });
    });
    if (job.schedule) await boss.schedule(job.queue, job.schedule);
  }
  setJobQueue({
    send: (queue, data, options) => boss.send(queue, data, options?.startAfter ? { startAfter: options.startAfter } : {}),
    cancel: async (queue, ids) => {
      if (ids.length) await boss.cancel(queue, ids);
    },
  });

  if (mailer) {
    // 'stately': at most one queued and one running delivery; extra triggers are dropped.
    await boss.createQueue(OUTBOX_QUEUE, { name: OUTBOX_QUEUE, policy: 'stately' });
    await boss.createQueue(OUTBOX_SWEEP, { name: OUTBOX_SWEEP, policy: 'stately' });
    const deliver = async () => {
      let round: { sent: number; failed: number };
      do {
        round = await deliverDue(mailer, log);
        if (round.sent || round.failed) log.info(round, 'outbox delivery round');
      } while (round.sent + round.failed > 0 && round.failed === 0);
    };
    const worker = await boss.work(OUTBOX_QUEUE, { pollingIntervalSeconds: 1 }, deliver);
    // The cron queues one sweep a minute; with a 30 s poll it then waited up to half a minute more.
    await boss.work(OUTBOX_SWEEP, { pollingIntervalSeconds: 5 }, deliver);
    // Retries with backoff become due over time: sweep every minute.
    await boss.schedule(OUTBOX_SWEEP, '* * * * *');
    setOutboxTrigger(() => {
      boss
        .send(OUTBOX_QUEUE, {})
        // Wake the local worker now rather than at its next poll.
        .then(() => boss.notifyWorker(worker))
        .catch((error: unknown) => log.error({ err: error }, 'could not queue outbox delivery'));
    });
    boss.send(OUTBOX_QUEUE, {}).catch(() => {});
  }

  return {
    boss,
    stop: async () => {
      setOutboxTrigger(() => {});
      setJobQueue(null);
      // Running handlers finish first (pg-boss' default bound): with a shorter one, a handler slowed
      // by a busy machine outlived the stop and reported to a database already closed.
      await boss.stop({ graceful: true, timeout: 30_000, close: false });
    },
  };
}
