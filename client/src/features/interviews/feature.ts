import type { Feature } from '../../app/feature';
import { hasRole } from '../shell/viewer';
import { interviewsRoutes } from './routes';

export const feature: Feature = {
  routes: interviewsRoutes,
  nav: [
    {
      section: 'volunteerWork',
      to: '/coordination/interviews',
      order: 20,
      label: (t) => t('interviews.nav'),
      visible: (viewer) => hasRole(viewer, 'COORDINATOR'),
    },
  ],
};
