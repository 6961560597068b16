import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/feature';
import { RequireViewer } from '../shell/require-viewer';
import { manageRoutes } from './routes-manage';
import { selectionRoutes } from './selection-routes';

/** Routes of the forums module: the participants' list and a session's summary; running a session; the report; the coordinators' parts. */
export const forumsRoutes: RouteObject[] = [
  { path: 'forums', lazy: lazyPage(() => import('./forums-page'), 'ForumsPage') },
  {
    path: 'forums',
    element: <RequireViewer />,
    children: [
      // Facilitators: their sessions, and a session's attendance and findings (coordinators too).
      { path: 'facilitation', lazy: lazyPage(() => import('./facilitation-page'), 'ForumFacilitationPage') },
      // :sessionId is the session's GraphQL id.
      { path: 'sessions/:sessionId/run', lazy: lazyPage(() => import('./run-page'), 'ForumRunPage') },
      // Those who took part: the findings, and their comments.
      { path: 'sessions/:sessionId/summary', lazy: lazyPage(() => import('./summary-page'), 'ForumSummaryPage') },
    ],
  },
  {
    path: 'forums',
    element: <RequireViewer role="COORDINATOR" />,
    children: [{ path: 'events/:eventId/report', lazy: lazyPage(() => import('./report-page'), 'ForumReportPage') }],
  },
  ...manageRoutes,
  ...selectionRoutes,
];
