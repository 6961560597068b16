// The council's reports as CSV (coordinators and admins):
// `GET /council/reports.csv?termId=<global id>&from=YYYY-MM-DD&to=YYYY-MM-DD[&lang=en]`.
// Whoever may not see it gets 404, the same as for a file that does not exist.
import type { Router } from 'express';
import { isStaff } from '../../context.ts';
import { localeOf, viewerOf, type RouteContext } from '../../http/routes.ts';
import { councilReport, councilReportCsv } from './reports.ts';
import { reportPeriodSchema } from './validation-proposals.ts';

export function reportsRoutes(router: Router, _context: RouteContext): void {
  router.get('/council/reports.csv', async (req, res, next) => {
    try {
      const viewer = await viewerOf(req);
      if (!isStaff(viewer) && !viewer?.roles.has('ADMIN')) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      const period = reportPeriodSchema.safeParse({ termId: req.query.termId, from: req.query.from, to: req.query.to });
      if (!period.success) {
        res.status(400).type('text/plain').send('Bad request: termId, from and to (YYYY-MM-DD)');
        return;
      }
      const locale = localeOf(req);
      const report = await councilReport(period.data.termId, period.data.from, period.data.to, locale);
      if (!report) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      res.setHeader('cache-control', 'private, no-store');
      res.setHeader('content-disposition', `attachment; filename="katilim-council-${period.data.from}-${period.data.to}.csv"`);
      res.type('text/csv; charset=utf-8').send(councilReportCsv(report, locale));
    } catch (error) {
      next(error);
    }
  });
}
