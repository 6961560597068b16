import { relayStylePagination } from '@apollo/client/utilities';
import type { Feature } from '../../app/feature';
import { hasRole } from '../shell/viewer';
import { attendanceNav } from './routes-attendance';
import { shiftsRoutes } from './routes';

export const feature: Feature = {
  routes: shiftsRoutes,
  nav: [
    {
      section: 'volunteerWork',
      to: '/shifts',
      order: 40,
      label: (t) => t('shifts.nav.shifts'),
      visible: (viewer) => hasRole(viewer, 'VOLUNTEER'),
    },
    {
      section: 'volunteerWork',
      to: '/shifts/mine',
      order: 41,
      label: (t) => t('shifts.nav.myShifts'),
      visible: (viewer) => hasRole(viewer, 'VOLUNTEER'),
    },
    {
      section: 'volunteerWork',
      to: '/coordination/shifts',
      order: 42,
      label: (t) => t('shifts.nav.planning'),
      visible: (viewer) => hasRole(viewer, 'COORDINATOR'),
    },
    ...attendanceNav,
  ],
  typePolicies: {
    Query: {
      fields: {
        availableShifts: relayStylePagination(['filter']),
        shiftOpportunities: relayStylePagination(['search', 'includeArchived', 'areaId', 'districtId']),
      },
    },
  },
};
