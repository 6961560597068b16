// Separation-of-duties rows of the trips lottery: closing entries, the public value and the draw are
// about a departure, not a person. A coordinator who entered the lottery herself cannot steer it: the
// secret was committed before entries opened and the public value is one nobody knew at closing,
// and the draw is recomputable by anyone. Collected by separation-of-duties.test.ts.
import { prisma } from '@katilim/server/db/prisma';
import type { DutiesTable } from './table.ts';

export const duties: DutiesTable = {
  aboutAPerson: {},
  aboutNobody: {
    closeTripEntries: 'a departure’s entries (the tier rule decides, not the coordinator)',
    setTripDrawPublicValue: 'a departure’s draw (a value published elsewhere, entered once)',
    drawTripLottery: 'a departure’s draw (the committed seed decides, and anyone can recompute it)',
  },
  counts: async () => ({
    drawn: await prisma.tripDeparture.count({ where: { drawnAt: { not: null } } }),
    closed: await prisma.tripDeparture.count({ where: { entriesClosedAt: { not: null } } }),
  }),
};
