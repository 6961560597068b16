import type { RouteObject } from 'react-router';
import { attendanceRoutes } from './routes-attendance';
import { planningRoutes } from './routes-planning';
import { signupRoutes } from './routes-signup';

/** Routes of the shifts module, mounted inside the app shell; each part keeps its own in routes-<part>.tsx. */
export const shiftsRoutes: RouteObject[] = [...signupRoutes, ...planningRoutes, ...attendanceRoutes];
