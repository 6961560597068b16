import { relayStylePagination } from '@apollo/client/utilities';
import type { Feature } from '../../app/feature';
import { hasRole, type Viewer } from '../shell/viewer';
import { adminRoutes } from './routes';

const isAdmin = (viewer: Viewer | null) => hasRole(viewer, 'ADMIN');

export const feature: Feature = {
  routes: adminRoutes,
  nav: [
    { section: 'admin', to: '/admin/users', order: 10, label: (t) => t('nav.adminUsers'), visible: isAdmin },
    { section: 'admin', to: '/admin/outbox', order: 20, label: (t) => t('nav.adminOutbox'), visible: isAdmin },
  ],
  typePolicies: {
    Query: {
      fields: {
        users: relayStylePagination(['search', 'role']),
        outboxMessages: relayStylePagination(['status']),
      },
    },
  },
};
