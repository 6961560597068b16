// Running a module's pg-boss job for real in a test: send it to its queue on the test server's runner
// and wait until the runner has completed it; move only Date, so pg-boss's own timers run as they are.
import { prisma } from '@katilim/server/db/prisma';
import { expect, vi } from 'vitest';
import type { TestServer } from './test-server.ts';

/** Reads until `done` says so, or `seconds` pass; gives the last value read. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, seconds = 30): Promise<T> {
  const until = performance.now() + seconds * 1000;
  for (;;) {
    const value = await read();
    if (done(value) || performance.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Sends a job to `queue` and waits until the runner has completed it (a failed job fails the test). */
export async function runJob(server: TestServer, queue: string, seconds = 30): Promise<void> {
  const id = await server.jobs!.boss.send(queue, {});
  const state = () => prisma.$queryRaw<{ state: string }[]>`SELECT state::text FROM pgboss.job WHERE id::text = ${id}`;
  expect((await eventually(state, (rows) => rows[0]?.state === 'completed' || rows[0]?.state === 'failed', seconds))[0]?.state).toBe('completed');
}

/** Only Date moves, and goes on from there. */
export function setClock(at: string | Date): void {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  vi.setSystemTime(new Date(at));
}
