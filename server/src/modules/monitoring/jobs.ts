// The monitoring's background work: the monthly report. It runs daily at 00:30 in İzmir (21:30 UTC)
// and does its work only when the month just ended has no report or no mail yet, so the 1st makes
// the report, and a day the server was down is made up the next night.
import { defineJobs } from '../../jobs/define-jobs.ts';
import { runMonthlyReport } from './report.ts';

export const MONTHLY_REPORT_QUEUE = 'monitoring-monthly-report';

export const jobs = defineJobs([{ queue: MONTHLY_REPORT_QUEUE, schedule: '30 21 * * *', handler: async () => void (await runMonthlyReport()) }]);
