import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/feature';
import { RequireViewer } from '../shell/require-viewer';

/** The coordinators' selection page of a focus group; :sessionId is the session's GraphQL id. */
export const selectionRoutes: RouteObject[] = [
  {
    path: 'forums/sessions/:sessionId/selection',
    element: <RequireViewer role="COORDINATOR" />,
    children: [{ index: true, lazy: lazyPage(() => import('./selection-page'), 'SelectionPage') }],
  },
];
