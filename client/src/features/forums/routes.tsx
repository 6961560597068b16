import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/feature';
import { selectionRoutes } from './selection-routes';

/** Routes of the forums module: the participants' page, and the coordinators' pages of each part. */
export const forumsRoutes: RouteObject[] = [{ path: 'forums', lazy: lazyPage(() => import('./forums-page'), 'ForumsPage') }, ...selectionRoutes];
