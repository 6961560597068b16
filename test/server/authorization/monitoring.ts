// Authorization rows of the monitoring module: the dashboard for coordinators and admins; the public
// statistics (aggregates with small cells suppressed) for everyone; the monthly reports and their mail
// for coordinators and admins, generating one for admins; populations and targets read by both, written
// by admins.
import { mutation } from '../../support/mutation-document.ts';
import { ADMIN_ONLY, EVERYONE, type Operations } from './table.ts';

const STAFF_AND_ADMINS = ['COORDINATOR', 'ADMIN'] as const;

export const operations: Operations = {
  'Query.monitoringDashboard': {
    document: `{ monitoringDashboard(from: "2026-10", to: "2026-11") { from to programmes { key metrics { key value previous lastYear byDistrict { key value } } } csvPath } }`,
    allowed: STAFF_AND_ADMINS,
  },
  'Query.monitoringReports': { document: `{ monitoringReports { month generatedAt figuresHash pdfPath csvPath } }`, allowed: STAFF_AND_ADMINS },
  'Query.myMonitoringSubscription': { document: `{ myMonitoringSubscription { subscribed } }`, allowed: STAFF_AND_ADMINS },
  'Mutation.subscribeToMonitoringReports': {
    document: `mutation { subscribeToMonitoringReports { __typename ... on MutationSubscribeToMonitoringReportsSuccess { data { subscribed } } } }`,
    allowed: STAFF_AND_ADMINS,
  },
  'Mutation.unsubscribeFromMonitoringReports': {
    document: `mutation { unsubscribeFromMonitoringReports { __typename ... on MutationUnsubscribeFromMonitoringReportsSuccess { data { subscribed } } } }`,
    allowed: STAFF_AND_ADMINS,
  },
  'Mutation.generateMonitoringReport': {
    document: `mutation { generateMonitoringReport(input: { month: "2026-09" }) { __typename ... on MutationGenerateMonitoringReportSuccess { data { month pdfPath } } } }`,
    allowed: ADMIN_ONLY,
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
