// Separation-of-duties rows of the monitoring module: subscribing to the monthly report is a
// coordinator's (or admin's) own setting, about no record of anyone else. Collected by
// separation-of-duties.test.ts.
import { prisma } from '@katilim/server/db/prisma';
import type { DutiesTable } from './table.ts';

export const duties: DutiesTable = {
  aboutAPerson: {},
  aboutNobody: {
    subscribeToMonitoringReports: 'The caller’s own mail of the monthly report: aggregate figures, about no one.',
    unsubscribeFromMonitoringReports: 'The caller’s own mail of the monthly report: aggregate figures, about no one.',
  },
  counts: async () => ({ subscriptions: await prisma.monitoringSubscription.count() }),
};
