import { relayStylePagination } from '@apollo/client/utilities';
import type { Feature } from '../../app/feature';
import { hasRole } from '../shell/viewer';
import { tripsRoutes } from './routes';

export const feature: Feature = {
  routes: tripsRoutes,
  nav: [
    { section: 'programmes', to: '/trips', order: 40, label: (t) => t('trips.nav.trips') },
    { section: 'programmes', to: '/trips/mine', order: 41, label: (t) => t('trips.nav.mine'), visible: (viewer) => viewer !== null },
    {
      section: 'programmes',
      to: '/coordination/trips',
      order: 42,
      label: (t) => t('trips.nav.planning'),
      visible: (viewer) => hasRole(viewer, 'COORDINATOR'),
    },
    {
      section: 'programmes',
      to: '/coordination/trips/reports',
      order: 43,
      label: (t) => t('trips.nav.reports'),
      visible: (viewer) => hasRole(viewer, 'COORDINATOR'),
    },
  ],
  typePolicies: {
    Query: {
      fields: {
        trips: relayStylePagination(['audience', 'search', 'includeArchived']),
        tripRegistrations: relayStylePagination(['departureId', 'status', 'search']),
      },
    },
  },
};
