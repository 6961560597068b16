// Load generation for bench/ scripts: autocannon against a local server (loopback only).
import autocannon from 'autocannon';

export type LoadResult = { requests: number; rps: number; p50: number; p90: number; p99: number; max: number; errors: number; non2xx: number };

export async function runLoad(options: { url: string; body: string; headers: Record<string, string>; seconds: number; connections: number }): Promise<LoadResult> {
  const result = await autocannon({
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
