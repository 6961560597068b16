// Trips' boarding routes (owned by the boarding slice).
import type { Router } from 'express';
import type { RouteContext } from '../../http/routes.ts';

export function boardingRoutes(_router: Router, _context: RouteContext): void {}
