// Telling people on a departure: the reminder the day before (a job), a cancellation (weather …)
// and a coordinator's message. Every mail goes through the outbox in the transaction of the change,
// in each person's language; the outbox is nudged after the commit.
import { MY_TRIPS_PATH } from './paths.ts';
import type { Actor } from '../../context.ts';
import { prisma, type Tx } from '../../db/prisma.ts';
import type { Locale } from '../../i18n/messages.ts';
import { publicUrl } from '../accounts/service.ts';
import { audit } from '../audit/service.ts';
import { notifyOutbox } from '../notifications/dispatch.ts';
import { enqueueEmail } from '../notifications/outbox.ts';
import { TripDepartureIsOverError, TripDepartureWasCancelledError } from './errors-boarding.ts';
import { lockDeparture } from './seats.ts';

const HOUR = 3_600_000;
/** Where a person sees their registrations (and their QR code). */
/** Registrations a cancellation closes: everything still waiting for or holding seats. */
const LIVE = ['ENTERED', 'CONFIRMED', 'OFFERED', 'WAITLISTED'] as const;

type Recipient = {
  registrationId: string;
  userId: string;
  email: string;
  firstName: string;
  locale: Locale;
};

async function recipientsOf(tx: Tx, departureId: string, statuses: readonly (typeof LIVE)[number][]): Promise<Recipient[]> {
  const rows = await tx.tripRegistration.findMany({
    where: { departureId, status: { in: [...statuses] }, user: { erasedAt: null } },
    orderBy: { entryNumber: 'asc' },
    select: { id: true, userId: true, user: { select: { email: true, firstName: true, locale: true } } },
  });
  return rows.map((row) => ({ registrationId: row.id, userId: row.userId, email: row.user.email, firstName: row.user.firstName, locale: row.user.locale }));
}

const titleIn = (locale: Locale, trip: { titleTr: string; titleEn: string }) => (locale === 'en' ? trip.titleEn : trip.titleTr);

// ── The reminder the day before ──

/**
 * Mails every CONFIRMED registrant of departures starting within 24 hours that have not been reminded,
 * and marks them reminded. The mark is taken by one UPDATE … WHERE remindedAt IS NULL RETURNING: two
 * servers running the job at once each get a different set of departures (the second waits for the
 * first's row locks and then finds them reminded), so a reminder goes out once.
 */
export async function sendTripReminders(now = new Date()): Promise<number> {
  const mailed = await prisma.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "TripDeparture" SET "remindedAt" = ${now}, "updatedAt" = now()
      WHERE "remindedAt" IS NULL AND "cancelledAt" IS NULL AND "startsAt" > ${now} AND "startsAt" <= ${new Date(now.getTime() + 24 * HOUR)}
      RETURNING id`;
    let count = 0;
    for (const { id } of due) {
      const departure = await tx.tripDeparture.findUniqueOrThrow({
        where: { id },
        select: { startsAt: true, trip: { select: { titleTr: true, titleEn: true, whatToBringTr: true, whatToBringEn: true } } },
      });
      const registrations = await tx.tripRegistration.findMany({
        where: { departureId: id, status: 'CONFIRMED', user: { erasedAt: null } },
        orderBy: { entryNumber: 'asc' },
        select: {
          userId: true,
          seats: true,
          user: { select: { email: true, firstName: true, locale: true } },
          pickupPoint: { select: { name: true, address: true, pickupAt: true } },
        },
      });
      for (const registration of registrations) {
        const locale = registration.user.locale;
        await enqueueEmail(tx, {
          template: 'tripDayBeforeReminder',
          locale,
          to: registration.user.email,
          userId: registration.userId,
          params: {
            firstName: registration.user.firstName,
            tripTitle: titleIn(locale, departure.trip),
            startsAt: departure.startsAt,
            link: `${publicUrl()}${MY_TRIPS_PATH}`,
            pickupName: registration.pickupPoint.name,
            pickupAddress: registration.pickupPoint.address,
            pickupAt: registration.pickupPoint.pickupAt,
            whatToBring: locale === 'en' ? departure.trip.whatToBringEn : departure.trip.whatToBringTr,
            travellers: registration.seats,
          },
        });
        count += 1;
      }
      await audit(tx, { userId: null, requestId: 'job:trips-reminders', ip: null }, 'trip.remind', { type: 'TripDeparture', id }, { mailed: registrations.length });
    }
    return count;
  });
  if (mailed) notifyOutbox();
  return mailed;
}

// ── Cancelling a departure ──

export type CancelNote = { noteTr: string; noteEn: string };

/**
 * Cancels a departure (weather, a broken-down boat …): every live registration becomes CANCELLED with
 * DEPARTURE_CANCELLED and its person is told in their language with the note. Answers how many were told.
 */
export async function cancelTripDeparture(departureId: string, note: CancelNote, actor: Actor, now = new Date()): Promise<number> {
  const told = await prisma.$transaction(async (tx) => {
    const departure = await lockDeparture(tx, departureId);
    if (departure.cancelledAt) throw new TripDepartureWasCancelledError();
    if (now >= departure.endsAt) throw new TripDepartureIsOverError();
    const recipients = await recipientsOf(tx, departureId, LIVE);
    const closed = await tx.tripRegistration.updateMany({
      where: { departureId, status: { in: [...LIVE] } },
      data: { status: 'CANCELLED', cancelReason: 'DEPARTURE_CANCELLED', cancelledAt: now, holdExpiresAt: null },
    });
    await tx.tripDeparture.update({
      where: { id: departureId },
      data: { cancelledAt: now, cancellationNoteTr: note.noteTr, cancellationNoteEn: note.noteEn },
    });
    for (const person of recipients) {
      await enqueueEmail(tx, {
        template: 'tripDepartureCancelled',
        locale: person.locale,
        to: person.email,
        userId: person.userId,
        params: {
          firstName: person.firstName,
          tripTitle: titleIn(person.locale, departure.trip),
          startsAt: departure.startsAt,
          link: `${publicUrl()}/trips`,
          note: person.locale === 'en' ? note.noteEn : note.noteTr,
        },
      });
    }
    await audit(tx, actor, 'trip.cancelDeparture', { type: 'TripDeparture', id: departureId }, { registrations: closed.count, told: recipients.length });
    return recipients.length;
  });
  notifyOutbox();
  return told;
}

// ── A coordinator's message ──

export type DepartureMessage = { subjectTr: string; bodyTr: string; subjectEn: string; bodyEn: string };

/** Mails every CONFIRMED or OFFERED registrant of the departure in their language. Answers how many. */
export async function messageTripDeparture(departureId: string, message: DepartureMessage, actor: Actor, now = new Date()): Promise<number> {
  const told = await prisma.$transaction(async (tx) => {
    // The lock keeps the list of people still right until the messages are queued.
    const departure = await lockDeparture(tx, departureId);
    if (departure.cancelledAt) throw new TripDepartureWasCancelledError();
    if (now >= departure.endsAt) throw new TripDepartureIsOverError();
    const recipients = await recipientsOf(tx, departureId, ['CONFIRMED', 'OFFERED']);
    for (const person of recipients) {
      const english = person.locale === 'en';
      await enqueueEmail(tx, {
        template: 'tripDepartureMessage',
        locale: person.locale,
        to: person.email,
        userId: person.userId,
        params: {
          firstName: person.firstName,
          tripTitle: titleIn(person.locale, departure.trip),
          startsAt: departure.startsAt,
          link: `${publicUrl()}${MY_TRIPS_PATH}`,
          subject: english ? message.subjectEn : message.subjectTr,
          body: english ? message.bodyEn : message.bodyTr,
        },
      });
    }
    // The subject only: the body is free text and may name people.
    await audit(tx, actor, 'trip.messageDeparture', { type: 'TripDeparture', id: departureId }, { subjectTr: message.subjectTr, told: recipients.length });
    return recipients.length;
  });
  if (told) notifyOutbox();
  return told;
}
