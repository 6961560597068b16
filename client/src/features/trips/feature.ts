import type { Feature } from '../../app/feature';
import { tripsRoutes } from './routes';

export const feature: Feature = {
  routes: tripsRoutes,
  nav: [],
};
