// Trips' boarding jobs (owned by the boarding slice).
import type { ModuleJob } from '../../jobs/define-jobs.ts';

export const boardingJobs: ModuleJob[] = [];
