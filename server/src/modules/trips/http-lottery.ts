// Trips' lottery routes (owned by the lottery slice).
import type { Router } from 'express';
import type { RouteContext } from '../../http/routes.ts';

export function lotteryRoutes(_router: Router, _context: RouteContext): void {}
