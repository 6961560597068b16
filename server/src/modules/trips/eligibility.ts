// Who may register for a trip, decided on the departure's İzmir day. WOMEN trips: a woman of at
// least the trip's minimum age living in an İzmir district, travelling with up to maxCompanions of
// her children, each at most companionMaxAge. CHILDREN trips: a guardian (18+) registers 1 to
// maxCompanions children within the trip's age band. Pure: the caller loads the rows.
import { ADULT_AGE, ageOn } from '@katilim/schema/age';
import { istanbulDayOf } from '@katilim/schema/istanbul-day';
import type { Gender, TripAudience } from '../../generated/prisma/enums.ts';
import { TripNotEligibleError, TripTravellerCountError } from './errors-registration.ts';

export type EligibilityTrip = {
  audience: TripAudience;
  minAge: number;
  maxAge: number | null;
  maxCompanions: number;
  companionMaxAge: number;
};

export type Registrant = {
  firstName: string;
  lastName: string;
  /** YYYY-MM-DD */
  birthDate: string;
  gender: Gender | null;
  districtId: number | null;
};

export type Traveller = { firstName: string; lastName: string; birthDate: string };

export type Participant = Traveller & { position: number; isRegistrant: boolean };

/** A Date column of type date as YYYY-MM-DD. */
export const dayOfDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The unit's participants in order (the woman first on a WOMEN trip; only the children on a
 * CHILDREN trip), or the typed refusal. `knownDistrict` tells whether the person's district is one
 * of İzmir's (every District row is).
 */
export function unitFor(trip: EligibilityTrip, registrant: Registrant, travellers: readonly Traveller[], startsAt: Date, knownDistrict: boolean): Participant[] {
  const day = istanbulDayOf(startsAt);
  const age = ageOn(registrant.birthDate, day) ?? -1;
  if (trip.audience === 'WOMEN') {
    if (registrant.gender !== 'WOMAN') throw new TripNotEligibleError('GENDER');
    if (age < trip.minAge || (trip.maxAge !== null && age > trip.maxAge)) throw new TripNotEligibleError('AGE', trip.minAge, trip.maxAge);
    if (registrant.districtId === null || !knownDistrict) throw new TripNotEligibleError('DISTRICT');
    if (travellers.length > trip.maxCompanions) throw new TripTravellerCountError(0, trip.maxCompanions);
    travellers.forEach((child, index) => {
      const childAge = ageOn(child.birthDate, day);
      if (childAge === null || childAge < 0 || childAge > trip.companionMaxAge) throw new TripNotEligibleError('CHILD_AGE', 0, trip.companionMaxAge, index);
    });
    return [
      { position: 0, isRegistrant: true, firstName: registrant.firstName, lastName: registrant.lastName, birthDate: registrant.birthDate },
      ...travellers.map((child, index) => ({ ...child, position: index + 1, isRegistrant: false })),
    ];
  }
  if (age < ADULT_AGE) throw new TripNotEligibleError('AGE', ADULT_AGE, null);
  const most = Math.max(1, trip.maxCompanions);
  if (travellers.length < 1 || travellers.length > most) throw new TripTravellerCountError(1, most);
  travellers.forEach((child, index) => {
    const childAge = ageOn(child.birthDate, day);
    if (childAge === null || childAge < trip.minAge || (trip.maxAge !== null && childAge > trip.maxAge)) {
      throw new TripNotEligibleError('CHILD_AGE', trip.minAge, trip.maxAge, index);
    }
  });
  return travellers.map((child, index) => ({ ...child, position: index, isRegistrant: false }));
}
