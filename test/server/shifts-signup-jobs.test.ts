// Shifts' jobs on the real pg-boss runner, with no mailer configured (module jobs run regardless):
// reminders queued when a sign-up is confirmed and cancelled with it, a reminder sent through the
// outbox when due, and the waitlist sweep passing on an expired hold when its queue runs.
import { prisma } from '@katilim/server/db/prisma';
import { REMINDER_QUEUE } from '@katilim/server/modules/shifts/reminders';
import { WAITLIST_SWEEP_QUEUE } from '@katilim/server/modules/shifts/jobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createShift, createVolunteer, signUp, volunteerClient } from '../support/shifts-scenarios.ts';
import { SIGN_UP } from '../support/shifts-signup-scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ jobs: true });
});
afterAll(() => server?.close());

const HOUR = 3_600_000;
const CANCEL = `mutation($input: ShiftSignupRefInput!) { cancelShiftSignup(input: $input) { __typename } }`;

type JobRow = { id: string; name: string; state: string; start_after: Date };
const jobsOf = (ids: string[]) => prisma.$queryRaw<JobRow[]>`SELECT id::text, name, state::text, start_after FROM pgboss.job WHERE id::text = ANY(${ids})`;

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, seconds = 30): Promise<T> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('module jobs without a mailer', () => {
  it('registers every queue of the shifts module and schedules the sweep', async () => {
    const queues = await prisma.$queryRaw<{ name: string }[]>`SELECT name FROM pgboss.queue ORDER BY name`;
    expect(queues.map((q) => q.name)).toEqual(expect.arrayContaining([REMINDER_QUEUE, WAITLIST_SWEEP_QUEUE]));
    const schedules = await prisma.$queryRaw<{ name: string; cron: string }[]>`SELECT name, cron FROM pgboss.schedule`;
    expect(schedules).toEqual(expect.arrayContaining([{ name: WAITLIST_SWEEP_QUEUE, cron: '* * * * *' }]));
  });
});

describe('reminders', () => {
  it('queues the day-before and two-hour reminders on confirmation and cancels them with the sign-up', async () => {
    const shift = await createShift({ startsInHours: 72 });
    const { client } = await volunteerClient(server.graphqlUrl);
    const made = await client.ok(SIGN_UP, { input: { shiftId: shift.globalId } });
    const id = Buffer.from(made.signUpForShift.data.id, 'base64').toString().split(':')[1]!;
    const { reminderJobIds } = await prisma.shiftSignup.findUniqueOrThrow({ where: { id } });
    expect(reminderJobIds).toHaveLength(2);
    const jobs = await jobsOf(reminderJobIds);
    expect(jobs.map((j) => [j.name, j.state, j.start_after.getTime()]).sort((a, b) => Number(a[2]) - Number(b[2]))).toEqual([
      [REMINDER_QUEUE, 'created', shift.startsAt.getTime() - 24 * HOUR],
      [REMINDER_QUEUE, 'created', shift.startsAt.getTime() - 2 * HOUR],
    ]);

    await client.ok(CANCEL, { input: { signupId: made.signUpForShift.data.id } });
    expect((await prisma.shiftSignup.findUniqueOrThrow({ where: { id } })).reminderJobIds).toEqual([]);
    expect((await jobsOf(reminderJobIds)).map((j) => j.state)).toEqual(['cancelled', 'cancelled']);
  });

  it('sends a due reminder through the outbox', async () => {
    // Two hours and three seconds ahead: the two-hour reminder falls due at once, the day-before one is past.
    const shift = await createShift({ startsInHours: 2 + 3 / 3600, cutoffHours: 0 });
    const { client, person } = await volunteerClient(server.graphqlUrl);
    const made = await client.ok(SIGN_UP, { input: { shiftId: shift.globalId } });
    const id = Buffer.from(made.signUpForShift.data.id, 'base64').toString().split(':')[1]!;
    expect((await prisma.shiftSignup.findUniqueOrThrow({ where: { id } })).reminderJobIds).toHaveLength(1);
    const mails = await eventually(
      () => prisma.outboxMessage.findMany({ where: { userId: person.id, template: 'shiftReminder' } }),
      (found) => found.length > 0,
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain('iki saat sonra');
  }, 40_000);
});

describe('the waitlist sweep on the queue', () => {
  it('queues the reminders of a sign-up confirmed where no job runner ran', async () => {
    const signup = await signUp(await createShift({ startsInHours: 72 }), (await createVolunteer()).id);
    expect(signup.reminderJobIds).toEqual([]);
    await server.jobs!.boss.send(WAITLIST_SWEEP_QUEUE, {});
    const after = await eventually(
      () => prisma.shiftSignup.findUniqueOrThrow({ where: { id: signup.id } }),
      (row) => row.reminderJobIds.length > 0,
    );
    expect(after.reminderJobIds).toHaveLength(2);
  }, 40_000);

  it('passes an expired hold to the next in line when its job runs', async () => {
    const shift = await createShift({ capacity: 1, startsInHours: 100 });
    const lapsed = await prisma.shiftSignup.create({
      data: { shiftId: shift.id, userId: (await createVolunteer()).id, status: 'OFFERED', waitlistedAt: new Date(Date.now() - 5000), offeredAt: new Date(Date.now() - 13 * HOUR), holdExpiresAt: new Date(Date.now() - 1000) },
    });
    const next = await signUp(shift, (await createVolunteer()).id, 'WAITLISTED');
    await server.jobs!.boss.send(WAITLIST_SWEEP_QUEUE, {});
    const after = await eventually(
      () => prisma.shiftSignup.findUniqueOrThrow({ where: { id: next.id } }),
      (row) => row.status === 'OFFERED',
    );
    expect(after.status).toBe('OFFERED');
    expect((await prisma.shiftSignup.findUniqueOrThrow({ where: { id: lapsed.id } })).status).toBe('EXPIRED');
  }, 40_000);
});
