// Interview slots, bookings and scorecards (issue 3).
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/feature';
import { RequireViewer } from '../shell/require-viewer';

/** Routes of this slice, mounted inside the app shell. */
export const interviewsRoutes: RouteObject[] = [
  {
    element: <RequireViewer />,
    // :id is the application's GraphQL id.
    children: [
      {
        path: 'volunteering/applications/:id/interview',
        lazy: lazyPage(() => import('./application-interview-page'), 'ApplicationInterviewPage'),
      },
    ],
  },
  {
    path: 'coordination',
    element: <RequireViewer role="COORDINATOR" />,
    children: [
      { path: 'interviews', lazy: lazyPage(() => import('./interview-rounds-page'), 'InterviewRoundsPage') },
      // :id is the round's GraphQL id.
      { path: 'rounds/:id/interviews', lazy: lazyPage(() => import('./round-interviews-page'), 'RoundInterviewsPage') },
    ],
  },
];
