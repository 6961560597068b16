// Trips' lottery jobs (owned by the lottery slice).
import type { ModuleJob } from '../../jobs/define-jobs.ts';

export const lotteryJobs: ModuleJob[] = [];
