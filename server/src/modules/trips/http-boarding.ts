// Trips' boarding routes: the boarding list as a PDF, for coordinators. Whoever may not see it, and
// any departure or point that does not exist, gets 404.
import type { Router } from 'express';
import { isStaff, type Actor } from '../../context.ts';
import type { RouteContext } from '../../http/routes.ts';
import { localeOf, viewerOf } from '../../http/routes.ts';
import { decodeGlobalIdOf } from '../common/validation.ts';
import { boardingList } from './boarding.ts';
import { boardingPdf } from './boarding-pdf.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A departure named by its row id or its global id. */
const departureIdOf = (value: string) => (UUID.test(value.toLowerCase()) ? value.toLowerCase() : decodeGlobalIdOf('TripDeparture', value));

export function boardingRoutes(router: Router, _context: RouteContext): void {
  router.get('/trips/departures/:id/boarding.pdf', async (req, res, next) => {
    try {
      const departureId = departureIdOf(String(req.params.id));
      const pickup = typeof req.query.pickup === 'string' && req.query.pickup !== '' ? req.query.pickup.toLowerCase() : null;
      const viewer = departureId && (pickup === null || UUID.test(pickup)) ? await viewerOf(req) : null;
      const actor: Actor | null = viewer && isStaff(viewer) ? { userId: viewer.id, requestId: String(res.locals.requestId ?? ''), ip: req.ip ?? null } : null;
      // The names of children are in it: the download is audited like a read of the list.
      const list = actor ? await boardingList(departureId!, pickup, actor) : null;
      if (!list) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      const pdf = await boardingPdf(list, localeOf(req));
      res.setHeader('cache-control', 'private, no-store');
      res.setHeader('content-disposition', `attachment; filename="katilim-boarding-${list.departureId.slice(-8)}.pdf"`);
      res.type('application/pdf').send(pdf);
    } catch (error) {
      next(error);
    }
  });
}
