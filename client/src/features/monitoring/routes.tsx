import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/feature';
import { RequireViewer } from '../shell/require-viewer';

/** The monitoring dashboard and the monthly reports (coordinators and admins), and the public statistics. */
export const monitoringRoutes: RouteObject[] = [
  { path: 'statistics', lazy: lazyPage(() => import('./statistics-page'), 'StatisticsPage') },
  {
    path: 'monitoring',
    element: <RequireViewer anyRole={['COORDINATOR', 'ADMIN']} />,
    children: [
      { index: true, lazy: lazyPage(() => import('./dashboard-page'), 'DashboardPage') },
      { path: 'reports', lazy: lazyPage(() => import('./reports-page'), 'ReportsPage') },
    ],
  },
  { path: 'monitoring/reference', element: <RequireViewer role="ADMIN" />, children: [{ index: true, lazy: lazyPage(() => import('./reference-page'), 'ReferencePage') }] },
];
