// The council's members files (owned by the members slice).
import type { Router } from 'express';
import type { RouteContext } from '../../http/routes.ts';

export function membersRoutes(_router: Router, _context: RouteContext): void {}
