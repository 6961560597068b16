// pnpm bench — shift sign-up throughput under contention (bench/shift-signup.ts), the trips registration rush (bench/trip-rush.ts), then each main page query through the GraphQL API against the floor (the same data by
// hand-written SQL behind a bare node:http server), with their ratio; then the shift calendar's
// month of 2,000 shifts (bench/shift-calendar.ts); then the forums' fair selection (bench/forums-selection.ts); then the
// monitoring dashboard for a year at scale (bench/monitoring.ts). Each bench runs in a process of its own.
//   DATABASE_URL=postgres://… pnpm bench       BENCH_SECONDS=5 BENCH_CONNECTIONS=10 BENCH_PEOPLE=5000 BENCH_APPLICATIONS=5000
// The servers run with their production settings: the schema builder reads NODE_ENV when it is
// first imported, so each bench sets it before anything from the server loads.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const benches = ['shift-signup.ts', 'trip-rush.ts', 'page-queries.ts', 'shift-calendar.ts', 'forums-selection.ts', 'monitoring.ts'];
let failed = 0;
for (const bench of benches) {
  const run = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(new URL(bench, import.meta.url))], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (run.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
