// The monitoring's reference data: admins enter districts' populations (with their source) and yearly
// targets; the dashboard then shows participation per 10,000 residents, thinnest first, and each
// targeted figure's year to date. Bad input is refused whole, with translated messages.
import { prisma } from '@katilim/server/db/prisma';
import { istanbulInstant } from '@katilim/schema/istanbul-day';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { mutation } from '../support/mutation-document.ts';
import { clientFor, createPerson } from '../support/scenarios.ts';
import { createDeparture, createRegistration } from '../support/trips-scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let admin: GraphQLClient;
let coordinator: GraphQLClient;
const POPULATIONS = mutation('setMonitoringPopulations', 'SetMonitoringPopulationsInput', 'data { districtId population source year }');
const TARGETS = mutation('setMonitoringTargets', 'SetMonitoringTargetsInput', 'data { metric value }');
const DASHBOARD = `query($from: String!, $to: String!) { monitoringDashboard(from: $from, to: $to) {
  programmes { key metrics { key value target yearToDate } }
  thin { metric populationSources rows { districtId value population perTenThousand } } } }`;

beforeAll(async () => {
  server = await startTestServer();
  admin = (await clientFor(server.graphqlUrl, ['ADMIN'])).client;
  coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
  // In 2024: six travellers of district 1 in March, four of district 2 in May.
  for (const [month, districtId, count] of [['2024-03', 1, 6], ['2024-05', 2, 4]] as const) {
    const departure = await createDeparture({ capacity: 30 });
    const at = istanbulInstant(`${month}-10`, '09:00');
    await prisma.tripDeparture.update({ where: { id: departure.id }, data: { startsAt: at, endsAt: new Date(at.getTime() + 3_600_000) } });
    for (let i = 0; i < count; i += 1) await createRegistration(departure, (await createPerson({ districtId })).id);
  }
});
afterAll(() => server?.close());

describe('populations and targets', () => {
  it('admins set them; the dashboard shows participation per 10,000 residents, thinnest first, and the year to date', async () => {
    const set = await admin.ok(POPULATIONS, { input: { year: 2024, source: 'TÜİK ADNKS 2023', rows: [{ districtId: 1, population: 120_000 }, { districtId: 2, population: 20_000 }] } });
    const rows = set.setMonitoringPopulations.data;
    expect(rows.find((r: { districtId: number }) => r.districtId === 1)).toMatchObject({ population: 120_000, source: 'TÜİK ADNKS 2023', year: 2024 });
    expect(rows.find((r: { districtId: number }) => r.districtId === 3)).toMatchObject({ population: null });
    expect((await admin.ok(TARGETS, { input: { year: 2024, targets: [{ metric: 'tripParticipants', value: 100 }] } })).setMonitoringTargets.__typename).toBe('MutationSetMonitoringTargetsSuccess');

    const may = (await coordinator.ok(DASHBOARD, { from: '2024-05', to: '2024-05' })).monitoringDashboard;
    const trips = may.programmes.find((p: { key: string }) => p.key === 'trips').metrics.find((m: { key: string }) => m.key === 'tripParticipants');
    expect(trips).toMatchObject({ value: 4, target: 100, yearToDate: 10 });
    const thin = may.thin.find((t: { metric: string }) => t.metric === 'tripParticipants');
    expect(thin.populationSources).toEqual(['TÜİK ADNKS 2023 (2024)']);
    // Over March to May: district 1 has 6 per 120,000 (0.5 per 10,000), district 2 has 4 per 20,000 (2.0): 1 is thinner.
    const spring = (await coordinator.ok(DASHBOARD, { from: '2024-03', to: '2024-05' })).monitoringDashboard.thin.find((t: { metric: string }) => t.metric === 'tripParticipants');
    const withPopulation = spring.rows.filter((r: { population: number | null }) => r.population !== null);
    expect(withPopulation).toEqual([
      { districtId: 1, value: 6, population: 120_000, perTenThousand: 0.5 },
      { districtId: 2, value: 4, population: 20_000, perTenThousand: 2 },
    ]);
    // A later year uses the latest populations entered; no target there.
    const next = (await coordinator.ok(DASHBOARD, { from: '2025-01', to: '2025-01' })).monitoringDashboard;
    expect(next.thin[0].populationSources).toEqual(['TÜİK ADNKS 2023 (2024)']);
    expect(next.programmes.find((p: { key: string }) => p.key === 'trips').metrics.find((m: { key: string }) => m.key === 'tripParticipants').target).toBeNull();
  });

  it('refuses bad rows whole, in the caller’s language, and coordinators may not write', async () => {
    const before = await prisma.districtPopulation.count();
    const duplicate = await admin.ok(POPULATIONS, { input: { year: 2023, source: 'x', rows: [{ districtId: 1, population: 5 }, { districtId: 1, population: 6 }] } });
    expect(duplicate.setMonitoringPopulations.__typename).toBe('InputValidationError');
    const negative = await admin.ok(POPULATIONS, { input: { year: 2023, source: 'x', rows: [{ districtId: 1, population: -5 }] } });
    expect(negative.setMonitoringPopulations.__typename).toBe('InputValidationError');
    const unknown = await admin.ok(TARGETS, { input: { year: 2023, targets: [{ metric: 'noSuchFigure', value: 1 }] } });
    expect(unknown.setMonitoringTargets.message).toBeTruthy();
    expect(await prisma.districtPopulation.count()).toBe(before);
    expect(await prisma.monitoringTarget.count({ where: { year: 2023 } })).toBe(0);
    expect((await coordinator.request(TARGETS, { input: { year: 2023, targets: [] } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
