// The trips registration rush (issue 9): BENCH_RUSH_PEOPLE women (2,000) register through real HTTP
// with production settings and a pool of 10 for one FIRST_COME departure of BENCH_RUSH_SEATS seats
// (45), their requests arriving spread evenly over BENCH_RUSH_WINDOW_MS (5,000: "within 5 seconds";
// 0 fires them all at the same instant, which past ~500 overflows the listen backlog). Prints registrations per second, latency
// (p50/p95/p99) and the ratio to a bare `{ __typename }` fired the same way in the same run; checks
// exactly the seats confirmed, nobody twice, every answer typed, no 500s, and the p99 target (< 1 s).
//   DATABASE_URL=postgres://… pnpm --filter @katilim/test exec tsx ../bench/trip-rush.ts   (also part of pnpm bench)
process.env.NODE_ENV = 'production';
const { startTestServer } = await import('../test/support/test-server.ts');
const { createDeparture } = await import('../test/support/trips-scenarios.ts');
const { REGISTER, womenCrowd } = await import('../test/support/trips-reg-scenarios.ts');
const { fireAtOnce } = await import('../test/support/concurrency.ts');

const people = Number(process.env.BENCH_RUSH_PEOPLE ?? 2000);
const seats = Number(process.env.BENCH_RUSH_SEATS ?? 45);
const windowMs = Number(process.env.BENCH_RUSH_WINDOW_MS ?? 5000);
const TARGET_P99_MS = 1000;

const server = await startTestServer({ env: { NODE_ENV: 'production' }, poolSize: 10 });
const prisma = server.prisma;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;

type Timed<T> = { results: (T | null)[]; latencies: number[]; total: number; transport: number };
async function timed<T>(count: number, call: (i: number) => Promise<T>): Promise<Timed<T>> {
  let transport = 0;
  const latencies: number[] = [];
  const started = performance.now();
  const results = await fireAtOnce(count, async (i) => {
    // Arrival i of `count`, evenly over the window; latency counts from the request's own start.
    if (windowMs > 0) await new Promise((resolve) => setTimeout(resolve, (i * windowMs) / count));
    const t0 = performance.now();
    try {
      const result = await call(i);
      latencies.push(performance.now() - t0);
      return result;
    } catch {
      // A connection refused or reset (the machine's limits, not an answer of the API): counted, not fatal.
      transport += 1;
      return null;
    }
  });
  const total = performance.now() - started;
  latencies.sort((a, b) => a - b);
  return { results, latencies, total, transport };
}

const row = (name: string, run: Timed<unknown>, count: number) =>
  console.log(
    name.padEnd(34),
    ((count / run.total) * 1000).toFixed(0).padStart(8),
    percentile(run.latencies, 50).toFixed(0).padStart(7),
    percentile(run.latencies, 95).toFixed(0).padStart(7),
    percentile(run.latencies, 99).toFixed(0).padStart(7),
    run.total.toFixed(0).padStart(9),
  );

try {
  const crowd = await womenCrowd(server.graphqlUrl, people + 5, 'benchrush');
  // Warm the server (schema, query plans) with a few registrations on a departure of their own.
  const warm = await createDeparture({ pickupPoints: [{ seats: 5 }] });
  await Promise.all(crowd.slice(0, 5).map((c) => c.client.request(REGISTER, { input: { departureId: warm.globalId, pickupPointId: warm.pickupPoints[0]!.id } })));
  await Promise.all(crowd.slice(0, 50).map((c) => c.client.request('{ __typename }')));

  const departure = await createDeparture({ capacity: seats, pickupPoints: [{ seats, vehicle: 'BOAT' }] });
  console.log(
    `\ntrip rush: ${people} women for ${seats} seats, arriving over ${windowMs} ms, real HTTP, NODE_ENV=production, pool of 10 (server and callers share this process)`,
  );
  console.log('case'.padEnd(34), 'req/s'.padStart(8), 'p50 ms'.padStart(7), 'p95 ms'.padStart(7), 'p99 ms'.padStart(7), 'total ms'.padStart(9));

  const bare = await timed(people, (i) => crowd[5 + i]!.client.request('{ __typename }'));
  row('bare { __typename }', bare, people);
  const rush = await timed(people, (i) => crowd[5 + i]!.client.request(REGISTER, { input: { departureId: departure.globalId, pickupPointId: departure.pickupPoints[0]!.id } }));
  row('registerForTrip (FIRST_COME)', rush, people);

  const failures = rush.results.filter((r) => r && (r.status !== 200 || r.errors)).length;
  const answers = rush.results.filter((r) => r !== null).map((r) => r.data?.registerForTrip);
  const untyped = answers.filter((a) => a?.__typename !== 'MutationRegisterForTripSuccess' && a?.__typename !== 'TripFullError').length;
  const confirmed = answers.filter((a) => a?.__typename === 'MutationRegisterForTripSuccess').length;
  const rows = await prisma.tripRegistration.findMany({ where: { departureId: departure.id }, select: { userId: true, status: true, seats: true } });
  const held = rows.filter((r) => r.status === 'CONFIRMED').reduce((sum, r) => sum + r.seats, 0);
  const duplicates = rows.length - new Set(rows.map((r) => r.userId)).size;
  const p99 = percentile(rush.latencies, 99);
  console.log(
    `\n${confirmed} confirmed (${held} seats held of ${seats}), ${answers.length - confirmed - untyped} TripFullError, ${untyped} untyped, ${failures} HTTP/GraphQL errors, ${duplicates} duplicates, ${rush.transport} connections reset (bare: ${bare.transport})`,
  );
  console.log(`all ${people} sent within ${windowMs / 1000} s and answered in ${(rush.total / 1000).toFixed(2)} s from the first`);
  console.log(
    `p99 ${p99.toFixed(0)} ms: target < ${TARGET_P99_MS} ms ${p99 < TARGET_P99_MS ? 'MET' : 'NOT MET'}; p50 ratio to bare { __typename } ${(percentile(rush.latencies, 50) / Math.max(1, percentile(bare.latencies, 50))).toFixed(2)}×, p99 ratio ${(p99 / Math.max(1, percentile(bare.latencies, 99))).toFixed(2)}×, throughput ratio ${(bare.total / rush.total).toFixed(2)}`,
  );
  if (failures || untyped || duplicates || rush.transport || confirmed !== seats || held !== seats) process.exitCode = 1;
} finally {
  await server.close();
}
export {};
