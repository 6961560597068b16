import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/feature';
import { RequireViewer } from '../shell/require-viewer';

/** Coordinators' pages: the forum events (drafts too) and one event with its questions and sessions. */
export const manageRoutes: RouteObject[] = [
  {
    path: 'forums/manage',
    element: <RequireViewer role="COORDINATOR" />,
    children: [
      { index: true, lazy: lazyPage(() => import('./manage-events-page'), 'ManageEventsPage') },
      // :eventId is the event's GraphQL id.
      { path: 'events/:eventId', lazy: lazyPage(() => import('./manage-event-page'), 'ManageEventPage') },
    ],
  },
];
