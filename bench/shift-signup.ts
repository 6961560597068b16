// Shift sign-up throughput under contention: BENCH_SIGNUP_PEOPLE volunteers sign up at once (real
// HTTP, production settings, pool of 10) for one shift of BENCH_SIGNUP_PLACES places — every request
// waits for the shift's row lock — and then, for comparison, spread over BENCH_SIGNUP_SHIFTS shifts.
// Prints sign-ups per second and latency, and checks that no shift went over its places.
//   DATABASE_URL=postgres://… pnpm --filter @katilim/test exec tsx ../bench/shift-signup.ts   (also part of pnpm bench)
process.env.NODE_ENV = 'production';
const { startTestServer } = await import('../test/support/test-server.ts');
const { createShift } = await import('../test/support/shifts-scenarios.ts');
const { SIGN_UP, volunteerCrowd } = await import('../test/support/shifts-signup-scenarios.ts');
const { fireAtOnce } = await import('../test/support/concurrency.ts');

const people = Number(process.env.BENCH_SIGNUP_PEOPLE ?? 400);
const places = Number(process.env.BENCH_SIGNUP_PLACES ?? 20);
const spread = Number(process.env.BENCH_SIGNUP_SHIFTS ?? 20);

const server = await startTestServer({ env: { NODE_ENV: 'production' }, poolSize: 10 });
const prisma = server.prisma;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;

try {
  const crowd = await volunteerCrowd(server.graphqlUrl, people * 2 + 5, 'benchsignup');
  // Warm the server (schema, query plans) with a few sign-ups on a shift of their own.
  const warm = await createShift({ capacity: 5 });
  await Promise.all(crowd.slice(0, 5).map((c) => c.client.request(SIGN_UP, { input: { shiftId: warm.globalId } })));

  console.log(`\nshift sign-up: ${people} volunteers at once, real HTTP, NODE_ENV=production, pool of 10 (server and callers share this process)`);
  console.log('case'.padEnd(40), 'sign-ups/s'.padStart(11), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'total ms'.padStart(9), '  outcome');
  const cases = [
    { name: `one shift of ${places} places (all contend)`, shifts: 1, from: 5 },
    { name: `${spread} shifts of ${places} places (spread)`, shifts: spread, from: 5 + people },
  ];
  let failed = 0;
  for (const bench of cases) {
    const shifts: Awaited<ReturnType<typeof createShift>>[] = [];
    for (let i = 0; i < bench.shifts; i += 1) shifts.push(await createShift({ capacity: places, startsInHours: 24 * 14 + i * 4 }));
    const latencies: number[] = [];
    const started = performance.now();
    const responses = await fireAtOnce(people, async (i) => {
      const t0 = performance.now();
      const response = await crowd[bench.from + i]!.client.request(SIGN_UP, { input: { shiftId: shifts[i % shifts.length]!.globalId, joinWaitlist: true } });
      latencies.push(performance.now() - t0);
      return response;
    });
    const total = performance.now() - started;
    latencies.sort((a, b) => a - b);
    const errors = responses.filter((r) => r.status !== 200 || r.errors || r.data?.signUpForShift?.__typename !== 'MutationSignUpForShiftSuccess').length;
    const held = await prisma.shiftSignup.groupBy({ by: ['shiftId'], where: { shiftId: { in: shifts.map((s) => s.id) }, status: 'CONFIRMED' }, _count: { _all: true } });
    const over = held.filter((h) => h._count._all > places).length;
    const confirmed = held.reduce((sum, h) => sum + h._count._all, 0);
    failed += errors + over;
    console.log(
      bench.name.padEnd(40),
      ((people / total) * 1000).toFixed(0).padStart(11),
      percentile(latencies, 50).toFixed(0).padStart(8),
      percentile(latencies, 99).toFixed(0).padStart(8),
      total.toFixed(0).padStart(9),
      `  ${confirmed} confirmed, ${people - confirmed - errors} waitlisted, ${errors} failed${over ? `, ${over} shifts OVER CAPACITY` : ''}`,
    );
  }
  if (failed) process.exitCode = 1;
} finally {
  await server.close();
}
export {};
