// Scenario builders for the trips waitlist: units waiting in line, a person's ranked registrations,
// and a self-cancellation made the way the registration part makes it (under the departure's lock,
// the freed seats offered on in the same transaction), so the waitlist is tested on its own.
import { prisma } from '@katilim/server/db/prisma';
import { lockDeparture } from '@katilim/server/modules/trips/seats';
import { JOB_ACTOR, offerFreedSeats } from '@katilim/server/modules/trips/waitlist';
import { createPerson } from './scenarios.ts';
import { createRegistration, type Departure, type RegistrationSpec } from './trips-scenarios.ts';

/** Children under 12 for a unit of `seats` people (the woman herself plus seats - 1). */
export const childrenFor = (seats: number) => Array.from({ length: seats - 1 }, (_, i) => `2018-0${(i % 9) + 1}-15`);

/** A woman waiting in line with her children: a unit of `seats`. */
export async function waitingUnit(departure: Departure, seats: number, spec: RegistrationSpec = {}) {
  const woman = await createPerson({ gender: 'WOMAN', birthDate: '1988-06-01', districtId: 7 });
  return createRegistration(departure, woman.id, { status: 'WAITLISTED', companions: childrenFor(seats), ...spec });
}

/** A confirmed unit of `seats` on the departure. */
export async function seatedUnit(departure: Departure, seats = 1, spec: RegistrationSpec = {}) {
  const woman = await createPerson({ gender: 'WOMAN', birthDate: '1985-02-01', districtId: 7 });
  return createRegistration(departure, woman.id, { status: 'CONFIRMED', companions: childrenFor(seats), ...spec });
}

export async function rank(registrationId: string, preferenceRank: number) {
  await prisma.tripRegistration.update({ where: { id: registrationId }, data: { preferenceRank } });
}

/** A self-cancellation before the cut-off: CANCELLED (SELF) and the seats offered on, in one transaction. */
export async function cancelAndOffer(registrationId: string, now = new Date()): Promise<string[]> {
  return prisma.$transaction(
    async (tx) => {
      const { departureId } = await tx.tripRegistration.findUniqueOrThrow({ where: { id: registrationId }, select: { departureId: true } });
      await lockDeparture(tx, departureId);
      await tx.tripRegistration.update({ where: { id: registrationId }, data: { status: 'CANCELLED', cancelReason: 'SELF', cancelledAt: now, holdExpiresAt: null } });
      return offerFreedSeats(tx, departureId, JOB_ACTOR, now);
    },
    { maxWait: 60_000, timeout: 60_000 },
  );
}

export async function statusOf(registrationId: string) {
  return (await prisma.tripRegistration.findUniqueOrThrow({ where: { id: registrationId }, select: { status: true } })).status;
}

/** Seats held on a departure (CONFIRMED and OFFERED units, companions counted). */
export async function heldSeats(departureId: string): Promise<number> {
  const sum = await prisma.tripRegistration.aggregate({ where: { departureId, status: { in: ['CONFIRMED', 'OFFERED'] } }, _sum: { seats: true } });
  return sum._sum.seats ?? 0;
}
