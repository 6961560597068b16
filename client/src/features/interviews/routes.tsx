// Interview slots, bookings and scorecards (issue 3).
import type { RouteObject } from 'react-router';
import type { TFunction } from 'i18next';
import { RequireViewer } from '../shell/require-viewer';
import { hasRole, type Viewer } from '../shell/viewer';
import { ApplicationInterviewPage } from './application-interview-page';
import { InterviewRoundsPage } from './interview-rounds-page';
import { RoundInterviewsPage } from './round-interviews-page';

/** Routes of this slice, mounted inside the app shell. */
export const interviewsRoutes: RouteObject[] = [
  {
    element: <RequireViewer />,
    // :id is the application's GraphQL id.
    children: [{ path: 'volunteering/applications/:id/interview', element: <ApplicationInterviewPage /> }],
  },
  {
    path: 'coordination',
    element: <RequireViewer role="COORDINATOR" />,
    children: [
      { path: 'interviews', element: <InterviewRoundsPage /> },
      // :id is the round's GraphQL id.
      { path: 'rounds/:id/interviews', element: <RoundInterviewsPage /> },
    ],
  },
];

/** Navigation entries of this slice for the given viewer (empty when none apply). */
export function interviewsNavItems(viewer: Viewer | null, t: TFunction): { to: string; label: string }[] {
  return hasRole(viewer, 'COORDINATOR') ? [{ to: '/coordination/interviews', label: t('interviews.nav') }] : [];
}
