import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/feature';
import { RequireViewer } from '../shell/require-viewer';

/** Coordinators' shift planning: the calendar, at-risk shifts and the staffing assistant; the opportunities' list. */
export const planningRoutes: RouteObject[] = [
  {
    path: 'coordination',
    element: <RequireViewer role="COORDINATOR" />,
    children: [
      { path: 'shifts', lazy: lazyPage(() => import('./shift-planning-page'), 'ShiftPlanningPage') },
      { path: 'shifts/opportunities', lazy: lazyPage(() => import('./opportunities-page'), 'ShiftOpportunitiesPage') },
    ],
  },
];
