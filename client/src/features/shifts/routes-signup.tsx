import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/feature';
import { RequireViewer } from '../shell/require-viewer';

/** The sign-up part's routes: volunteers' shifts and their own, and a shift's roster for coordinators. */
export const signupRoutes: RouteObject[] = [
  {
    path: 'shifts',
    children: [
      {
        element: <RequireViewer role="VOLUNTEER" />,
        children: [{ index: true, lazy: lazyPage(() => import('./shifts-page'), 'ShiftsPage') }],
      },
      {
        element: <RequireViewer />,
        children: [{ path: 'mine', lazy: lazyPage(() => import('./my-shifts-page'), 'MyShiftsPage') }],
      },
      {
        // :id is the shift's GraphQL id.
        element: <RequireViewer role="COORDINATOR" />,
        children: [{ path: ':id/roster', lazy: lazyPage(() => import('./roster-page'), 'ShiftRosterPage') }],
      },
    ],
  },
];
