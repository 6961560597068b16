// Trips' reports as CSV (staff): `GET /trips/reports.csv?from=YYYY-MM-DD&to=YYYY-MM-DD[&lang=en]`.
// Whoever may not see it gets 404, the same as for a file that does not exist.
import type { Router } from 'express';
import { isStaff } from '../../context.ts';
import { localeOf, viewerOf, type RouteContext } from '../../http/routes.ts';
import { tripReport, tripReportCsv, tripReportPeriodSchema } from './reports.ts';

export function reportsRoutes(router: Router, _context: RouteContext): void {
  router.get('/trips/reports.csv', async (req, res, next) => {
    try {
      const viewer = await viewerOf(req);
      if (!isStaff(viewer)) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      const period = tripReportPeriodSchema.safeParse({ from: req.query.from, to: req.query.to });
      if (!period.success) {
        res.status(400).type('text/plain').send('Bad request: from and to (YYYY-MM-DD)');
        return;
      }
      const locale = localeOf(req);
      const report = await tripReport(period.data.from, period.data.to, null, locale);
      res.setHeader('cache-control', 'private, no-store');
      res.setHeader('content-disposition', `attachment; filename="katilim-trips-${period.data.from}-${period.data.to}.csv"`);
      res.type('text/csv; charset=utf-8').send(tripReportCsv(report, locale));
    } catch (error) {
      next(error);
    }
  });
}
