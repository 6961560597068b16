import type { RouteObject } from 'react-router';

/** The coordination part's routes (owned by the coordination slice). */
export const coordinationRoutes: RouteObject[] = [];
