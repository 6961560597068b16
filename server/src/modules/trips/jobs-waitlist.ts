// Trips' waitlist jobs (owned by the waitlist slice).
import type { ModuleJob } from '../../jobs/define-jobs.ts';
import { promoteDeparture, sweepTripWaitlists } from './waitlist.ts';

export const WAITLIST_SWEEP_QUEUE = 'trips-waitlist-sweep';
/** One departure's free seats offered on, queued by a change made outside a locked transaction. */
export const WAITLIST_PROMOTE_QUEUE = 'trips-waitlist-promote';

export const waitlistJobs: ModuleJob[] = [
  // Holds that ran out pass their seats on; a missed promotion is caught up within the minute.
  { queue: WAITLIST_SWEEP_QUEUE, schedule: '* * * * *', handler: async () => void (await sweepTripWaitlists()) },
  {
    queue: WAITLIST_PROMOTE_QUEUE,
    pollingIntervalSeconds: 5,
    handler: async (data) => {
      const departureId = (data as { departureId?: unknown } | null)?.departureId;
      if (typeof departureId === 'string') await promoteDeparture(departureId);
    },
  },
];
