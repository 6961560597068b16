// What a module's jobs.ts is made of: the pg-boss queues it works on, each with an optional cron
// schedule and the handler of one job. `pnpm generate` collects every module's `jobs` into
// generated/jobs-map.ts, and jobs/runner.ts registers them all, whether or not mail is delivered.
export type ModuleJob = {
  /** The pg-boss queue name; prefix it with the module's name. */
  queue: string;
  /** A cron expression (UTC): pg-boss queues one job at each tick, once across all servers. */
  schedule?: string;
  /** Seconds between polls for new jobs (default 5). */
  pollingIntervalSeconds?: number;
  handler: (data: unknown, job: { id: string }) => Promise<void>;
};

export function defineJobs(jobs: readonly ModuleJob[]): readonly ModuleJob[] {
  return jobs;
}
