// Load generation for bench/ scripts: autocannon against a local server (loopback only).
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import autocannon from 'autocannon';

export type LoadResult = { requests: number; rps: number; p50: number; p90: number; p99: number; max: number; errors: number; non2xx: number };

export type LoadOptions = {
  url: string;
  body: string;
  headers: Record<string, string>;
  seconds: number;
  connections: number;
  /**
   * Fire from a process of its own, so the load does not share a thread with a server in this
   * process (autocannon's worker threads post every latency sample back to the main thread).
   */
  ownProcess?: boolean;
};

type AutocannonSummary = Pick<autocannon.Result, 'requests' | 'latency' | 'errors' | 'non2xx'>;

async function inOwnProcess(options: LoadOptions): Promise<AutocannonSummary> {
  const cli = createRequire(import.meta.url).resolve('autocannon/autocannon.js');
  const headers = Object.entries(options.headers).flatMap(([name, value]) => ['-H', `${name}:${value}`]);
  const args = [cli, '-j', '-c', String(options.connections), '-d', String(options.seconds), '-m', 'POST', ...headers, '-b', options.body, options.url];
  const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as AutocannonSummary;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const result: AutocannonSummary = options.ownProcess
    ? await inOwnProcess(options)
    : await autocannon({
        url: options.url,
        method: 'POST',
        headers: options.headers,
        body: options.body,
        duration: options.seconds,
        connections: options.connections,
      });
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}
