import type { Feature } from '../../app/feature';
import { hasRole } from '../shell/viewer';
import { shiftsRoutes } from './routes';

export const feature: Feature = {
  routes: shiftsRoutes,
  nav: [
    {
      section: 'volunteerWork',
      to: '/coordination/shifts',
      order: 40,
      label: (t) => t('shifts.nav.planning'),
      visible: (viewer) => hasRole(viewer, 'COORDINATOR'),
    },
  ],
};
