// Where a request's time goes: the V8 CPU profile of this process (the servers' thread; the load
// comes from a worker thread) while a scenario runs, summed by self time per package.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

type ProfileNode = { id: number; callFrame: { functionName: string; url: string }; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/** A package name from a module URL (pnpm's store layout), or what kind of code it is otherwise. */
function ownerOf(url: string, functionName: string): string {
  const inStore = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inStore) return inStore[1]!;
  if (url.includes('/server/src/')) return 'katilim server';
  if (url.includes('/test/') || url.includes('/bench/')) return 'bench harness (floor)';
  if (url.startsWith('node:')) return 'node internals';
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (functionName === '(idle)' || functionName === '(program)') return functionName;
  return url ? 'other' : `native ${functionName || '(anonymous)'}`;
}

/** Runs `work` under the profiler; with `file`, the whole profile is kept (open it in Chrome DevTools). */
export async function profiled<T>(work: () => Promise<T>, file?: string): Promise<{ result: T; shares: [string, number][]; idle: number }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  const result = await work();
  const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
  session.disconnect();
  if (file) writeFileSync(file, JSON.stringify(profile));

  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  // Samples are counted, not weighted by their time deltas: on a shared machine a descheduled
  // process's next sample carries the whole pause. The first sample is the profiler starting.
  for (const id of profile.samples.slice(1)) {
    const node = byId.get(id)!;
    const owner = ownerOf(node.callFrame.url, node.callFrame.functionName);
    totals.set(owner, (totals.get(owner) ?? 0) + 1);
  }
  // Idle: the thread waited (for the database, mostly); the shares are of the time it was busy.
  const idle = totals.get('(idle)') ?? 0;
  totals.delete('(idle)');
  const busy = [...totals.values()].reduce((a, b) => a + b, 0);
  const shares = [...totals].map(([owner, time]): [string, number] => [owner, time / busy]).sort((a, b) => b[1] - a[1]);
  return { result, shares, idle: idle / (idle + busy) };
}
