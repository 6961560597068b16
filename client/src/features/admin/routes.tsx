import { Navigate, type RouteObject } from 'react-router';
import { lazyPage } from '../../app/feature';
import { RequireViewer } from '../shell/require-viewer';

/** Routes of this slice, mounted inside the app shell. */
export const adminRoutes: RouteObject[] = [
  {
    path: 'admin',
    element: <RequireViewer role="ADMIN" />,
    children: [
      { index: true, element: <Navigate to="users" replace /> },
      { path: 'users', lazy: lazyPage(() => import('./users-page'), 'UsersPage') },
      { path: 'outbox', lazy: lazyPage(() => import('./outbox-page'), 'OutboxPage') },
    ],
  },
];
