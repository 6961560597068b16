// Trips' boarding jobs: the reminder the day before, checked every five minutes.
import type { ModuleJob } from '../../jobs/define-jobs.ts';
import { sendTripReminders } from './communication.ts';

export const TRIP_REMINDER_QUEUE = 'trips-day-before-reminder';

export const boardingJobs: ModuleJob[] = [
  {
    queue: TRIP_REMINDER_QUEUE,
    schedule: '*/5 * * * *',
    handler: async () => {
      await sendTripReminders();
    },
  },
];
