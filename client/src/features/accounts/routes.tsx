import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/feature';
import { RequireViewer } from '../shell/require-viewer';

/** Routes of this slice, mounted inside the app shell. */
export const accountsRoutes: RouteObject[] = [
  { path: 'register', lazy: lazyPage(() => import('./register-page'), 'RegisterPage') },
  { path: 'register/check-inbox', lazy: lazyPage(() => import('./check-inbox-page'), 'CheckInboxPage') },
  { path: 'login', lazy: lazyPage(() => import('./log-in-page'), 'LogInPage') },
  { path: 'verify-email', lazy: lazyPage(() => import('./verify-email-page'), 'VerifyEmailPage') },
  { path: 'forgot-password', lazy: lazyPage(() => import('./forgot-password-page'), 'ForgotPasswordPage') },
  { path: 'reset-password', lazy: lazyPage(() => import('./reset-password-page'), 'ResetPasswordPage') },
  {
    element: <RequireViewer />,
    children: [{ path: 'profile', lazy: lazyPage(() => import('./profile-page'), 'ProfilePage') }],
  },
];
