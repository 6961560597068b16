import type { RouteObject } from 'react-router';
import { signupRoutes } from './routes-signup';

/** Routes of the shifts module; each part of it keeps its own in routes-<part>.tsx. */
export const shiftsRoutes: RouteObject[] = [...signupRoutes];
