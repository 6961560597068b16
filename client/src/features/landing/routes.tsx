import type { RouteObject } from 'react-router';
import { LandingPage } from './landing-page';

/** The first page everyone sees is part of the main download, so it needs no second request. */
export const landingRoutes: RouteObject[] = [{ index: true, element: <LandingPage /> }];
