// Separation-of-duties rows of trips' boarding part: a coordinator who travels on a departure does not
// record their own unit's boarding. Closing boarding, cancelling and messaging act on a whole
// departure. Collected by separation-of-duties.test.ts.
import { prisma } from '@katilim/server/db/prisma';
import { boardingDeparture, tap } from '../../support/trips-board-scenarios.ts';
import { createRegistration } from '../../support/trips-scenarios.ts';
import type { DutiesTable } from './table.ts';

export const duties: DutiesTable = {
  aboutAPerson: {
    syncTripBoarding: {
      inputType: 'SyncTripBoardingInput',
      input: async (traveller) => {
        const departure = await boardingDeparture();
        const unit = await createRegistration(departure, traveller.id);
        return { departureId: departure.globalId, events: [tap(unit.participants[0]!.id)] };
      },
    },
  },
  aboutNobody: {
    closeTripBoarding: 'Closes the boarding of a whole departure by the events the guides recorded; it records nothing of its own about anyone.',
    cancelTripDeparture: 'Cancels a whole departure (weather …) for everyone on it.',
    messageTripDeparture: 'Sends one message to everyone on a departure.',
  },
  counts: async () => ({
    boardingEvents: await prisma.tripBoardingEvent.count(),
    boarded: await prisma.tripParticipant.count({ where: { boardedAt: { not: null } } }),
  }),
};
