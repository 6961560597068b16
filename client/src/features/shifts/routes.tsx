import type { RouteObject } from 'react-router';
import { attendanceRoutes } from './routes-attendance';

/** Routes of the shifts module, one array per part of it, mounted inside the app shell. */
export const shiftsRoutes: RouteObject[] = [...attendanceRoutes];
