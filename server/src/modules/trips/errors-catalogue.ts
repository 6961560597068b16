// Why a catalogue change (a trip, a departure, its pick-up points) was refused. Messages in
// messages.ts (catalogue block), Turkish first.
import { TIME_ZONE } from '@katilim/schema/istanbul-day';
import { DomainError } from '../../errors.ts';
import type { Locale } from '../../i18n/messages.ts';

const instant: Record<Locale, Intl.DateTimeFormat> = {
  tr: new Intl.DateTimeFormat('tr-TR', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }),
};

/** An instant as İzmir wall-clock time in both languages, for DomainError.localizedParams. */
export const whenInBoth = (name: string, at: Date) => ({ tr: { [name]: instant.tr.format(at) }, en: { [name]: instant.en.format(at) } });

/** The trip is archived: no new departures, no registrations. */
export class TripArchivedError extends DomainError {
  readonly code = 'TRIP_ARCHIVED';
  readonly messageKey = 'error.trips.archived';
}

/** The departure was cancelled. */
export class TripDepartureCancelledError extends DomainError {
  readonly code = 'TRIP_DEPARTURE_CANCELLED';
  readonly messageKey = 'error.trips.departureCancelled';
}

/** The departure has started (or is over). */
export class TripDepartureStartedError extends DomainError {
  readonly code = 'TRIP_DEPARTURE_STARTED';
  readonly messageKey = 'error.trips.departureStarted';
  constructor(readonly startsAt: Date) {
    super();
    this.localizedParams = whenInBoth('date', startsAt);
  }
}

/** A lottery departure's capacity must be the sum of its pick-up points' seats. */
export class TripLotteryCapacityError extends DomainError {
  readonly code = 'TRIP_LOTTERY_CAPACITY';
  readonly messageKey = 'error.trips.lotteryCapacity';
  constructor(
    readonly capacity: number,
    readonly seats: number,
  ) {
    super();
    this.params = { capacity, seats };
  }
}

/** The capacity, or a pick-up point's seats, would go below the seats already held there. */
export class TripSeatsBelowHeldError extends DomainError {
  readonly code = 'TRIP_SEATS_BELOW_HELD';
  readonly messageKey = 'error.trips.seatsBelowHeld';
  constructor(
    readonly seats: number,
    readonly held: number,
    readonly pickupPointName: string | null,
  ) {
    super();
    this.params = { seats, held, place: pickupPointName ?? '—' };
  }
}

/** A pick-up point left out of the new list still has people on it (or waiting for it). */
export class TripPickupPointInUseError extends DomainError {
  readonly code = 'TRIP_PICKUP_POINT_IN_USE';
  readonly messageKey = 'error.trips.pickupPointInUse';
  constructor(readonly pickupPointName: string) {
    super();
    this.params = { place: pickupPointName };
  }
}

/** A lottery's entries are frozen (or drawn): its seats and window no longer change. */
export class TripEntriesFrozenError extends DomainError {
  readonly code = 'TRIP_ENTRIES_FROZEN';
  readonly messageKey = 'error.trips.entriesFrozen';
}
