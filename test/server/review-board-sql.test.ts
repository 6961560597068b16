// The review board of a round of 5,000 applications: the SQL one board request sends is the same
// for page 1 and page 3 (but for the cursor condition of page 3), the same as for a round of 50, and snapshotted, so an N+1 shows up as a
// diff. Paging with after-cursors walks every application once. Normalised as in
// sql-statements.test.ts; the same snapshot must hold on PGlite and on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areaGlobalId, createManyApplications, createRound, type Round } from '../support/applications-scenarios.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { clientFor } from '../support/scenarios.ts';
import { recordSql } from '../support/sql-recorder.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let coordinator: GraphQLClient;
let small: Round;
let large: Round;
beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
  small = await createRound();
  await createManyApplications(small, 50, { prefix: 'small' });
  large = await createRound();
  await createManyApplications(large, 5000, { prefix: 'large' });
}, 300_000);
afterAll(() => server?.close());

/** A later page adds `id > cursor` (modules/common/keyset.ts): the one difference from the first page, taken out to compare them. */
const withoutCursor = (statements: string[]) => statements.map((sql) => sql.replace(/ AND "t0"\."id" > \$\?\)/, ')'));

function normalise(sql: string): string {
  return sql
    .replace(/"public"\./g, '')
    .replace(/IN \((?:\$\d+,?)+\)/g, 'IN ($…)')
    .replace(/\$\d+/g, '$?');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read loosely typed results
async function record(document: string, variables: Record<string, unknown>): Promise<{ data: any; statements: string[] }> {
  const { result, statements } = await recordSql(() => coordinator.ok(document, variables));
  // Sorted: on PostgreSQL Prisma loads sibling relations at once over the pool, so their order varies.
  return { data: result, statements: statements.map(normalise).sort() };
}

/** What the board shows of each card, and the counts above the columns. */
const BOARD = `query($roundId: ID!, $status: ApplicationStatus, $areaId: ID, $search: String, $first: Int!, $after: String) {
  roundApplicationCounts(roundId: $roundId) { status count }
  roundApplications(roundId: $roundId, status: $status, areaId: $areaId, search: $search, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id status submittedAt age availability
        applicant { fullName }
        district { name }
        choices { rank area { name } }
        languages { language level }
        screeningChecklist { ageVerified }
      }
    }
  }
}`;

describe('the review board of a round', () => {
  it('sends the same statements for page 1 and page 3 of 5,000 as for 50', async () => {
    const few = await record(BOARD, { roundId: small.globalId, first: 25 });
    expect(few.data.roundApplications.totalCount).toBe(50);
    expect(few.data.roundApplications.edges).toHaveLength(25);

    const first = await record(BOARD, { roundId: large.globalId, first: 25 });
    expect(first.data.roundApplications.totalCount).toBe(5000);
    expect(first.data.roundApplicationCounts).toContainEqual({ status: 'SUBMITTED', count: 1250 });
    const second = await coordinator.ok(BOARD, { roundId: large.globalId, first: 25, after: first.data.roundApplications.pageInfo.endCursor });
    const third = await record(BOARD, { roundId: large.globalId, first: 25, after: second.roundApplications.pageInfo.endCursor });
    expect(third.data.roundApplications.edges).toHaveLength(25);
    expect(third.data.roundApplications.pageInfo.hasNextPage).toBe(true);
    const cards = third.data.roundApplications.edges.map((e: { node: { district: { name: string }; choices: unknown[] } }) => e.node);
    expect(new Set(cards.map((card: { district: { name: string } }) => card.district.name)).size).toBeGreaterThan(5);

    expect(first.statements).toEqual(few.statements);
    // The session check, the cards with their applicant, district and choices joined in, the total
    // and the counts per status: a statement per relation would be a round trip each.
    expect(first.statements).toHaveLength(4);
    expect(third.statements).toHaveLength(first.statements.length);
    expect(third.statements).not.toEqual(first.statements);
    expect(withoutCursor(third.statements)).toEqual(first.statements);
    expect(first.statements).toMatchSnapshot('page 1');
    expect(third.statements).toMatchSnapshot('page 3');
  });

  it('reads only the first page of a round of 5,000, even before the tables have statistics', async () => {
    // Cards and their relations in one statement: a plan that joins every application of the round
    // before sorting and cutting the page would read all 5,000 (freshly loaded, never analysed).
    const { statements, params } = await recordSql(() => coordinator.ok(BOARD, { roundId: large.globalId, first: 25 }));
    const cards = statements.findIndex((sql) => sql.includes('"applicantId"') && !sql.includes('COUNT('));
    expect(cards).toBeGreaterThanOrEqual(0);
    const { rows } = await server.database.executeSql(`EXPLAIN (ANALYZE, FORMAT JSON) ${statements[cards]}`, params[cards]);
    type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Actual Rows': number; 'Actual Loops': number; Plans?: PlanNode[] };
    const nodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodes)];
    const plan = (rows[0]!['QUERY PLAN'] as { Plan: PlanNode }[])[0]!.Plan;
    const applicationsRead = nodes(plan)
      .filter((node) => node['Relation Name'] === 'VolunteerApplication')
      .reduce((sum, node) => sum + node['Actual Rows'] * node['Actual Loops'], 0);
    expect(applicationsRead).toBeGreaterThanOrEqual(26);
    expect(applicationsRead).toBeLessThanOrEqual(100);
  });

  it('sends the same statements for a page of 100 as for a page of 5', async () => {
    const five = await record(BOARD, { roundId: large.globalId, first: 5 });
    const hundred = await record(BOARD, { roundId: large.globalId, first: 100 });
    expect(hundred.data.roundApplications.edges).toHaveLength(100);
    expect(hundred.statements).toEqual(five.statements);
  });

  it('keeps the statements fixed with filters and search on', async () => {
    const variables = { roundId: large.globalId, status: 'SUBMITTED', areaId: areaGlobalId(large.area('workshops')), search: 'ışık', first: 25 };
    const filtered = await record(BOARD, variables);
    expect(filtered.data.roundApplications.totalCount).toBeGreaterThan(25);
    for (const { node } of filtered.data.roundApplications.edges) {
      expect(node.status).toBe('SUBMITTED');
      expect(node.applicant.fullName).toMatch(/IŞIK/);
      expect(node.choices.map((c: { area: { name: string } }) => c.area.name)).toContain('Atölyeler');
    }
    const few = await record(BOARD, { ...variables, roundId: small.globalId });
    expect(filtered.statements).toEqual(few.statements);
    expect(filtered.statements).toMatchSnapshot();
  });

  it("answers the board page's own request (eight columns and the counts) within the complexity limit, with fixed statements", async () => {
    // Districts come from memory after their first read (request-cost.test.ts): read them first.
    await coordinator.ok('{ districts { id name } }');
    const few = await record(BOARD_PAGE, { roundId: small.globalId, first: 20 });
    expect(few.data.submitted.totalCount).toBeGreaterThan(0);
    const many = await record(BOARD_PAGE, { roundId: large.globalId, first: 20 });
    expect(many.data.submitted.totalCount).toBe(1250);
    expect(many.data.submitted.edges).toHaveLength(20);
    expect(many.statements).toEqual(few.statements);
    expect(many.statements).toHaveLength(few.statements.length);
  });

  it('pages through every application once with after-cursors', async () => {
    const seen = new Set<string>();
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      type Page = { roundApplications: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } };
      const data: Page = await coordinator.ok(
        `query($roundId: ID!, $after: String) { roundApplications(roundId: $roundId, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { roundId: large.globalId, after },
      );
      pages += 1;
      for (const { node } of data.roundApplications.edges) seen.add(node.id);
      if (!data.roundApplications.pageInfo.hasNextPage) break;
      after = data.roundApplications.pageInfo.endCursor;
    }
    expect(pages).toBe(50);
    expect(seen.size).toBe(5000);
  });
});

/**
 * The request of the coordinators' board page (client/src/features/volunteering/coordination/
 * board-page.tsx, BoardCard and BoardColumn fragments inlined): the pipeline's eight columns.
 */
const COLUMN = `totalCount pageInfo { hasNextPage endCursor } edges { node { id age applicant { fullName } choices { area { name } } } }`;
const STATUS_COLUMNS = [
  ['submitted', 'SUBMITTED'],
  ['screening', 'SCREENING'],
  ['interviewInvited', 'INTERVIEW_INVITED'],
  ['interviewScheduled', 'INTERVIEW_SCHEDULED'],
  ['waitlisted', 'WAITLISTED'],
  ['accepted', 'ACCEPTED'],
  ['inTraining', 'IN_TRAINING'],
  ['active', 'ACTIVE'],
];
const BOARD_PAGE = `query($roundId: ID!, $first: Int!, $areaId: ID, $districtId: Int, $ageBand: AgeBand, $language: String, $search: String) {
  round: node(id: $roundId) { id ... on RecruitmentRound { title areas { id name } } }
  roundApplicationCounts(roundId: $roundId) { status count }
  districts { id name }
  ${STATUS_COLUMNS.map(
    ([alias, status]) =>
      `${alias}: roundApplications(roundId: $roundId, status: ${status}, first: $first, areaId: $areaId, districtId: $districtId, ageBand: $ageBand, language: $language, search: $search) { ${COLUMN} }`,
  ).join('\n  ')}
}`;
