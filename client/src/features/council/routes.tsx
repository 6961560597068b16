import type { RouteObject } from 'react-router';
import { meetingsRoutes } from './routes-meetings';
import { membersRoutes } from './routes-members';
import { proposalsRoutes } from './routes-proposals';

/** Routes of the council module, mounted inside the app shell; each part keeps its own in routes-<part>.tsx. */
export const councilRoutes: RouteObject[] = [...proposalsRoutes, ...membersRoutes, ...meetingsRoutes];
