// The coordinators' month calendar of shifts: 2,000 shifts and 20,000 sign-ups, through the GraphQL
// API (one query, a fixed number of SQL statements) against the floor — the same data by one
// hand-written SQL statement through `pg` behind a bare node:http server (test/support/shift-calendar-floor.ts).
// Prints latency (p50/p99), throughput and the ratio. Part of `pnpm bench` (bench/run.ts).
//   DATABASE_URL=postgres://… pnpm --filter @katilim/test exec tsx ../bench/shift-calendar.ts
//   BENCH_SECONDS=5 BENCH_CONNECTIONS=10 BENCH_SHIFTS=2000 BENCH_SIGNUPS_PER_SHIFT=10
import { deepStrictEqual } from 'node:assert/strict';

// The server runs with its production settings: NODE_ENV is read when the schema is first imported.
process.env.NODE_ENV = 'production';
const { runLoad } = await import('../test/support/load.ts');
const { clientFor, cookieHeader } = await import('../test/support/scenarios.ts');
const { monthAhead, seedShiftMonth, SHIFT_CALENDAR_QUERY, startShiftCalendarFloor } = await import('../test/support/shift-calendar-floor.ts');
const { startTestServer } = await import('../test/support/test-server.ts');
const { profiled } = await import('./profile.ts');

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const shifts = Number(process.env.BENCH_SHIFTS ?? 2000);
const perShift = Number(process.env.BENCH_SIGNUPS_PER_SHIFT ?? 10);
const poolSize = 10;
const TARGET_RATIO = 2;
// BENCH_PROFILE=1: where the server's CPU time went during the GraphQL measurement (see profile.ts).
const profile = process.env.BENCH_PROFILE === '1' || Boolean(process.env.BENCH_PROFILE_DIR);
const profileDir = process.env.BENCH_PROFILE_DIR;

const server = await startTestServer({ env: { NODE_ENV: 'production' }, poolSize });
if (server.database.target.kind !== 'postgres') {
  console.log('The floor needs PostgreSQL: set DATABASE_URL=postgres://…');
  await server.close();
  process.exit(1);
}
let floor: Awaited<ReturnType<typeof startShiftCalendarFloor>> | undefined;
let failed = false;
try {
  const range = monthAhead();
  const started = Date.now();
  const seeded = await seedShiftMonth(server.database.target.url, range, shifts, perShift);
  await server.database.executeSql('ANALYZE');
  console.log(`seeded ${seeded.shifts} shifts and ${seeded.signups} sign-ups over ${range.from}…${range.to} in ${Date.now() - started} ms`);

  floor = await startShiftCalendarFloor(server.database.target.url, poolSize);
  const coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
  const headers = { 'content-type': 'application/json', cookie: cookieHeader(coordinator) };
  const body = JSON.stringify({ query: SHIFT_CALENDAR_QUERY, variables: range });
  // Both must answer the same data before they are timed.
  const expected = await coordinator.ok(SHIFT_CALENDAR_QUERY, range);
  const bare = (await (await fetch(floor.url, { method: 'POST', headers, body })).json()) as { data: unknown };
  deepStrictEqual(bare.data, JSON.parse(JSON.stringify(expected)), 'the floor answers other data than GraphQL');

  const timed = async () => {
    const begun = performance.now();
    await coordinator.ok(SHIFT_CALENDAR_QUERY, range);
    return performance.now() - begun;
  };
  const samples: number[] = [];
  for (let i = 0; i < 7; i += 1) samples.push(await timed());
  const single = samples.sort((a, b) => a - b)[3]!;
  const load = () => runLoad({ url: server.graphqlUrl, headers, body, seconds, connections, ownProcess: true });
  const { result: graphql, shares, idle } = profile ? await profiled(load, profileDir && `${profileDir}/shift-calendar.cpuprofile`) : { result: await load(), shares: [], idle: 0 };
  const floorLoad = await runLoad({ url: floor.url, headers, body, seconds, connections, ownProcess: true });
  const ratio = floorLoad.rps / graphql.rps;
  const fmt = (r: { rps: number; p50: number; p99: number }) => [r.rps.toFixed(1).padStart(7), String(r.p50).padStart(6), String(r.p99).padStart(6)].join(' ');
  console.log(`\n${seconds} s per measurement, ${connections} connections, pool of ${poolSize}, NODE_ENV=production; ratio = floor req/s ÷ GraphQL req/s (target ≤ ${TARGET_RATIO})`);
  console.log(''.padEnd(40), 'GraphQL'.padEnd(22), 'floor (pg + node:http)');
  console.log('page'.padEnd(40), '  req/s p50 ms p99 ms'.padEnd(22), '  req/s p50 ms p99 ms'.padEnd(22), ' ratio');
  console.log(
    `shift calendar: ${expected.shiftCalendar.length} shifts in a month`.padEnd(40),
    fmt(graphql).padEnd(22),
    fmt(floorLoad).padEnd(22),
    `${ratio.toFixed(1).padStart(5)}×${ratio > TARGET_RATIO ? '  over target' : ''}`,
  );
  console.log(`one request alone (median of 7): ${single.toFixed(0)} ms through GraphQL`);
  if (shares.length) {
    const top = shares.filter(([, share]) => share >= 0.02).map(([owner, share]) => `${owner} ${(share * 100).toFixed(0)}%`);
    console.log(`    GraphQL server: idle ${(idle * 100).toFixed(0)}% of samples; busy time: ${top.join(', ')}`);
  }
  const errors = graphql.errors + graphql.non2xx + floorLoad.errors + floorLoad.non2xx;
  if (errors) {
    console.log(`shift calendar: ${errors} failed requests`);
    failed = true;
  }
} finally {
  await floor?.close();
  await server.close();
}
process.exit(failed ? 1 : 0);

