// Authorization rows of trips' boarding and communication part: the boarding list, syncing phone
// events, closing boarding, cancelling and messaging a departure. Collected by authorization.test.ts.
import { mutation } from '../../support/mutation-document.ts';
import { boardingDeparture, tap } from '../../support/trips-board-scenarios.ts';
import { createDeparture, createRegistration } from '../../support/trips-scenarios.ts';
import { STAFF, type Operations } from './table.ts';

export const operations: Operations = {
  'Query.tripBoardingList': {
    document: `query($id: ID!) { tripBoardingList(departureId: $id) { expected units { registrantPhone participants { id firstName child } } } }`,
    variables: async ({ other }) => {
      const departure = await boardingDeparture();
      await createRegistration(departure, other.id);
      return { id: departure.globalId };
    },
    allowed: STAFF,
  },
  'Mutation.syncTripBoarding': {
    document: mutation('syncTripBoarding', 'SyncTripBoardingInput', 'data { recorded duplicates }'),
    variables: async ({ other }) => {
      const departure = await boardingDeparture();
      const unit = await createRegistration(departure, other.id);
      return { input: { departureId: departure.globalId, events: [tap(unit.participants[0]!.id)] } };
    },
    allowed: STAFF,
  },
  'Mutation.closeTripBoarding': {
    document: mutation('closeTripBoarding', 'CloseTripBoardingInput', 'data { id boardingClosedAt }'),
    variables: async ({ other }) => {
      const departure = await boardingDeparture();
      await createRegistration(departure, other.id);
      return { input: { departureId: departure.globalId } };
    },
    allowed: STAFF,
  },
  'Mutation.cancelTripDeparture': {
    document: mutation('cancelTripDeparture', 'CancelTripDepartureInput', 'data { id cancelledAt }'),
    variables: async ({ other }) => {
      const departure = await createDeparture();
      await createRegistration(departure, other.id);
      return { input: { id: departure.globalId, noteTr: 'Fırtına nedeniyle iptal.', noteEn: 'Cancelled for the storm.' } };
    },
    allowed: STAFF,
  },
  'Mutation.messageTripDeparture': {
    document: mutation('messageTripDeparture', 'MessageTripDepartureInput', 'data { recipients }'),
    variables: async ({ other }) => {
      const departure = await createDeparture();
      await createRegistration(departure, other.id);
      return { input: { id: departure.globalId, subjectTr: 'Saat değişti', bodyTr: 'Kalkış 10:30.', subjectEn: 'New time', bodyEn: 'We leave at 10:30.' } };
    },
    allowed: STAFF,
  },
};
