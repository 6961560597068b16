import type { Feature } from '../../app/feature';
import { accountsRoutes } from './routes';

export const feature: Feature = {
  routes: accountsRoutes,
  nav: [{ section: 'account', to: '/profile', order: 10, label: (t) => t('nav.profile'), visible: (viewer) => viewer !== null }],
};
