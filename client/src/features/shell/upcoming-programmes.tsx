import type { Feature } from '../../app/feature';
import { ComingSoonPage, type Section } from './status-pages';

type Upcoming = Exclude<Section, 'volunteering'>;

/**
 * Programmes announced before their module exists. Each shows a "coming soon" page until a
 * feature folder of the same name (`features/trips/`) arrives; then the placeholder drops out.
 */
export const UPCOMING_PROGRAMMES: ReadonlyArray<{ name: Upcoming; order: number }> = [
  { name: 'council', order: 20 },
  { name: 'forums', order: 30 },
  { name: 'trips', order: 40 },
];

export function upcomingProgramme({ name, order }: { name: Upcoming; order: number }): Feature {
  return {
    routes: [{ path: name, element: <ComingSoonPage section={name} /> }],
    nav: [{ section: 'programmes', to: `/${name}`, order, label: (t) => t(`nav.${name}`) }],
  };
}
