// The job queue as services see it: send a job for later, cancel jobs. Bound by the runner at
// start-up; null where no runner runs (JOBS=false), and services then schedule nothing.
export type JobQueue = {
  send: (queue: string, data: object, options?: { startAfter?: Date }) => Promise<string | null>;
  cancel: (queue: string, ids: string[]) => Promise<void>;
};

let current: JobQueue | null = null;

export function setJobQueue(queue: JobQueue | null): void {
  current = queue;
}

export function jobQueue(): JobQueue | null {
  return current;
}
