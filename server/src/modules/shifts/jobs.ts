// Shifts' background work on pg-boss (registered by jobs/runner.ts through the generated jobs map).
import { defineJobs } from '../../jobs/define-jobs.ts';
import { REMINDER_QUEUE, scheduleMissingReminders, sendReminder } from './reminders.ts';
import { sweepWaitlists } from './waitlist.ts';

export const WAITLIST_SWEEP_QUEUE = 'shifts-waitlist-sweep';

export const jobs = defineJobs([
  // Holds that ran out pass their places on; a missed promotion is caught up, and so are the reminders
  // of sign-ups confirmed on a server that runs no jobs.
  {
    queue: WAITLIST_SWEEP_QUEUE,
    schedule: '* * * * *',
    handler: async () => {
      await sweepWaitlists();
      await scheduleMissingReminders();
    },
  },
  { queue: REMINDER_QUEUE, pollingIntervalSeconds: 10, handler: sendReminder },
]);
