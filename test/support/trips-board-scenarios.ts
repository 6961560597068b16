// Scenario builders for boarding and communication: a departure with two pick-up points and
// confirmed units (women with children), and events as a guide's phone makes them.
import { randomUUID } from 'node:crypto';
import { prisma } from '@katilim/server/db/prisma';
import { createPerson, type PersonSpec } from './scenarios.ts';
import { createDeparture, createRegistration, type Departure, type DepartureSpec, type RegistrationSpec } from './trips-scenarios.ts';

/** A woman of 35 (Turkish unless `locale` says otherwise). */
export async function createWoman(spec: PersonSpec & { locale?: 'tr' | 'en' } = {}) {
  const { locale, ...person } = spec;
  const woman = await createPerson({ gender: 'WOMAN', birthDate: '1990-03-08', districtId: 7, ...person });
  return locale ? prisma.user.update({ where: { id: woman.id }, data: { locale } }) : woman;
}

/** A departure with two pick-up points (Konak by boat, Karşıyaka by bus), starting in `startsInHours` (default two hours ago). */
export async function boardingDeparture(spec: DepartureSpec = {}) {
  return createDeparture({
    startsInHours: -2,
    cutoffHours: 1,
    openedHoursAgo: 24 * 20,
    closesInHours: -24,
    pickupPoints: [
      { name: 'Konak İskelesi', seats: 30, vehicle: 'BOAT' },
      { name: 'Karşıyaka Çarşı', seats: 15, vehicle: 'BUS' },
    ],
    ...spec,
  });
}

/** A CONFIRMED unit of a new woman (with children under 12 when `companions` lists their birth dates). */
export async function confirmedUnit(departure: Departure, spec: RegistrationSpec & { person?: PersonSpec & { locale?: 'tr' | 'en' }; pickup?: 0 | 1 } = {}) {
  const { person: personSpec, pickup, ...registration } = spec;
  const person = await createWoman(personSpec);
  const unit = await createRegistration(departure, person.id, {
    companions: ['2018-06-01'],
    pickupPointId: departure.pickupPoints[pickup ?? 0]!.id,
    ...registration,
  });
  return { person, unit };
}

export type PhoneEvent = { clientEventId: string; participantId: string; action: 'BOARD' | 'UNBOARD'; at: string };

/** A tap on a guide's phone: BOARD by default, `secondsAgo` before now by the phone's clock. */
export function tap(participantId: string, action: 'BOARD' | 'UNBOARD' = 'BOARD', secondsAgo = 60, clientEventId: string = randomUUID()): PhoneEvent {
  return { clientEventId, participantId, action, at: new Date(Date.now() - secondsAgo * 1000).toISOString() };
}
