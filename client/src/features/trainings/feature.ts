import type { Feature } from '../../app/feature';
import { hasRole } from '../shell/viewer';
import { trainingsRoutes } from './routes';

export const feature: Feature = {
  routes: trainingsRoutes,
  nav: [
    {
      section: 'volunteerWork',
      to: '/coordination/trainings',
      order: 30,
      label: (t) => t('trainings.nav'),
      visible: (viewer) => hasRole(viewer, 'COORDINATOR'),
    },
  ],
};
