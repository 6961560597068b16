// The monitoring's background work on pg-boss: every 5 minutes, the ranges asked for lately are read
// again into their snapshots (snapshots.ts), one after another so as not to crowd the database.
import { defineJobs } from '../../jobs/define-jobs.ts';
import { liveRowsFor } from './figures.ts';
import { rangesToRefresh, storeSnapshot } from './snapshots.ts';

export const REFRESH_QUEUE = 'monitoring-refresh';

/** Reads every range asked for lately again; gives how many. */
export async function refreshSnapshots(): Promise<number> {
  const ranges = await rangesToRefresh();
  for (const range of ranges) {
    const started = new Date();
    await storeSnapshot(range, await liveRowsFor(range), started);
  }
  return ranges.length;
}

export const jobs = defineJobs([{ queue: REFRESH_QUEUE, schedule: '*/5 * * * *', handler: async () => void (await refreshSnapshots()) }]);
