import type { RouteObject } from 'react-router';

/** The boarding part's routes (owned by the boarding slice). */
export const boardingRoutes: RouteObject[] = [];
