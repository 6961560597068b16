import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/feature';

/** The proposals part's pages, with the council's public page (owned by the proposals slice). */
export const proposalsRoutes: RouteObject[] = [
  {
    path: 'council',
    children: [{ index: true, lazy: lazyPage(() => import('./council-page'), 'CouncilPage') }],
  },
];
