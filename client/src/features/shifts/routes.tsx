import type { RouteObject } from 'react-router';
import { planningRoutes } from './routes-planning';

/** Routes of this slice, mounted inside the app shell: each part of shifts brings its own. */
export const shiftsRoutes: RouteObject[] = [...planningRoutes];
