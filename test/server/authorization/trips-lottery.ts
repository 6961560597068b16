// Authorization rows of the trips lottery: the draw's public record is for everyone (it names no one);
// closing entries, entering the public value and drawing are coordinators' work.
// Collected by test/server/authorization.test.ts, which fails on an operation no table names.
import { prisma } from '@katilim/server/db/prisma';
import { closeEntries, LOTTERY_JOB_ACTOR } from '@katilim/server/modules/trips/lottery';
import { mutation } from '../../support/mutation-document.ts';
import { createDeparture } from '../../support/trips-scenarios.ts';
import { EVERYONE, STAFF, type Operations } from './table.ts';

async function closedLottery() {
  const departure = await createDeparture({ allocation: 'LOTTERY' });
  await closeEntries(departure.id, LOTTERY_JOB_ACTOR);
  return departure;
}

export const operations: Operations = {
  'Query.tripDraw': {
    document: `query($id: ID!) { tripDraw(departureId: $id) { secretHash entryListHash seed secret result } }`,
    variables: async () => ({ id: (await closedLottery()).globalId }),
    allowed: EVERYONE,
  },
  'Mutation.closeTripEntries': {
    document: mutation('closeTripEntries', 'CloseTripEntriesInput', 'data { entryListHash }'),
    variables: async () => ({ input: { departureId: (await createDeparture({ allocation: 'LOTTERY' })).globalId } }),
    allowed: STAFF,
  },
  'Mutation.setTripDrawPublicValue': {
    document: mutation('setTripDrawPublicValue', 'SetTripDrawPublicValueInput', 'data { publicValue }'),
    variables: async () => ({ input: { departureId: (await closedLottery()).globalId, value: '5f1d', source: 'drand round 5123456' } }),
    allowed: STAFF,
  },
  'Mutation.drawTripLottery': {
    document: mutation('drawTripLottery', 'DrawTripLotteryInput', 'data { seed }'),
    variables: async () => {
      const departure = await closedLottery();
      await prisma.tripDeparture.update({ where: { id: departure.id }, data: { publicValue: '5f1d', publicValueSource: 'drand round 5123456' } });
      return { input: { departureId: departure.globalId } };
    },
    allowed: STAFF,
  },
};
