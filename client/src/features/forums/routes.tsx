import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/feature';

/** Routes of the forums module (the participants' side; coordinators' pages are to come). */
export const forumsRoutes: RouteObject[] = [{ path: 'forums', lazy: lazyPage(() => import('./forums-page'), 'ForumsPage') }];
