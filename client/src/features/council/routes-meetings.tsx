import type { RouteObject } from 'react-router';

/** The meetings part's pages (owned by the meetings slice). */
export const meetingsRoutes: RouteObject[] = [];
