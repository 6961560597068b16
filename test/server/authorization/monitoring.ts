// Authorization rows of the monitoring module: the dashboard for coordinators and admins; the public
// statistics (aggregates with small cells suppressed) for everyone.
import { mutation } from '../../support/mutation-document.ts';
import { ADMIN_ONLY, EVERYONE, type Operations } from './table.ts';

export const operations: Operations = {
  'Query.monitoringDashboard': {
    document: `{ monitoringDashboard(from: "2026-10", to: "2026-11") { from to programmes { key metrics { key value previous lastYear byDistrict { key value } } } csvPath } }`,
    allowed: ['COORDINATOR', 'ADMIN'],
  },
  'Query.monitoringPopulations': { document: `{ monitoringPopulations(year: 2026) { districtId population source } }`, allowed: ['COORDINATOR', 'ADMIN'] },
  'Query.monitoringTargets': { document: `{ monitoringTargets(year: 2026) { metric value } }`, allowed: ['COORDINATOR', 'ADMIN'] },
  'Mutation.setMonitoringPopulations': {
    document: mutation('setMonitoringPopulations', 'SetMonitoringPopulationsInput', 'data { districtId population }'),
    variables: async () => ({ input: { year: 2026, source: 'TÜİK ADNKS 2025', rows: [{ districtId: 1, population: 105_000 }] } }),
    allowed: ADMIN_ONLY,
  },
  'Mutation.setMonitoringTargets': {
    document: mutation('setMonitoringTargets', 'SetMonitoringTargetsInput', 'data { metric value }'),
    variables: async () => ({ input: { year: 2026, targets: [{ metric: 'tripParticipants', value: 12_000 }] } }),
    allowed: ADMIN_ONLY,
  },
  'Query.publicStatistics': { document: `{ publicStatistics(year: 2026) { year tables { metric total cells { key value } } } }`, allowed: EVERYONE },
};
