// The council's meetings jobs (owned by the meetings slice).
import type { ModuleJob } from '../../jobs/define-jobs.ts';

export const meetingsJobs: ModuleJob[] = [];
