// The council's members jobs (owned by the members slice).
import type { ModuleJob } from '../../jobs/define-jobs.ts';

export const membersJobs: ModuleJob[] = [];
