// Separation-of-duties rows of trips, registration part: a coordinator never removes their own
// registration. Collected by separation-of-duties.test.ts.
import { prisma } from '@katilim/server/db/prisma';
import { globalId } from '../../support/applications-scenarios.ts';
import { createDeparture, createRegistration } from '../../support/trips-scenarios.ts';
import type { DutiesTable } from './table.ts';

export const duties: DutiesTable = {
  aboutAPerson: {
    removeTripRegistration: {
      inputType: 'RemoveTripRegistrationInput',
      input: async (applicant) => ({ id: globalId('TripRegistration', (await createRegistration(await createDeparture(), applicant.id)).id), reason: 'Kapasite düzeltmesi' }),
    },
  },
  aboutNobody: {},
  counts: async () => ({
    registrations: await prisma.tripRegistration.count(),
    cancelled: await prisma.tripRegistration.count({ where: { status: 'CANCELLED' } }),
  }),
};
