// The public statistics identify no one: no published count is below 5, and no hidden count can be
// worked out from the total and the counts shown (checked exhaustively, cell by cell, on thousands of
// seeded tables); through the API, anonymous callers get only such tables.
import { suppress, THRESHOLD, type SuppressedTable } from '@katilim/server/modules/monitoring/suppression';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../support/graphql-client.ts';
import { createPerson } from '../support/scenarios.ts';
import { createDeparture, createRegistration } from '../support/trips-scenarios.ts';
import { prisma } from '@katilim/server/db/prisma';
import { startTestServer, type TestServer } from '../support/test-server.ts';

/** Every value each hidden cell can take given the total and the shown cells (a subset-sum per cell). */
function possibleValues(table: SuppressedTable, total: number): Map<string, Set<number>> {
  const hidden = table.cells.filter((cell) => cell.value === null);
  const rest = total - table.cells.reduce((n, cell) => n + (cell.value ?? 0), 0);
  const range = (cell: (typeof hidden)[number]) => (cell.suppressed === 'small' ? [0, THRESHOLD - 1] : [THRESHOLD, total]) as [number, number];
  const sums = (cells: typeof hidden) => {
    let reachable = new Set([0]);
    for (const cell of cells) {
      const [lo, hi] = range(cell);
      const next = new Set<number>();
      for (const s of reachable) for (let v = lo; v <= hi && s + v <= rest; v += 1) next.add(s + v);
      reachable = next;
    }
    return reachable;
  };
  const result = new Map<string, Set<number>>();
  for (const cell of hidden) {
    const others = sums(hidden.filter((o) => o !== cell));
    const [lo, hi] = range(cell);
    const values = new Set<number>();
    for (let v = lo; v <= hi; v += 1) if (others.has(rest - v)) values.add(v);
    result.set(cell.key, values);
  }
  return result;
}

function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('small-cell suppression', () => {
  it('publishes no count below 5 and leaves every hidden count undetermined, on 5,000 seeded tables', () => {
    const random = generator(5);
    let hiddenSeen = 0;
    let complementary = 0;
    for (let n = 0; n < 5_000; n += 1) {
      const size = 1 + Math.floor(random() * 7);
      const cells = Array.from({ length: size }, (_, i) => ({ key: `d${i}`, value: random() < 0.5 ? Math.floor(random() * 5) : Math.floor(random() * 40) }));
      const total = cells.reduce((s, c) => s + c.value, 0);
      const table = suppress(cells);
      // Nothing shown is below 5; the total is shown only when it is 5 or more.
      for (const cell of table.cells) if (cell.value !== null) expect(cell.value).toBeGreaterThanOrEqual(THRESHOLD);
      if (table.total !== null) expect(table.total).toBe(total);
      if (total < THRESHOLD) expect(table.total).toBeNull();
      // Shown counts are the true ones.
      for (const cell of table.cells) if (cell.value !== null) expect(cell.value).toBe(cells.find((c) => c.key === cell.key)!.value);
      // Every hidden count keeps at least two values consistent with everything published.
      if (table.total !== null) {
        for (const [key, values] of possibleValues(table, total)) {
          expect(values.size, `${JSON.stringify(cells)} → ${key}`).toBeGreaterThanOrEqual(2);
          expect(values.has(cells.find((c) => c.key === key)!.value)).toBe(true);
          hiddenSeen += 1;
        }
      }
      complementary += table.cells.filter((cell) => cell.suppressed === 'complementary').length;
    }
    // The property was exercised, complementary suppression included.
    expect(hiddenSeen).toBeGreaterThan(1_000);
    expect(complementary).toBeGreaterThan(100);
  });

  it('hides the total too when every shown count would tell a hidden one, and says it is not "<5"', () => {
    // Everyone in one district, exactly 5: hiding it is not enough while the total says 5.
    const table = suppress([
      { key: 'a', value: 5 },
      { key: 'b', value: 0 },
      { key: 'c', value: 0 },
    ]);
    expect(table.total).toBeNull();
    expect(table.totalSuppressed).toBe('complementary');
    expect(table.cells.map((c) => [c.value, c.suppressed])).toEqual([
      [null, 'complementary'],
      [null, 'small'],
      [null, 'small'],
    ]);
    expect(suppress([{ key: 'a', value: 3 }]).totalSuppressed).toBe('small');
    // With 7, the total can stay: the district is then 5–7 and the others 0–2.
    const seven = suppress([
      { key: 'a', value: 7 },
      { key: 'b', value: 0 },
      { key: 'c', value: 0 },
    ]);
    expect([seven.total, seven.cells.map((c) => c.value)]).toEqual([7, [null, null, null]]);
  });

  it('hides one more cell when a single "<5" could be worked out by subtraction', () => {
    const table = suppress([
      { key: 'a', value: 20 },
      { key: 'b', value: 3 },
      { key: 'c', value: 9 },
    ]);
    expect(table.total).toBe(32);
    expect(table.cells.map((c) => c.value)).toEqual([20, null, null]);
    expect(table.cells.map((c) => c.suppressed)).toEqual([null, 'small', 'complementary']);
  });
});

describe('the public statistics through the API', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    const departure = await createDeparture({ capacity: 40 });
    const at = new Date('2025-06-14T07:00:00.000Z');
    await prisma.tripDeparture.update({ where: { id: departure.id }, data: { startsAt: at, endsAt: new Date(at.getTime() + 6 * 3_600_000) } });
    // Seven women of district 1 and two of district 2 travelled.
    for (let i = 0; i < 9; i += 1) await createRegistration(departure, (await createPerson({ districtId: i < 7 ? 1 : 2, gender: 'WOMAN' })).id);
  });
  afterAll(() => server?.close());

  it('answers anonymous callers with counts of 5 or more only, the rest suppressed so it cannot be recovered', async () => {
    const client = new GraphQLClient(server.graphqlUrl);
    const answer = await client.ok(`{ publicStatistics(year: 2025) { year tables { programme metric total cells { key value suppressed } } } }`);
    const trips = answer.publicStatistics.tables.find((t: { metric: string }) => t.metric === 'tripParticipants');
    expect(trips.total).toBe(9);
    const byKey = Object.fromEntries(trips.cells.map((c: { key: string; value: number | null; suppressed: string | null }) => [c.key, c]));
    expect(byKey['1'].value).toBe(7);
    expect(byKey['2']).toMatchObject({ value: null, suppressed: 'small' });
    for (const table of answer.publicStatistics.tables) {
      for (const cell of table.cells) if (cell.value !== null) expect(cell.value).toBeGreaterThanOrEqual(5);
      if (table.total !== null) {
        expect(table.total).toBeGreaterThanOrEqual(5);
        const hidden = table.cells.filter((c: { value: number | null }) => c.value === null);
        // Never exactly one "<5" beside a published total.
        expect(hidden.length === 1).toBe(false);
      }
    }
    const bad = await client.request(`{ publicStatistics(year: 99999) { year } }`);
    expect(bad.errors?.[0]?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
  });
});
