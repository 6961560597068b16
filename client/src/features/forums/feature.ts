import { relayStylePagination } from '@apollo/client/utilities';
import type { Feature } from '../../app/feature';
import { forumsRoutes } from './routes';

export const feature: Feature = {
  routes: forumsRoutes,
  nav: [{ section: 'programmes', to: '/forums', order: 30, label: (t) => t('forums.nav.forums') }],
  typePolicies: {
    Query: { fields: { forumEvents: relayStylePagination(['includeDrafts']) } },
  },
};
