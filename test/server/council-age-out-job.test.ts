// Ageing out on the real pg-boss runner: the daily schedule is registered, and a run of its queue
// with the clock set forward (past a child's 18th birthday) marks the child LEFT and tells the
// guardian and the facilitator, once.
import { prisma } from '@katilim/server/db/prisma';
import { AGE_OUT_QUEUE } from '@katilim/server/modules/council/jobs-members';
import { addDays, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createChild, createCouncilTerm, facilitatorOf } from '../support/council-scenarios.ts';
import { runJob } from '../support/job-runs.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ jobs: true });
});
afterAll(() => server?.close());
afterEach(() => void vi.useRealTimers());


const runAgeOut = () => runJob(server, AGE_OUT_QUEUE);

describe('the age-out job', () => {
  it('is scheduled daily at 00:05 in İzmir (21:05 UTC)', async () => {
    const schedules = await prisma.$queryRaw<{ name: string; cron: string }[]>`SELECT name, cron FROM pgboss.schedule`;
    expect(schedules).toEqual(expect.arrayContaining([{ name: AGE_OUT_QUEUE, cron: '5 21 * * *' }]));
  });

  it('run from its queue with the clock ten days on, ages out the child who turned 18 meanwhile, and mails once', async () => {
    const { committees } = await createCouncilTerm({ committees: ['Doğa'], maxAge: 17 });
    const committee = committees[0]!;
    const runner = await facilitatorOf(server.graphqlUrl, committee);
    const today = todayInIstanbul();
    const eighteenIn = (days: number) => `${Number(addDays(today, days).slice(0, 4)) - 18}${addDays(today, days).slice(4)}`;
    const child = await createChild({ committee, birthDate: eighteenIn(5) });
    const younger = await createChild({ committee, birthDate: eighteenIn(20) });
    const status = async () => (await prisma.councilMember.findMany({ where: { id: { in: [child.id, younger.id] } }, orderBy: { birthDate: 'asc' } })).map((row) => row.status);
    const mails = () => prisma.outboxMessage.findMany({ where: { template: { in: ['councilAgedOutGuardian', 'councilAgedOutFacilitator'] }, toAddress: { in: [child.guardian.email!, runner.person.email] } } });

    // Today the queue leaves both alone.
    await runAgeOut();
    expect(await status()).toEqual(['ACTIVE', 'ACTIVE']);

    // Ten days on (only Date is moved; pg-boss's timers run as they are).
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date(Date.now() + 10 * 86_400_000));
    await runAgeOut();
    expect(await status()).toEqual(['LEFT', 'ACTIVE']);
    expect((await prisma.councilMember.findUniqueOrThrow({ where: { id: child.id } })).leftReason).toBe('AGED_OUT');
    expect((await mails()).map((mail) => mail.template).sort()).toEqual(['councilAgedOutFacilitator', 'councilAgedOutGuardian']);

    // A second run the same day changes nothing and queues no second mail.
    await runAgeOut();
    expect(await status()).toEqual(['LEFT', 'ACTIVE']);
    expect(await mails()).toHaveLength(2);
  });
});
