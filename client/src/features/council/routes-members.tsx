import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/feature';
import { RequireViewer } from '../shell/require-viewer';

/** The members part's pages (owned by the members slice). :committeeId and :memberId are GraphQL ids. */
export const membersRoutes: RouteObject[] = [
  {
    path: 'council',
    element: <RequireViewer />,
    children: [
      { path: 'facilitation', lazy: lazyPage(() => import('./facilitation-page'), 'CouncilFacilitationPage') },
      { path: 'committees/:committeeId', lazy: lazyPage(() => import('./committee-page'), 'CouncilCommitteePage') },
      { path: 'members/:memberId', lazy: lazyPage(() => import('./member-page'), 'CouncilMemberPage') },
      { path: 'children', lazy: lazyPage(() => import('./my-children-page'), 'CouncilMyChildrenPage') },
    ],
  },
  {
    path: 'coordination',
    element: <RequireViewer role="COORDINATOR" />,
    children: [{ path: 'council', lazy: lazyPage(() => import('./council-coordination-page'), 'CouncilCoordinationPage') }],
  },
];
