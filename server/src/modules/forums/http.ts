// Files the forums module serves besides GraphQL: an event's report as CSV or PDF for coordinators,
// `GET /forums/events/<id>/report.csv[?lang=en]` and `…/report.pdf`. Whoever may not see it gets 404.
import { isStaff } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { localeOf, viewerOf, defineRoutes } from '../../http/routes.ts';
import { decodeGlobalIdOf } from '../common/validation.ts';
import { eventReport, eventReportCsv } from './findings.ts';
import { eventReportPdf } from './report-pdf.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const routes = defineRoutes((router) => {
  router.get('/forums/events/:id/report.:format', async (req, res, next) => {
    try {
      const format = String(req.params.format);
      const viewer = await viewerOf(req);
      // The page links with the GraphQL id; a raw uuid is read too.
      const raw = String(req.params.id);
      const id = UUID.test(raw) ? raw : decodeGlobalIdOf('ForumEvent', raw);
      const exists = id ? await prisma.forumEvent.count({ where: { id } }) : 0;
      if (!isStaff(viewer) || !id || exists === 0 || (format !== 'csv' && format !== 'pdf')) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      const locale = localeOf(req);
      const report = await eventReport(id, locale);
      res.setHeader('cache-control', 'private, no-store');
      res.setHeader('content-disposition', `attachment; filename="katilim-forum-${id}.${format}"`);
      if (format === 'csv') res.type('text/csv; charset=utf-8').send(eventReportCsv(report, locale));
      else res.type('application/pdf').send(await eventReportPdf(report, locale));
    } catch (error) {
      next(error);
    }
  });
});
