// The council's members jobs (owned by the members slice): ageing out, once a day.
import type { ModuleJob } from '../../jobs/define-jobs.ts';
import { ageOutMembers } from './age-out.ts';

export const AGE_OUT_QUEUE = 'council-age-out';

export const membersJobs: ModuleJob[] = [
  // 00:05 in İzmir (21:05 UTC): the day's birthdays are reached just after midnight, not at 03:00.
  { queue: AGE_OUT_QUEUE, schedule: '5 21 * * *', handler: async () => void (await ageOutMembers()) },
];
