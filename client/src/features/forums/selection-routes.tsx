import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/feature';
import { RequireViewer } from '../shell/require-viewer';

/** The coordinators' selection page of a focus group, and its public record; :sessionId is the session's GraphQL id. */
export const selectionRoutes: RouteObject[] = [
  // Public: the address the draw's mails give, where anyone checks the published values.
  { path: 'forums/selections/:sessionId', lazy: lazyPage(() => import('./selection-record-page'), 'ForumSelectionRecordPage') },
  {
    path: 'forums/sessions/:sessionId/selection',
    element: <RequireViewer role="COORDINATOR" />,
    children: [{ index: true, lazy: lazyPage(() => import('./selection-page'), 'SelectionPage') }],
  },
];
