import { prisma } from '@katilim/server/db/prisma';
import { OUTBOX_QUEUE, OUTBOX_SWEEP } from '@katilim/server/jobs/runner';
import { createLogger } from '@katilim/server/logger';
import { MAX_ATTEMPTS, backoffMinutes, createMailer, deliverDue, type Mailer } from '@katilim/server/modules/notifications/delivery';
import { notifyOutbox } from '@katilim/server/modules/notifications/dispatch';
import { enqueueEmail } from '@katilim/server/modules/notifications/outbox';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fireAtOnce } from '../support/concurrency.ts';
import { GraphQLClient } from '../support/graphql-client.ts';
import { clientFor, createPerson, registrationInput } from '../support/scenarios.ts';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '../support/smtp-sink.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      __typename
      ... on MutationRegisterSuccess { data { id } }
      ... on Error { code message }
    }
  }
`;
const OUTBOX = /* GraphQL */ `
  query Outbox($status: OutboxStatus, $toAddress: String) {
    outboxMessages(status: $status, toAddress: $toAddress, first: 50) {
      totalCount
      edges { node { template locale toAddress subject bodyText status attempts sentAt } }
    }
  }
`;

const silent = createLogger('silent');
const waitOptions = { timeout: 15_000, interval: 50 };

function messageIdOf(outboxId: string): string {
  return `<${outboxId}@katilim.izmir>`;
}

async function outboxRowFor(toAddress: string) {
  return prisma.outboxMessage.findFirstOrThrow({ where: { toAddress }, orderBy: { createdAt: 'desc' } });
}

/** Polls the database until the row satisfies `check` (which asserts), then returns the row. */
async function rowEventually(toAddress: string, check: (row: Awaited<ReturnType<typeof outboxRowFor>>) => void) {
  return vi.waitFor(async () => {
    const row = await outboxRowFor(toAddress);
    check(row);
    return row;
  }, waitOptions);
}

describe('with SMTP delivery', () => {
  let sink: SmtpSink;
  let server: TestServer;
  let mailer: Mailer;

  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startTestServer({ jobs: true, env: { SMTP_URL: sink.url } });
    mailer = createMailer(sink.url, server.config.MAIL_FROM);
  });
  afterAll(async () => {
    await server?.close();
    await sink?.close();
  });

  const sentTo = (address: string) => (mail: ReceivedMail) => mail.envelope.to.includes(address);
  const copiesOf = (outboxId: string) => sink.received.filter((mail) => mail.messageId === messageIdOf(outboxId)).length;

  /** Queues a delivery job on pg-boss and waits until a worker has completed it. */
  async function runDeliveryJob() {
    const boss = server.jobs!.boss;
    // The queue is 'stately': while one delivery is already queued, send() returns null.
    const jobId = await vi.waitFor(async () => {
      const id = await boss.send(OUTBOX_QUEUE, {});
      if (!id) throw new Error('a delivery job is already queued');
      return id;
    }, waitOptions);
    await vi.waitFor(async () => {
      expect((await boss.getJobById(OUTBOX_QUEUE, jobId))?.state).toBe('completed');
    }, waitOptions);
  }

  describe('a registration', () => {
    it.each([
      {
        language: 'Turkish (the default)',
        locale: undefined,
        subject: 'Katılım: e-posta adresinizi doğrulayın',
        greeting: 'Merhaba Şule,',
        signature: 'İzmir Büyükşehir Belediyesi — Katılım',
      },
      {
        language: 'English (chosen at registration)',
        locale: 'en',
        subject: 'Katılım: verify your email address',
        greeting: 'Hello Şule,',
        signature: 'İzmir Metropolitan Municipality — Katılım',
      },
    ])('in $language is mailed over SMTP at once and marked sent', async ({ locale, subject, greeting, signature }) => {
      const input = registrationInput(locale ? { locale } : {});
      const result = await new GraphQLClient(server.graphqlUrl).ok(REGISTER, { input });
      expect(result.register.__typename).toBe('MutationRegisterSuccess');

      const mail = await sink.waitFor(sentTo(input.email), 10_000);
      expect(mail.envelope).toEqual({ from: 'katilim@izmir.bel.tr', to: [input.email] });
      expect(mail.to).toBe(input.email);
      expect(mail.headers.get('from')).toBe('Katılım İzmir <katilim@izmir.bel.tr>');
      expect(mail.headers.get('x-katilim-template')).toBe('verifyEmail');
      expect(mail.subject).toBe(subject);
      expect(mail.body).toContain(greeting);
      expect(mail.body).toContain(signature);
      const link = new RegExp(`${server.url}/verify-email\\?token=[\\w-]{20,}`).exec(mail.body)?.[0];
      expect(link).toBeDefined();

      const row = await rowEventually(input.email, (r) => expect(r.status).toBe('SENT'));
      expect(row).toMatchObject({ template: 'verifyEmail', locale: locale ?? 'tr', attempts: 1, lastError: null });
      expect(row.sentAt).toBeInstanceOf(Date);
      expect(row.bodyText).toContain(link);
      expect(mail.messageId).toBe(messageIdOf(row.id));
      expect(copiesOf(row.id)).toBe(1);
    });
  });

  describe('retries', () => {
    it('puts a refused message back with a one-minute backoff, then sends it exactly once', async () => {
      const input = registrationInput();
      sink.rejectNext(1, { match: sentTo(input.email) });
      const before = Date.now();
      await new GraphQLClient(server.graphqlUrl).ok(REGISTER, { input });

      const refused = await rowEventually(input.email, (r) => expect(r).toMatchObject({ status: 'PENDING', attempts: 1 }));
      expect(refused.lastError).toMatch(/451/);
      expect(refused.sentAt).toBeNull();
      expect(refused.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + backoffMinutes(1) * 60_000);
      expect(refused.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + backoffMinutes(1) * 60_000);
      expect(sink.rejected.filter((mail) => mail.messageId === messageIdOf(refused.id))).toHaveLength(1);
      expect(copiesOf(refused.id)).toBe(0);

      // Not due for a minute: a delivery now leaves it alone.
      await runDeliveryJob();
      expect(await outboxRowFor(input.email)).toMatchObject({ status: 'PENDING', attempts: 1 });

      await prisma.outboxMessage.update({ where: { id: refused.id }, data: { nextAttemptAt: new Date() } });
      notifyOutbox();
      await sink.waitFor((mail) => mail.messageId === messageIdOf(refused.id), 10_000);
      const sent = await rowEventually(input.email, (r) => expect(r.status).toBe('SENT'));
      expect(sent).toMatchObject({ attempts: 2, lastError: null });
      expect(sent.sentAt).toBeInstanceOf(Date);

      await runDeliveryJob();
      expect(copiesOf(refused.id)).toBe(1);
      expect(await outboxRowFor(input.email)).toMatchObject({ status: 'SENT', attempts: 2 });
    });

    it(`backs off 1, 2, 4, 8, 16 minutes, marks the message FAILED after ${MAX_ATTEMPTS} attempts and stops`, async () => {
      const person = await createPerson();
      const { id } = await enqueueEmail(prisma, {
        template: 'rolesChanged',
        locale: 'tr',
        to: person.email,
        userId: person.id,
        params: { firstName: person.firstName, roles: ['VOLUNTEER'] },
      });
      sink.rejectNext(MAX_ATTEMPTS, { match: sentTo(person.email), responseCode: 450, reply: 'Mailbox unavailable' });

      const delays: number[] = [];
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
        await prisma.outboxMessage.update({ where: { id }, data: { nextAttemptAt: new Date() } });
        const tried = Date.now();
        // Usually this call makes the attempt; if the minute sweep got there first, the poll below waits for it.
        await deliverDue(mailer, silent);
        const row = await rowEventually(person.email, (r) => {
          expect(r.attempts).toBe(attempt);
          expect(r.status).not.toBe('SENDING');
        });
        expect(row.lastError).toMatch(/450/);
        expect(row.status).toBe(attempt < MAX_ATTEMPTS ? 'PENDING' : 'FAILED');
        delays.push(Math.round((row.nextAttemptAt.getTime() - tried) / 60_000));
      }
      expect(delays.slice(0, -1)).toEqual([1, 2, 4, 8, 16]);
      expect(sink.rejected.filter((mail) => mail.messageId === messageIdOf(id))).toHaveLength(MAX_ATTEMPTS);

      // Even when due, a FAILED message is never picked up again, neither by a direct call nor by the worker.
      await prisma.outboxMessage.update({ where: { id }, data: { nextAttemptAt: new Date(Date.now() - 60_000) } });
      await deliverDue(mailer, silent);
      await runDeliveryJob();
      expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'FAILED', attempts: MAX_ATTEMPTS });
      expect(sink.rejected.filter((mail) => mail.messageId === messageIdOf(id))).toHaveLength(MAX_ATTEMPTS);
      expect(copiesOf(id)).toBe(0);
    });
  });

  describe('concurrent delivery', () => {
    it('sends each message of a batch exactly once while several racers and the job worker compete', async () => {
      const people = await Promise.all(Array.from({ length: 20 }, () => createPerson()));
      const ids = await prisma.$transaction(async (tx) => {
        const created: string[] = [];
        for (const person of people) {
          const { id } = await enqueueEmail(tx, {
            template: 'rolesChanged',
            locale: 'en',
            to: person.email,
            userId: person.id,
            params: { firstName: person.firstName, roles: ['COORDINATOR'] },
          });
          created.push(id);
        }
        return created;
      });

      notifyOutbox();
      // Small batches so the racers' claims interleave with each other and with the worker's.
      const rounds = await fireAtOnce(4, async () => {
        const mine = { sent: 0, failed: 0 };
        for (let round = await deliverDue(mailer, silent, 3); round.sent + round.failed > 0; round = await deliverDue(mailer, silent, 3)) {
          mine.sent += round.sent;
          mine.failed += round.failed;
        }
        return mine;
      });
      expect(rounds.every((r) => r.failed === 0)).toBe(true);

      await vi.waitFor(async () => {
        expect(await prisma.outboxMessage.count({ where: { id: { in: ids }, status: 'SENT' } })).toBe(ids.length);
      }, waitOptions);
      await runDeliveryJob();

      expect(ids.map(copiesOf)).toEqual(ids.map(() => 1));
      const rows = await prisma.outboxMessage.findMany({ where: { id: { in: ids } } });
      expect(rows.map((r) => [r.status, r.attempts])).toEqual(ids.map(() => ['SENT', 1]));
      const bySink = sink.received.filter((mail) => ids.some((id) => mail.messageId === messageIdOf(id)));
      expect(new Set(bySink.map((mail) => mail.envelope.to[0])).size).toBe(people.length);
    });
  });

  describe('pg-boss', () => {
    it('keeps the outbox sweep schedule and its jobs in this database', async () => {
      const boss = server.jobs!.boss;
      expect(await boss.getSchedules()).toContainEqual(expect.objectContaining({ name: OUTBOX_SWEEP, cron: '* * * * *' }));
      // Modules' own schedules (modules/<m>/jobs.ts) sit beside it.
      const { rows: schedules } = await server.database.executeSql(`SELECT name, cron FROM pgboss.schedule WHERE name LIKE 'outbox%' ORDER BY name`);
      expect(schedules).toEqual([{ name: OUTBOX_SWEEP, cron: '* * * * *' }]);

      await runDeliveryJob();
      const { rows: jobs } = await server.database.executeSql(
        `SELECT count(*)::int AS completed FROM pgboss.job WHERE name = $1 AND state = 'completed'`,
        [OUTBOX_QUEUE],
      );
      expect(jobs[0]!.completed).toBeGreaterThan(0);
    });

    it('fires the minute sweep from the cron schedule', async () => {
      // Nothing in these tests queues a sweep: only the cron monitor does, through pg-boss's send-it queue.
      const completed = async (name: string) => {
        const { rows } = await server.database.executeSql(
          `SELECT data FROM pgboss.job WHERE name = $1 AND state = 'completed'`,
          [name],
        );
        return rows.map((row) => row.data);
      };
      await vi.waitFor(async () => {
        expect(await completed(OUTBOX_SWEEP)).not.toHaveLength(0);
      }, { timeout: 45_000, interval: 250 });
      expect(await completed('__pgboss__send-it')).toContainEqual(expect.objectContaining({ name: OUTBOX_SWEEP }));
    }, 50_000);
  });
});

describe('without SMTP_URL (the embedded default)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ jobs: true });
  });
  afterAll(() => server?.close());

  it('keeps mail in the outbox, unsent, with no delivery queue or schedule', async () => {
    const inputs = [registrationInput(), registrationInput({ locale: 'en' })];
    for (const input of inputs) await new GraphQLClient(server.graphqlUrl).ok(REGISTER, { input });
    notifyOutbox();

    const rows = await prisma.outboxMessage.findMany({ where: { toAddress: { in: inputs.map((i) => i.email) } } });
    expect(rows.map((r) => [r.status, r.attempts, r.sentAt])).toEqual([
      ['PENDING', 0, null],
      ['PENDING', 0, null],
    ]);
    // No outbox schedule; the modules' own jobs (modules/<m>/jobs.ts) run without a mailer.
    expect((await server.jobs!.boss.getSchedules()).map((schedule) => schedule.name).filter((name) => name.startsWith('outbox'))).toEqual([]);
    expect(await server.jobs!.boss.getQueue(OUTBOX_QUEUE)).toBeNull();
  });

  it('shows the outbox to an administrator, filtered by status and address, with counts', async () => {
    const { client: admin } = await clientFor(server.graphqlUrl, ['ADMIN']);
    const pending = registrationInput();
    const delivered = registrationInput();
    for (const input of [pending, delivered]) await new GraphQLClient(server.graphqlUrl).ok(REGISTER, { input });
    await prisma.outboxMessage.updateMany({ where: { toAddress: delivered.email }, data: { status: 'SENT', attempts: 1, sentAt: new Date() } });
    const total = await prisma.outboxMessage.count();
    const pendingTotal = await prisma.outboxMessage.count({ where: { status: 'PENDING' } });

    const all = await admin.ok(OUTBOX);
    expect(all.outboxMessages.totalCount).toBe(total);
    expect(all.outboxMessages.edges).toHaveLength(total);

    const onlyPending = await admin.ok(OUTBOX, { status: 'PENDING' });
    expect(onlyPending.outboxMessages.totalCount).toBe(pendingTotal);
    expect(onlyPending.outboxMessages.edges.every((e: { node: { status: string } }) => e.node.status === 'PENDING')).toBe(true);
    expect(onlyPending.outboxMessages.edges.map((e: { node: { toAddress: string } }) => e.node.toAddress)).toContain(pending.email);

    const sent = await admin.ok(OUTBOX, { status: 'SENT' });
    expect(sent.outboxMessages.totalCount).toBe(1);
    expect(sent.outboxMessages.edges[0].node).toMatchObject({ toAddress: delivered.email, status: 'SENT', attempts: 1 });

    const byAddress = await admin.ok(OUTBOX, { toAddress: ` ${pending.email.toUpperCase()} ` });
    expect(byAddress.outboxMessages.totalCount).toBe(1);
    const node = byAddress.outboxMessages.edges[0].node;
    expect(node).toMatchObject({ template: 'verifyEmail', locale: 'tr', subject: 'Katılım: e-posta adresinizi doğrulayın', status: 'PENDING', attempts: 0, sentAt: null });
    // Without SMTP the administrator reads the link here and passes it on.
    expect(node.bodyText).toContain(`${server.url}/verify-email?token=`);
  });

  it.each([
    ['a coordinator', ['COORDINATOR'] as const, 'FORBIDDEN'],
    ['a volunteer', ['VOLUNTEER'] as const, 'FORBIDDEN'],
  ])('refuses the outbox to %s', async (_who, roles, code) => {
    const { client } = await clientFor(server.graphqlUrl, [...roles]);
    const result = await client.request(OUTBOX);
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    expect(result.data?.outboxMessages ?? null).toBeNull();
  });

  it('refuses the outbox to someone not logged in', async () => {
    const result = await new GraphQLClient(server.graphqlUrl).request(OUTBOX);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
