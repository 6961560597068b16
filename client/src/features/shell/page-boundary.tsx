import { Outlet, useNavigation } from 'react-router';
import { PageLoader } from '../../shared/page';

/**
 * Wraps every page inside the shell. While a page's code is downloaded on first visit the
 * loader (role=status) stands in for it; the route's errorElement catches a failed download.
 */
export function PageBoundary() {
  const navigation = useNavigation();
  if (navigation.state === 'loading') return <PageLoader />;
  return <Outlet />;
}
