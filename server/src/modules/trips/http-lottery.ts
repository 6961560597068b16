// Trips' lottery routes: a draw's public record as a JSON file (what verify-trip-draw.ts reads).
// Public, like the tripDraw query: it names no one.
import type { Router } from 'express';
import type { RouteContext } from '../../http/routes.ts';
import { publicDrawRecord } from './lottery.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function lotteryRoutes(router: Router, _context: RouteContext): void {
  router.get('/trips/draws/:departureId.json', async (req, res, next) => {
    try {
      const id = String(req.params.departureId).toLowerCase();
      const record = UUID.test(id) ? await publicDrawRecord(id) : null;
      if (!record) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      // It changes as the draw advances (entries closed, public value, result): never cached for long.
      res.setHeader('cache-control', 'public, max-age=10');
      res.setHeader('content-disposition', `inline; filename="trip-draw-${id}.json"`);
      res.type('application/json; charset=utf-8').send(`${JSON.stringify(record, null, 2)}\n`);
    } catch (error) {
      next(error);
    }
  });
}
