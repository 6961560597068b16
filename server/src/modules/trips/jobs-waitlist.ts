// Trips' waitlist jobs (owned by the waitlist slice).
import { z } from 'zod';
import type { ModuleJob } from '../../jobs/define-jobs.ts';
import { promoteDeparture, sweepTripWaitlists, WAITLIST_PROMOTE_QUEUE } from './waitlist.ts';

export const WAITLIST_SWEEP_QUEUE = 'trips-waitlist-sweep';

const promotion = z.object({ departureId: z.uuid() });

export const waitlistJobs: ModuleJob[] = [
  // Holds that ran out pass their seats on; a missed promotion is caught up within the minute.
  { queue: WAITLIST_SWEEP_QUEUE, schedule: '* * * * *', handler: async () => void (await sweepTripWaitlists()) },
  // One departure's free seats offered on, queued by queuePromotion.
  {
    queue: WAITLIST_PROMOTE_QUEUE,
    pollingIntervalSeconds: 5,
    handler: async (data) => {
      const job = promotion.safeParse(data);
      if (job.success) await promoteDeparture(job.data.departureId);
    },
  },
];
