import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/feature';
import { RequireViewer } from '../shell/require-viewer';

/** The meetings part's pages (owned by the meetings slice). :xId are GraphQL global ids. */
export const meetingsRoutes: RouteObject[] = [
  {
    path: 'council',
    element: <RequireViewer />,
    children: [
      { path: 'committees/:committeeId/meetings', lazy: lazyPage(() => import('./meetings/committee-meetings-page'), 'CommitteeMeetingsPage') },
      { path: 'meetings/:meetingId', lazy: lazyPage(() => import('./meetings/meeting-page'), 'MeetingPage') },
      { path: 'meetings/:meetingId/attendance', lazy: lazyPage(() => import('./meetings/attendance-page'), 'AttendancePage') },
    ],
  },
  {
    path: 'coordination/council/assemblies',
    element: <RequireViewer role="COORDINATOR" />,
    children: [{ index: true, lazy: lazyPage(() => import('./meetings/assemblies-page'), 'AssembliesPage') }],
  },
];
