// Seeds the data, starts the real server (production settings) and the floor, checks that both
// answer the same data, then loads each page in turn and prints both figures and their ratio.
// Targets live here as printed ratios, never in timed unit tests.
import { deepStrictEqual } from 'node:assert/strict';
import { createApplication, createManyApplications, createRound } from '../test/support/applications-scenarios.ts';
import { runLoad, type LoadResult } from '../test/support/load.ts';
import { clientFor, cookieHeader, createManyPeople } from '../test/support/scenarios.ts';
import { startTestServer } from '../test/support/test-server.ts';
import { profiled } from './profile.ts';
import { startFloor, type FloorServer } from '../test/support/floor.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const people = Number(process.env.BENCH_PEOPLE ?? 5000);
const applications = Number(process.env.BENCH_APPLICATIONS ?? 5000);
// BENCH_PROFILE=1: after each GraphQL line, where the server's CPU time went (self time by package).
// BENCH_PROFILE_DIR=/tmp/x also keeps each profile as <page>.cpuprofile.
const profile = process.env.BENCH_PROFILE === '1' || Boolean(process.env.BENCH_PROFILE_DIR);
const profileDir = process.env.BENCH_PROFILE_DIR;
// Both servers get the production default pool (DATABASE_POOL_SIZE).
const poolSize = 10;
// Past this many floor requests per GraphQL request, a page is over the target.
const TARGET_RATIO = 2;

const server = await startTestServer({ env: { NODE_ENV: 'production' }, poolSize });
if (server.database.target.kind !== 'postgres') {
  console.log('The floor needs PostgreSQL: set DATABASE_URL=postgres://… (PGlite is one connection in this process).');
  await server.close();
  process.exit(1);
}
let floor: FloorServer | undefined;
const failures: string[] = [];
// The database this run made is dropped however the run ends.
try {
  const started = Date.now();
  await createManyPeople(people, 'person');
  const round = await createRound();
  await createManyApplications(round, applications, { prefix: 'applicant' });
  const volunteer = await clientFor(server.graphqlUrl, ['VOLUNTEER']);
  for (const areas of [['workshops'], ['field-work', 'workshops'], ['social-media']] as const) {
    await createApplication(await createRound(), { applicant: { id: volunteer.person.id }, areas: [...areas] });
  }
  // Statistics as autovacuum would have them by now on a live database (bulk inserts just ran).
  await server.database.executeSql('ANALYZE');
  console.log(`seeded ${people} people, a round of ${applications} applications and a volunteer's 3 in ${Date.now() - started} ms`);

  floor = await startFloor(server.database.target.url, poolSize);
  const admin = (await clientFor(server.graphqlUrl, ['ADMIN'])).client;
  const coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;

  const CARD = 'id status submittedAt age applicant { fullName } district { name } choices { rank area { name } } languages { language level }';
  const scenarios = [
    { name: 'bare { __typename }', page: 'typename', client: admin, query: '{ __typename }' },
    { name: 'public landing data', page: 'landing', client: admin, query: '{ programmes { name } districts { id name } }' },
    {
      name: 'users page: first 25 of 5,000+',
      page: 'users',
      client: admin,
      query: '{ users(first: 25) { totalCount edges { node { id fullName email roles district { name } } } } }',
    },
    {
      name: 'review board: first 25 of 5,000',
      page: 'board',
      client: coordinator,
      query: `query($roundId: ID!) { roundApplications(roundId: $roundId, first: 25) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${CARD} } } } }`,
      variables: { roundId: round.globalId },
    },
    {
      name: "a volunteer's my applications",
      page: 'my-applications',
      client: volunteer.client,
      query: '{ myApplications { id status submittedAt round { title } choices { rank area { name } } } }',
    },
  ];

  const fmt = (r: LoadResult) => [r.rps.toFixed(0).padStart(7), String(r.p50).padStart(6), String(r.p99).padStart(6)].join(' ');
  console.log(`\n${seconds} s per measurement, ${connections} connections, pool of ${poolSize}, NODE_ENV=production; ratio = floor req/s ÷ GraphQL req/s (target ≤ ${TARGET_RATIO})`);
  console.log(
    ''.padEnd(34),
    'GraphQL'.padEnd(22),
    'floor (pg + node:http)'.padEnd(22),
    '\n' + 'page'.padEnd(34),
    ['  req/s', 'p50 ms', 'p99 ms'].join(' ').padEnd(22),
    ['  req/s', 'p50 ms', 'p99 ms'].join(' ').padEnd(22),
    ' ratio',
  );
  for (const scenario of scenarios) {
    const headers = { 'content-type': 'application/json', cookie: cookieHeader(scenario.client) };
    const body = JSON.stringify({ query: scenario.query, variables: scenario.variables ?? {} });
    // A GraphQL error still answers HTTP 200: both must give the same data before they are timed.
    const expected = await scenario.client.ok(scenario.query, scenario.variables ?? {});
    const floorAnswer = (await (await fetch(floor.url(scenario.page), { method: 'POST', headers, body })).json()) as { data: unknown };
    deepStrictEqual(floorAnswer.data, JSON.parse(JSON.stringify(expected)), `${scenario.name}: the floor answers other data than GraphQL`);

    const load = () => runLoad({ url: server.graphqlUrl, headers, body, seconds, connections, ownProcess: true });
    const { result: graphql, shares, idle } = profile
      ? await profiled(load, profileDir && `${profileDir}/${scenario.page}.cpuprofile`)
      : { result: await load(), shares: [], idle: 0 };
    const bare = await runLoad({ url: floor.url(scenario.page), headers, body, seconds, connections, ownProcess: true });
    const ratio = bare.rps / graphql.rps;
    const errors = graphql.errors + graphql.non2xx + bare.errors + bare.non2xx;
    if (errors) failures.push(`${scenario.name}: ${errors} failed requests`);
    console.log(scenario.name.padEnd(34), fmt(graphql).padEnd(22), fmt(bare).padEnd(22), `${ratio.toFixed(1).padStart(5)}×${ratio > TARGET_RATIO ? '  over target' : ''}`);
    if (shares.length) {
      const top = shares.filter(([, share]) => share >= 0.02).map(([owner, share]) => `${owner} ${(share * 100).toFixed(0)}%`);
      console.log(`    GraphQL server: idle ${(idle * 100).toFixed(0)}% of samples; busy time: ${top.join(', ')}`);
    }
  }
  for (const failure of failures) console.log(failure);
} finally {
  await floor?.close();
  await server.close();
}
process.exit(failures.length ? 1 : 0);
