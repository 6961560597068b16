import type { RouteObject } from 'react-router';
import type { TFunction } from 'i18next';
import { RequireViewer } from '../shell/require-viewer';
import { hasRole, type Viewer } from '../shell/viewer';
import { RoundTrainingsPage } from './round-trainings-page';
import { TrainingsIndexPage } from './trainings-index-page';

/** Routes of this slice, mounted inside the app shell. */
export const trainingsRoutes: RouteObject[] = [
  {
    path: 'coordination',
    element: <RequireViewer role="COORDINATOR" />,
    children: [
      { path: 'trainings', element: <TrainingsIndexPage /> },
      // :id is the round's GraphQL id.
      { path: 'rounds/:id/trainings', element: <RoundTrainingsPage /> },
    ],
  },
];

/** Navigation entries of this slice for the given viewer (empty when none apply). */
export function trainingsNavItems(viewer: Viewer | null, t: TFunction): { to: string; label: string }[] {
  return hasRole(viewer, 'COORDINATOR') ? [{ to: '/coordination/trainings', label: t('trainings.nav') }] : [];
}
