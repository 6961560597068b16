import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/feature';
import { RequireViewer } from '../shell/require-viewer';

/** The participants' pages: the public list and a trip's page, the public draw page, and one's own registrations. */
export const participantRoutes: RouteObject[] = [
  {
    path: 'trips',
    children: [
      { index: true, lazy: lazyPage(() => import('./trips-page'), 'TripsPage') },
      // :departureId is the departure's GraphQL id; public, like the draw it shows.
      { path: 'draws/:departureId', lazy: lazyPage(() => import('./draw-page'), 'TripDrawPage') },
      // What a boarding QR code's address shows when scanned with a camera app (the guide scans in the boarding page).
      { path: 'check-in/:code', lazy: lazyPage(() => import('./check-in-code-page'), 'TripCheckInCodePage') },
      {
        element: <RequireViewer />,
        children: [{ path: 'mine', lazy: lazyPage(() => import('./my-trips-page'), 'MyTripsPage') }],
      },
      // :id is the trip's GraphQL id.
      { path: ':id', lazy: lazyPage(() => import('./trip-page'), 'TripPage') },
    ],
  },
];
