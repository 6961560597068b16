import { relayStylePagination } from '@apollo/client/utilities';
import type { Feature } from '../../app/feature';
import { hasRole } from '../shell/viewer';
import { forumsRoutes } from './routes';

export const feature: Feature = {
  routes: forumsRoutes,
  nav: [
    { section: 'programmes', to: '/forums', order: 30, label: (t) => t('forums.nav.forums') },
    { section: 'programmes', to: '/forums/facilitation', order: 31, label: (t) => t('forums.nav.facilitation'), visible: (viewer) => hasRole(viewer, 'FACILITATOR') },
    { section: 'programmes', to: '/forums/manage', order: 32, label: (t) => t('forums.nav.manage'), visible: (viewer) => hasRole(viewer, 'COORDINATOR') },
  ],
  typePolicies: {
    Query: { fields: { forumEvents: relayStylePagination(['includeDrafts']), forumSessionApplications: relayStylePagination(['sessionId', 'status']) } },
    // A session's public selection record has no id of its own: commit and draw fill in more of it.
    ForumSelection: { merge: true },
  },
};
