import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/feature';
import { RequireViewer } from '../shell/require-viewer';

/** The proposals part's pages, with the council's public page (owned by the proposals slice). */
export const proposalsRoutes: RouteObject[] = [
  {
    path: 'council',
    children: [
      { index: true, lazy: lazyPage(() => import('./council-page'), 'CouncilPage') },
      // :proposalId is the proposal's GraphQL id; public once submitted.
      { path: 'proposals/:proposalId', lazy: lazyPage(() => import('./proposal-page'), 'ProposalPage') },
    ],
  },
  {
    path: 'council/committees/:committeeId/proposals',
    element: <RequireViewer />,
    children: [{ index: true, lazy: lazyPage(() => import('./committee-proposals-page'), 'CommitteeProposalsPage') }],
  },
  {
    path: 'coordination/council',
    element: <RequireViewer role="COORDINATOR" />,
    children: [
      { path: 'proposals', lazy: lazyPage(() => import('./coordination-proposals-page'), 'CoordinationProposalsPage') },
      { path: 'reports', lazy: lazyPage(() => import('./council-reports-page'), 'CouncilReportsPage') },
    ],
  },
];
