import { relayStylePagination } from '@apollo/client/utilities';
import type { Feature } from '../../app/feature';
import { forumsRoutes } from './routes';

export const feature: Feature = {
  routes: forumsRoutes,
  nav: [{ section: 'programmes', to: '/forums', order: 30, label: (t) => t('forums.nav.forums') }],
  typePolicies: {
    Query: { fields: { forumEvents: relayStylePagination(['includeDrafts']), forumSessionApplications: relayStylePagination(['sessionId', 'status']) } },
    // A session's public selection record has no id of its own: commit and draw fill in more of it.
    ForumSelection: { merge: true },
  },
};
