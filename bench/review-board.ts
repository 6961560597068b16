// The coordinators' review board of a round of 5,000 applications: latency of its first page, a
// filtered and searched page, and the counts per status.
//   pnpm --filter @katilim/test exec tsx ../bench/review-board.ts
//   BENCH_SECONDS=10 BENCH_APPLICATIONS=5000 DATABASE_URL=… (same variables as bench/run.ts)
// Without DATABASE_URL it measures the embedded PGlite (one connection, so expect lower figures).
import { areaGlobalId, createManyApplications, createRound } from '../test/support/applications-scenarios.ts';
import { runLoad } from '../test/support/load.ts';
import { clientFor, cookieHeader } from '../test/support/scenarios.ts';
import { startTestServer } from '../test/support/test-server.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const applications = Number(process.env.BENCH_APPLICATIONS ?? 5000);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

const server = await startTestServer();
const round = await createRound();
const started = Date.now();
await createManyApplications(round, applications, { prefix: 'bench' });
console.log(`seeded a round of ${applications} applications in ${Date.now() - started} ms on ${server.database.target.kind}`);

const { client } = await clientFor(server.graphqlUrl, ['COORDINATOR']);
const headers = { 'content-type': 'application/json', cookie: cookieHeader(client) };

const CARD = `id status submittedAt age applicant { fullName } district { name } choices { rank area { name } } languages { language level }`;
const scenarios = [
  {
    name: 'board: first page of 25',
    query: `query($roundId: ID!) { roundApplications(roundId: $roundId, first: 25) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${CARD} } } } }`,
    variables: { roundId: round.globalId },
  },
  {
    name: 'board: SUBMITTED, workshops, "ışık"',
    query: `query($roundId: ID!, $areaId: ID) {
      roundApplications(roundId: $roundId, status: SUBMITTED, areaId: $areaId, search: "ışık", ageBand: AGE_50_PLUS, first: 25) {
        totalCount edges { node { ${CARD} } }
      }
    }`,
    variables: { roundId: round.globalId, areaId: areaGlobalId(round.area('workshops')) },
  },
  {
    name: 'board: counts per status',
    query: `query($roundId: ID!) { roundApplicationCounts(roundId: $roundId) { status count } }`,
    variables: { roundId: round.globalId },
  },
];

console.log(`\n${seconds}s per scenario, ${connections} connections`);
console.log('scenario'.padEnd(40), 'req/s'.padStart(8), 'p50 ms'.padStart(8), 'p90 ms'.padStart(8), 'p99 ms'.padStart(8), 'errors'.padStart(7));
for (const scenario of scenarios) {
  // A GraphQL error still answers HTTP 200: check each query once so the figures are of real work.
  await client.ok(scenario.query, scenario.variables);
  const body = JSON.stringify({ query: scenario.query, variables: scenario.variables });
  const r = await runLoad({ url: server.graphqlUrl, headers, body, seconds, connections });
  console.log(scenario.name.padEnd(40), r.rps.toFixed(0).padStart(8), String(r.p50).padStart(8), String(r.p90).padStart(8), String(r.p99).padStart(8), String(r.errors + r.non2xx).padStart(7));
}
await server.close();
process.exit(0);
