import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/feature';
import { RequireViewer } from '../shell/require-viewer';

/** Coordinators' pages: trips, a trip's departures, a departure's registrations and lottery, reports. */
export const coordinationRoutes: RouteObject[] = [
  {
    path: 'coordination',
    element: <RequireViewer role="COORDINATOR" />,
    children: [
      { path: 'trips', lazy: lazyPage(() => import('./trip-planning-page'), 'TripPlanningPage') },
      { path: 'trips/reports', lazy: lazyPage(() => import('./trip-reports-page'), 'TripReportsPage') },
      // :id is the departure's GraphQL id (its boarding page is the boarding part's).
      { path: 'trips/departures/:id', lazy: lazyPage(() => import('./departure-admin-page'), 'DepartureAdminPage') },
      // :id is the trip's GraphQL id.
      { path: 'trips/:id', lazy: lazyPage(() => import('./trip-admin-page'), 'TripAdminPage') },
    ],
  },
];
