// The council's reports files (owned by the reports slice).
import type { Router } from 'express';
import type { RouteContext } from '../../http/routes.ts';

export function reportsRoutes(_router: Router, _context: RouteContext): void {}
