import type { RouteObject } from 'react-router';
import { PageBoundary } from '../features/shell/page-boundary';
import { RouteErrorPage } from '../features/shell/route-error-page';
import { ShellLayout } from '../features/shell/shell-layout';
import { NotFoundPage } from '../features/shell/status-pages';
import { PageLoader } from '../shared/page';
import { featureRoutes } from './features';

/**
 * The shell around every page. Pages sit below a boundary of their own, so that the first
 * download of a page shows a loader and a failed one an error, both inside the shell.
 */
export function shellRoutes(pages: RouteObject[]): RouteObject[] {
  return [
    {
      element: <ShellLayout />,
      errorElement: <RouteErrorPage />,
      children: [
        {
          element: <PageBoundary />,
          errorElement: <RouteErrorPage />,
          hydrateFallbackElement: <PageLoader />,
          children: [...pages, { path: '*', element: <NotFoundPage /> }],
        },
      ],
    },
  ];
}

export const routes: RouteObject[] = shellRoutes(featureRoutes);
