// The council's members files: a consent's paper scan, for those who read the child's committee
// (its facilitators, council coordinators, admins). Anyone else, and any consent without a scan,
// gets 404; each download is written to the audit log like a contact read.
import type { Router } from 'express';
import type { Actor, Context } from '../../context.ts';
import type { RouteContext } from '../../http/routes.ts';
import { viewerOf } from '../../http/routes.ts';
import { prisma } from '../../db/prisma.ts';
import { consentScan } from './members.ts';
import { councilReach, readsChildrenOf } from './policy.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const EXTENSIONS: Record<string, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

export function membersRoutes(router: Router, _context: RouteContext): void {
  router.get('/council/consent-scans/:consentId', async (req, res, next) => {
    try {
      const consentId = String(req.params.consentId).toLowerCase();
      const viewer = UUID.test(consentId) ? await viewerOf(req) : null;
      const consent = viewer ? await prisma.councilConsent.findUnique({ where: { id: consentId }, select: { member: { select: { committeeId: true } } } }) : null;
      // councilReach keys its cache on a request context; a plain object stands in for this one.
      const reach = viewer && consent ? await councilReach({ viewer } as Context) : null;
      const allowed = reach !== null && readsChildrenOf(reach, consent!.member.committeeId);
      const actor: Actor | null = allowed ? { userId: viewer!.id, requestId: String(res.locals.requestId ?? ''), ip: req.ip ?? null } : null;
      const scan = actor ? await consentScan(consentId, actor) : null;
      if (!scan) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      res.setHeader('cache-control', 'private, no-store');
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('content-disposition', `attachment; filename="onay-${consentId.slice(-8)}.${EXTENSIONS[scan.mimeType] ?? 'bin'}"`);
      res.type(scan.mimeType).send(Buffer.from(scan.bytes));
    } catch (error) {
      next(error);
    }
  });
}
