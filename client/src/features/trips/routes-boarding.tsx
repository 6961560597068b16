import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/feature';
import { RequireViewer } from '../shell/require-viewer';

/** The boarding part's routes: the guide's boarding page (coordinators). */
export const boardingRoutes: RouteObject[] = [
  {
    path: 'coordination',
    element: <RequireViewer role="COORDINATOR" />,
    children: [
      // :id is the departure's GraphQL id.
      { path: 'trips/departures/:id/boarding', lazy: lazyPage(() => import('./boarding-page'), 'BoardingPage') },
    ],
  },
];
