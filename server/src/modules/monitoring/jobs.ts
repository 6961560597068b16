// The monitoring's background work on pg-boss:
// - the monthly report: daily at 00:30 in İzmir (21:30 UTC), doing its work only when the month just
//   ended has no report or no mail yet, so the 1st makes the report, and a day the server was down is
//   made up the next night;
// - every 5 minutes, the ranges asked for lately are read again into their snapshots (snapshots.ts),
//   one after another so as not to crowd the database.
import { defineJobs } from '../../jobs/define-jobs.ts';
import { liveRowsFor } from './figures.ts';
import { runMonthlyReport } from './report.ts';
import { rangesToRefresh, storeSnapshot } from './snapshots.ts';

export const MONTHLY_REPORT_QUEUE = 'monitoring-monthly-report';
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

export const jobs = defineJobs([
  { queue: MONTHLY_REPORT_QUEUE, schedule: '30 21 * * *', handler: async () => void (await runMonthlyReport()) },
  { queue: REFRESH_QUEUE, schedule: '*/5 * * * *', handler: async () => void (await refreshSnapshots()) },
]);
