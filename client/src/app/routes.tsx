import { Navigate, type RouteObject } from 'react-router';
import { CheckInboxPage } from '../features/accounts/check-inbox-page';
import { ForgotPasswordPage } from '../features/accounts/forgot-password-page';
import { LogInPage } from '../features/accounts/log-in-page';
import { ProfilePage } from '../features/accounts/profile-page';
import { RegisterPage } from '../features/accounts/register-page';
import { ResetPasswordPage } from '../features/accounts/reset-password-page';
import { VerifyEmailPage } from '../features/accounts/verify-email-page';
import { OutboxPage } from '../features/admin/outbox-page';
import { UsersPage } from '../features/admin/users-page';
import { LandingPage } from '../features/landing/landing-page';
import { RequireViewer } from '../features/shell/require-viewer';
import { RouteErrorPage } from '../features/shell/route-error-page';
import { ShellLayout } from '../features/shell/shell-layout';
import { ComingSoonPage, NotFoundPage } from '../features/shell/status-pages';
import { interviewsRoutes } from '../features/interviews/routes';
import { trainingsRoutes } from '../features/trainings/routes';
import { volunteeringRoutes } from '../features/volunteering/routes';

export const routes: RouteObject[] = [
  {
    element: <ShellLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <LandingPage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'register/check-inbox', element: <CheckInboxPage /> },
      { path: 'login', element: <LogInPage /> },
      { path: 'verify-email', element: <VerifyEmailPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      ...volunteeringRoutes,
      ...interviewsRoutes,
      ...trainingsRoutes,
      { path: 'council', element: <ComingSoonPage section="council" /> },
      { path: 'forums', element: <ComingSoonPage section="forums" /> },
      { path: 'trips', element: <ComingSoonPage section="trips" /> },
      {
        element: <RequireViewer />,
        children: [{ path: 'profile', element: <ProfilePage /> }],
      },
      {
        path: 'admin',
        element: <RequireViewer role="ADMIN" />,
        children: [
          { index: true, element: <Navigate to="users" replace /> },
          { path: 'users', element: <UsersPage /> },
          { path: 'outbox', element: <OutboxPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
