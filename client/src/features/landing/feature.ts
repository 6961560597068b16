import type { Feature } from '../../app/feature';
import { landingRoutes } from './routes';

export const feature: Feature = {
  routes: landingRoutes,
  nav: [{ section: 'home', to: '/', order: 0, label: (t) => t('nav.home') }],
};
