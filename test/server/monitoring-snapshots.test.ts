// The monitoring's snapshots on the real pg-boss runner: the refresh is scheduled every 5 minutes; a
// range asked for is read by the job into a snapshot that gives the same figures as a live read, the
// dashboard answers from it while it is at most 15 minutes old (a sign-up made since is not counted),
// and reads live again past that.
import { prisma } from '@katilim/server/db/prisma';
import { figuresFor, type Figures } from '@katilim/server/modules/monitoring/figures';
import { REFRESH_QUEUE } from '@katilim/server/modules/monitoring/jobs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPerson } from '../support/scenarios.ts';
import { createShift } from '../support/shifts-scenarios.ts';
import { runJob } from '../support/job-runs.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ jobs: true });
});
afterAll(() => server?.close());
afterEach(() => void vi.useRealTimers());


const runRefresh = () => runJob(server, REFRESH_QUEUE);

const filled = (figures: Figures) => figures.programmes.flatMap((p) => p.metrics).find((m) => m.key === 'shiftPlacesFilled')!.value;

describe('the monitoring snapshots', () => {
  it('are refreshed every 5 minutes', async () => {
    const schedules = await prisma.$queryRaw<{ name: string; cron: string }[]>`SELECT name, cron FROM pgboss.schedule`;
    expect(schedules).toEqual(expect.arrayContaining([{ name: REFRESH_QUEUE, cron: '*/5 * * * *' }]));
  });

  it('give the figures read live, are used while at most 15 minutes old, and are left aside after', async () => {
    const range = { from: '2026-03', to: '2026-03' };
    const shift = await createShift({ capacity: 10 });
    const at = new Date('2026-03-10T09:00:00Z');
    await prisma.shift.update({ where: { id: shift.id }, data: { startsAt: at, endsAt: new Date(at.getTime() + 3 * 3_600_000), signupClosesAt: new Date(at.getTime() - 3_600_000) } });
    const signUp = async () => prisma.shiftSignup.create({ data: { shiftId: shift.id, userId: (await createPerson({ districtId: 3, birthDate: '1990-05-05', gender: 'WOMAN' })).id, status: 'CONFIRMED' } });
    await signUp();

    // Asked for: read live (no snapshot yet), and the range is recorded for the job.
    const live = await figuresFor(range, null);
    expect(filled(live)).toBe(1);
    expect(await prisma.monitoringSnapshot.findUnique({ where: { fromMonth_toMonth: { fromMonth: '2026-03', toMonth: '2026-03' } } })).toMatchObject({ rows: null });

    await runRefresh();
    const snapshot = await prisma.monitoringSnapshot.findUniqueOrThrow({ where: { fromMonth_toMonth: { fromMonth: '2026-03', toMonth: '2026-03' } } });
    expect(snapshot.computedAt).not.toBeNull();
    expect(await figuresFor(range, null)).toEqual(live);

    // A sign-up since: the snapshot still answers while fresh…
    await signUp();
    expect(filled(await figuresFor(range, null))).toBe(1);
    // …and past 15 minutes the rows are read again (only Date is moved; pg-boss's timers run as they are).
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date(snapshot.computedAt!.getTime() + 15 * 60_000 + 1_000));
    expect(filled(await figuresFor(range, null))).toBe(2);
    await runRefresh();
    expect(filled(await figuresFor(range, null))).toBe(2);
  });
});
