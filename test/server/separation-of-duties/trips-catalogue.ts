// Separation-of-duties rows of trips, catalogue part: trips and departures are about nobody.
// Collected by separation-of-duties.test.ts.
import { prisma } from '@katilim/server/db/prisma';
import type { DutiesTable } from './table.ts';

export const duties: DutiesTable = {
  aboutAPerson: {},
  aboutNobody: {
    createTrip: 'a trip of the programme',
    updateTrip: 'a trip of the programme',
    archiveTrip: 'a trip of the programme',
    createTripDeparture: 'a date of a trip with its pick-up points',
    updateTripDeparture: 'a date of a trip with its pick-up points (its people keep their seats)',
  },
  counts: async () => ({ trips: await prisma.trip.count(), departures: await prisma.tripDeparture.count() }),
};
