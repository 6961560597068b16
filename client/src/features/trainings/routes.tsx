import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/feature';
import { RequireViewer } from '../shell/require-viewer';

/** Routes of this slice, mounted inside the app shell. */
export const trainingsRoutes: RouteObject[] = [
  {
    path: 'coordination',
    element: <RequireViewer role="COORDINATOR" />,
    children: [
      { path: 'trainings', lazy: lazyPage(() => import('./trainings-index-page'), 'TrainingsIndexPage') },
      // :id is the round's GraphQL id.
      { path: 'rounds/:id/trainings', lazy: lazyPage(() => import('./round-trainings-page'), 'RoundTrainingsPage') },
    ],
  },
];
