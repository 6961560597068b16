import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/feature';
import { manageRoutes } from './routes-manage';

/** Routes of the forums module: the participants' page, and each coordinators' part from its routes-<part>.tsx. */
export const forumsRoutes: RouteObject[] = [
  { path: 'forums', lazy: lazyPage(() => import('./forums-page'), 'ForumsPage') },
  ...manageRoutes,
];
