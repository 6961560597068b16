import type { Feature } from '../../app/feature';
import { hasRole } from '../shell/viewer';
import { councilRoutes } from './routes';

export const feature: Feature = {
  routes: councilRoutes,
  nav: [
    { section: 'programmes', to: '/council', order: 20, label: (t) => t('council.nav.council') },
    {
      section: 'programmes',
      to: '/council/facilitation',
      order: 21,
      label: (t) => t('council.nav.facilitation'),
      visible: (viewer) => hasRole(viewer, 'FACILITATOR') || hasRole(viewer, 'COORDINATOR'),
    },
    {
      section: 'programmes',
      to: '/coordination/council',
      order: 22,
      label: (t) => t('council.nav.coordination'),
      visible: (viewer) => hasRole(viewer, 'COORDINATOR'),
    },
    {
      section: 'programmes',
      to: '/coordination/council/proposals',
      order: 23,
      label: (t) => t('council.nav.proposals'),
      visible: (viewer) => hasRole(viewer, 'COORDINATOR'),
    },
    {
      section: 'programmes',
      to: '/coordination/council/reports',
      order: 24,
      label: (t) => t('council.nav.reports'),
      visible: (viewer) => hasRole(viewer, 'COORDINATOR'),
    },
    { section: 'account', to: '/council/children', order: 60, label: (t) => t('council.nav.children'), visible: (viewer) => viewer !== null },
  ],
};
