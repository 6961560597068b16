// Authorization rows of the monitoring module: the dashboard for coordinators and admins; the public
// statistics (aggregates with small cells suppressed) for everyone.
import { EVERYONE, type Operations } from './table.ts';

export const operations: Operations = {
  'Query.monitoringDashboard': {
    document: `{ monitoringDashboard(from: "2026-10", to: "2026-11") { from to programmes { key metrics { key value previous lastYear byDistrict { key value } } } csvPath } }`,
    allowed: ['COORDINATOR', 'ADMIN'],
  },
  'Query.publicStatistics': { document: `{ publicStatistics(year: 2026) { year tables { metric total cells { key value } } } }`, allowed: EVERYONE },
};
