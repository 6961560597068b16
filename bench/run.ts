// pnpm bench — prints latency figures; targets live here, never in timed unit tests.
//   BENCH_SECONDS=10 BENCH_PEOPLE=5000 DATABASE_URL=… pnpm bench
// Without DATABASE_URL it measures the embedded PGlite (one connection, so expect lower figures).
import { runLoad } from '../test/support/load.ts';
import { clientFor, cookieHeader, createManyPeople } from '../test/support/scenarios.ts';
import { startTestServer } from '../test/support/test-server.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const people = Number(process.env.BENCH_PEOPLE ?? 5000);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

const server = await startTestServer();
const started = Date.now();
await createManyPeople(people, 'bench');
console.log(`seeded ${people} people in ${Date.now() - started} ms on ${server.database.target.kind}`);

const { client } = await clientFor(server.graphqlUrl, ['ADMIN']);
const headers = { 'content-type': 'application/json', cookie: cookieHeader(client) };

const scenarios = [
  { name: 'users: first page of 25', query: '{ users(first: 25) { totalCount edges { node { id fullName email roles district { name } } } } }' },
  { name: 'users: search "ışıl" (Turkish fold)', query: '{ users(first: 25, search: "ışıl") { totalCount edges { node { id fullName } } } }' },
  { name: 'programmes + districts (public)', query: '{ programmes { name summary } districts { id name } }' },
];

console.log(`\n${seconds}s per scenario, ${connections} connections`);
console.log('scenario'.padEnd(40), 'req/s'.padStart(8), 'p50 ms'.padStart(8), 'p90 ms'.padStart(8), 'p99 ms'.padStart(8), 'errors'.padStart(7));
for (const scenario of scenarios) {
  const r = await runLoad({ url: server.graphqlUrl, headers, body: JSON.stringify({ query: scenario.query }), seconds, connections });
  console.log(scenario.name.padEnd(40), r.rps.toFixed(0).padStart(8), String(r.p50).padStart(8), String(r.p90).padStart(8), String(r.p99).padStart(8), String(r.errors + r.non2xx).padStart(7));
}
await server.close();
process.exit(0);
