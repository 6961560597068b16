// Trips' background work on pg-boss (registered by jobs/runner.ts through the generated jobs map).
import { defineJobs } from '../../jobs/define-jobs.ts';
import { boardingJobs } from './jobs-boarding.ts';
import { lotteryJobs } from './jobs-lottery.ts';
import { waitlistJobs } from './jobs-waitlist.ts';

export const jobs = defineJobs([...lotteryJobs, ...waitlistJobs, ...boardingJobs]);
