// pnpm bench — shift sign-up throughput under contention, then each main page query through the
// GraphQL API against the floor (the same data by hand-written SQL behind a bare node:http server), in one run, with their ratio.
//   DATABASE_URL=postgres://… pnpm bench       BENCH_SECONDS=5 BENCH_CONNECTIONS=10 BENCH_PEOPLE=5000 BENCH_APPLICATIONS=5000
// The server runs with its production settings: the schema builder reads NODE_ENV when it is first
// imported, so it is set before anything from the server loads.
process.env.NODE_ENV = 'production';
// Shift sign-up under contention first: page-queries.ts ends the process when it is done.
await import('./shift-signup.ts');
await import('./page-queries.ts');

export {};
