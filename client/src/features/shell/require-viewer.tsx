import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '../../generated/first-page-graphql';
import { PageLoader } from '../../shared/page';
import { ForbiddenPage } from './status-pages';
import { hasRole, useViewer } from './viewer';

/** Renders its routes for a signed-in person (with `role`, only for holders of it; with `anyRole`, of one of them). */
export function RequireViewer({ role, anyRole, children }: { role?: Role; anyRole?: readonly Role[]; children?: ReactNode }) {
  const { viewer, loading } = useViewer();
  const location = useLocation();

  if (loading) return <PageLoader />;
  if (!viewer) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (role && !hasRole(viewer, role)) return <ForbiddenPage />;
  if (anyRole && !anyRole.some((one) => hasRole(viewer, one))) return <ForbiddenPage />;
  return children ?? <Outlet />;
}
