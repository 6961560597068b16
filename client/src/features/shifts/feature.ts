import type { Feature } from '../../app/feature';
import { attendanceNav } from './routes-attendance';
import { shiftsRoutes } from './routes';

export const feature: Feature = {
  routes: shiftsRoutes,
  nav: [...attendanceNav],
};
