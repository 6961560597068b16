import type { RouteObject } from 'react-router';
import { boardingRoutes } from './routes-boarding';
import { coordinationRoutes } from './routes-coordination';
import { participantRoutes } from './routes-participant';

/** Routes of the trips module, mounted inside the app shell; each part keeps its own in routes-<part>.tsx. */
export const tripsRoutes: RouteObject[] = [...participantRoutes, ...coordinationRoutes, ...boardingRoutes];
