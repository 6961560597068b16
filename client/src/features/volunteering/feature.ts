import { relayStylePagination } from '@apollo/client/utilities';
import type { Feature } from '../../app/feature';
import { isStaff } from './labels';
import { volunteeringRoutes } from './routes';

export const feature: Feature = {
  routes: volunteeringRoutes,
  nav: [
    { section: 'programmes', to: '/volunteering', order: 10, label: (t) => t('nav.volunteering') },
    { section: 'volunteerWork', to: '/volunteering', order: 10, label: (t) => t('volunteering.nav.becomeVolunteer') },
    {
      section: 'volunteerWork',
      to: '/volunteering/my-applications',
      order: 11,
      label: (t) => t('volunteering.nav.myApplications'),
      visible: (viewer) => viewer !== null,
    },
    { section: 'volunteerWork', to: '/coordination/rounds', order: 12, label: (t) => t('volunteering.nav.rounds'), visible: isStaff },
  ],
  typePolicies: {
    Query: {
      fields: {
        // Each board column is one list per status and filters.
        recruitmentRounds: relayStylePagination(['status']),
        roundApplications: relayStylePagination(['roundId', 'status', 'areaId', 'districtId', 'ageBand', 'language', 'search']),
      },
    },
  },
};
