// The council's background work on pg-boss (registered by jobs/runner.ts through the generated jobs map).
import { defineJobs } from '../../jobs/define-jobs.ts';
import { meetingsJobs } from './jobs-meetings.ts';
import { membersJobs } from './jobs-members.ts';

export const jobs = defineJobs([...membersJobs, ...meetingsJobs]);
