import type { RouteObject } from 'react-router';

/** The members part's pages (owned by the members slice). */
export const membersRoutes: RouteObject[] = [];
