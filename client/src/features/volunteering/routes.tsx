import type { TFunction } from 'i18next';
import { Outlet, type RouteObject } from 'react-router';
import { RequireViewer } from '../shell/require-viewer';
import { ForbiddenPage } from '../shell/status-pages';
import { useViewer, type Viewer } from '../shell/viewer';
import { ApplyPage } from './apply-page';
import { BoardPage } from './coordination/board-page';
import { RoundsAdminPage } from './coordination/rounds-admin-page';
import { isStaff } from './labels';
import { MyApplicationsPage } from './my-applications-page';
import { RoundPage } from './round-page';
import { RoundsPage } from './rounds-page';

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
      { index: true, element: <RoundsPage /> },
      { path: 'rounds/:slug', element: <RoundPage /> },
      {
        element: <RequireViewer />,
        children: [
          { path: 'rounds/:slug/apply', element: <ApplyPage /> },
          { path: 'my-applications', element: <MyApplicationsPage /> },
        ],
      },
    ],
  },
  {
    path: 'coordination',
    element: <RequireStaff />,
    children: [
      { path: 'rounds', element: <RoundsAdminPage /> },
      // :id is the round's GraphQL id.
      { path: 'rounds/:id/board', element: <BoardPage /> },
    ],
  },
];

/** Navigation entries of this slice for the given viewer (empty when none apply). */
export function volunteeringNavItems(viewer: Viewer | null, t: TFunction): { to: string; label: string }[] {
  return [
    { to: '/volunteering', label: t('volunteering.nav.becomeVolunteer') },
    ...(viewer ? [{ to: '/volunteering/my-applications', label: t('volunteering.nav.myApplications') }] : []),
    ...(isStaff(viewer) ? [{ to: '/coordination/rounds', label: t('volunteering.nav.rounds') }] : []),
  ];
}
