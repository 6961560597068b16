// Files the shifts module serves besides GraphQL: a certificate's PDF (its holder or a coordinator),
// a shift's .ics, a person's private calendar feed (by its token), and the reports as CSV
// (coordinators). Whoever may not see a file gets 404, the same as for one that does not exist.
import { isStaff } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { defineRoutes, localeOf, viewerOf } from '../../http/routes.ts';
import { feedCalendar, shiftCalendar } from './calendar-feed.ts';
import { certificatePdf } from './certificates.ts';
import { reportCsv, shiftReport } from './reports.ts';
import { periodSchema } from './validation-attendance.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const routes = defineRoutes((router) => {
  router.get('/certificates/:id.pdf', async (req, res, next) => {
    try {
      const id = String(req.params.id).toLowerCase();
      const viewer = UUID.test(id) ? await viewerOf(req) : null;
      const owner = viewer ? await prisma.participationCertificate.findUnique({ where: { id }, select: { userId: true } }) : null;
      const made = owner && (owner.userId === viewer!.id || isStaff(viewer)) ? await certificatePdf(id) : null;
      if (!made) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      res.setHeader('cache-control', 'private, no-store');
      res.setHeader('content-disposition', `attachment; filename="katilim-certificate-${made.code}.pdf"`);
      res.type('application/pdf').send(made.pdf);
    } catch (error) {
      next(error);
    }
  });

  router.get('/calendar/shifts/:id.ics', async (req, res, next) => {
    try {
      const id = String(req.params.id).toLowerCase();
      const viewer = UUID.test(id) ? await viewerOf(req) : null;
      const body = viewer ? await shiftCalendar(id, localeOf(req)) : null;
      if (!body) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      res.setHeader('cache-control', 'private, no-store');
      res.setHeader('content-disposition', `attachment; filename="katilim-shift-${id.slice(-8)}.ics"`);
      res.type('text/calendar; charset=utf-8').send(body);
    } catch (error) {
      next(error);
    }
  });

  router.get('/calendar/:token.ics', async (req, res, next) => {
    try {
      const body = await feedCalendar(String(req.params.token));
      if (!body) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      // The URL is the secret: keep it out of shared caches and of any page's referrer.
      res.setHeader('cache-control', 'private, max-age=300');
      res.type('text/calendar; charset=utf-8').send(body);
    } catch (error) {
      next(error);
    }
  });

  router.get('/reports/shifts.csv', async (req, res, next) => {
    try {
      const viewer = await viewerOf(req);
      if (!isStaff(viewer)) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      const period = periodSchema.safeParse({ from: req.query.from, to: req.query.to });
      const by = req.query.by === 'DISTRICT' ? 'DISTRICT' : req.query.by === 'AREA' || req.query.by === undefined ? 'AREA' : null;
      if (!period.success || !by) {
        res.status(400).type('text/plain').send('Bad request: from, to (YYYY-MM-DD) and by (AREA or DISTRICT)');
        return;
      }
      const locale = localeOf(req);
      const rows = await shiftReport(period.data.from, period.data.to, by, locale);
      res.setHeader('cache-control', 'private, no-store');
      res.setHeader('content-disposition', `attachment; filename="katilim-shifts-${period.data.from}-${period.data.to}.csv"`);
      res.type('text/csv; charset=utf-8').send(reportCsv(rows, by, locale));
    } catch (error) {
      next(error);
    }
  });
});
