// Trips' lottery jobs: entries close when a lottery departure's registration window ends.
import type { ModuleJob } from '../../jobs/define-jobs.ts';
import { closeDueEntries } from './lottery.ts';

export const CLOSE_ENTRIES_QUEUE = 'trips-close-entries';

export const lotteryJobs: ModuleJob[] = [
  {
    queue: CLOSE_ENTRIES_QUEUE,
    schedule: '* * * * *',
    handler: async () => {
      await closeDueEntries();
    },
  },
];
