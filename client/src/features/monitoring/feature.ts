import type { Feature } from '../../app/feature';
import { hasRole } from '../shell/viewer';
import { monitoringRoutes } from './routes';

export const feature: Feature = {
  routes: monitoringRoutes,
  nav: [
    { section: 'home', to: '/statistics', order: 90, label: (t) => t('monitoring.nav.statistics') },
    { section: 'admin', to: '/monitoring/reference', order: 6, label: (t) => t('monitoring.nav.reference'), visible: (viewer) => hasRole(viewer, 'ADMIN') },
    { section: 'admin', to: '/monitoring', order: 5, label: (t) => t('monitoring.nav.dashboard'), visible: (viewer) => hasRole(viewer, 'COORDINATOR') || hasRole(viewer, 'ADMIN') },
  ],
};
