import { Outlet, type RouteObject } from 'react-router';
import { lazyPage } from '../../app/feature';
import { RequireViewer } from '../shell/require-viewer';
import { ForbiddenPage } from '../shell/status-pages';
import { useViewer } from '../shell/viewer';
import { isStaff } from './labels';

/** Coordinators and administrators only (RequireViewer takes one role). */
function RequireStaff() {
  const { viewer } = useViewer();
  return <RequireViewer>{isStaff(viewer) ? <Outlet /> : <ForbiddenPage />}</RequireViewer>;
}

/** Routes of this slice, mounted inside the app shell. */
export const volunteeringRoutes: RouteObject[] = [
  {
    path: 'volunteering',
    children: [
      { index: true, lazy: lazyPage(() => import('./rounds-page'), 'RoundsPage') },
      { path: 'rounds/:slug', lazy: lazyPage(() => import('./round-page'), 'RoundPage') },
      {
        element: <RequireViewer />,
        children: [
          { path: 'rounds/:slug/apply', lazy: lazyPage(() => import('./apply-page'), 'ApplyPage') },
          { path: 'my-applications', lazy: lazyPage(() => import('./my-applications-page'), 'MyApplicationsPage') },
        ],
      },
    ],
  },
  {
    path: 'coordination',
    element: <RequireStaff />,
    children: [
      { path: 'rounds', lazy: lazyPage(() => import('./coordination/rounds-admin-page'), 'RoundsAdminPage') },
      // :id is the round's GraphQL id.
      { path: 'rounds/:id/board', lazy: lazyPage(() => import('./coordination/board-page'), 'BoardPage') },
    ],
  },
];
