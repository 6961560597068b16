// Trips' communication, delivered over real SMTP through the outbox: a coordinator's message and a
// cancellation (weather) reach everyone on the departure in their own language, and the reminder the
// day before goes out once even when two servers run the job at the same moment.
import { prisma } from '@katilim/server/db/prisma';
import { translate } from '@katilim/server/i18n/messages';
import { sendTripReminders } from '@katilim/server/modules/trips/communication';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fireAtOnce } from '../support/concurrency.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { clientFor } from '../support/scenarios.ts';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '../support/smtp-sink.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { confirmedUnit } from '../support/trips-board-scenarios.ts';
import { createDeparture, createTrip } from '../support/trips-scenarios.ts';

let sink: SmtpSink;
let server: TestServer;
let coordinator: GraphQLClient;
beforeAll(async () => {
  sink = await startSmtpSink();
  server = await startTestServer({ jobs: true, env: { SMTP_URL: sink.url } });
  coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
});
afterAll(async () => {
  await server?.close();
  await sink?.close();
});

const sentTo = (address: string) => (mail: ReceivedMail) => mail.envelope.to.includes(address);
const mailsTo = (address: string) => sink.received.filter(sentTo(address));

const MESSAGE = `mutation($input: MessageTripDepartureInput!) { messageTripDeparture(input: $input) { __typename
  ... on MutationMessageTripDepartureSuccess { data { recipients } }
  ... on InputValidationError { issues { path message } }
  ... on Error { code message } } }`;
const CANCEL = `mutation($input: CancelTripDepartureInput!) { cancelTripDeparture(input: $input) { __typename
  ... on MutationCancelTripDepartureSuccess { data { id cancelledAt cancellationNote } }
  ... on InputValidationError { issues { path message } }
  ... on Error { code message } } }`;

async function departureWithPeople(startsInHours = 14 * 24) {
  const trip = await createTrip({ titleTr: 'Körfez Turu Ağustos', titleEn: 'Gulf Tour August' });
  const departure = await createDeparture({ trip, startsInHours, cutoffHours: 1 });
  const turkish = await confirmedUnit(departure, { person: { firstName: 'Şebnem', locale: 'tr' } });
  const english = await confirmedUnit(departure, { person: { firstName: 'Emily', locale: 'en' }, status: 'OFFERED' });
  const waiting = await confirmedUnit(departure, { person: { locale: 'en' }, status: 'WAITLISTED' });
  const gone = await confirmedUnit(departure, { status: 'CANCELLED' });
  return { departure, turkish, english, waiting, gone };
}

describe('a coordinator’s message to a departure', () => {
  it('reaches every CONFIRMED or OFFERED registrant over SMTP in their language, nobody else', async () => {
    const { departure, turkish, english, waiting, gone } = await departureWithPeople();
    const input = { id: departure.globalId, subjectTr: 'Kalkış saati değişti', bodyTr: 'Tekne 10.30’da kalkacak.', subjectEn: 'New departure time', bodyEn: 'The boat leaves at 10:30.' };
    const sent = await coordinator.ok(MESSAGE, { input });
    expect(sent.messageTripDeparture.data).toEqual({ recipients: 2 });

    const tr = await sink.waitFor(sentTo(turkish.person.email), 15_000);
    expect(tr.subject).toContain('Körfez Turu Ağustos');
    expect(tr.subject).toContain('Kalkış saati değişti');
    expect(tr.body).toContain('Merhaba Şebnem');
    expect(tr.body).toContain('Tekne 10.30’da kalkacak.');
    const en = await sink.waitFor(sentTo(english.person.email), 15_000);
    expect(en.subject).toContain('Gulf Tour August');
    expect(en.subject).toContain('New departure time');
    expect(en.body).toContain('Hello Emily');
    expect(en.body).toContain('The boat leaves at 10:30.');
    expect(en.body).not.toContain('Tekne');
    const queued = await prisma.outboxMessage.count({ where: { toAddress: { in: [waiting.person.email, gone.person.email] } } });
    expect(queued).toBe(0);
  });

  it('refuses blank text as field errors and a cancelled departure as a typed error', async () => {
    const { departure } = await departureWithPeople();
    const valid = { id: departure.globalId, subjectTr: 's', bodyTr: 'b', subjectEn: 's', bodyEn: 'b' };
    for (const [field, value] of [['subjectTr', ' '], ['bodyEn', ''], ['bodyTr', 'x'.repeat(5001)]] as const) {
      const blank = await coordinator.ok(MESSAGE, { input: { ...valid, [field]: value } });
      expect(blank.messageTripDeparture.issues.map((i: { path: string[] }) => i.path.join('.')), field).toEqual([field]);
    }
    expect(await prisma.outboxMessage.count({ where: { template: 'tripDepartureMessage', subject: { endsWith: ': s' } } })).toBe(0);
    // One message per request: aliases cannot mail everyone twice.
    const twice = await coordinator.request(
      `mutation($input: MessageTripDepartureInput!) { a: messageTripDeparture(input: $input) { __typename } b: messageTripDeparture(input: $input) { __typename } }`,
      { input: valid },
    );
    expect(twice.errors?.[0]?.message).toBe(translate('tr', 'error.oncePerRequest', { field: 'messageTripDeparture' }));
    expect(await prisma.outboxMessage.count({ where: { template: 'tripDepartureMessage', subject: { endsWith: ': s' } } })).toBe(0);
    await prisma.tripDeparture.update({ where: { id: departure.id }, data: { cancelledAt: new Date() } });
    const refused = await coordinator.ok(MESSAGE, { input: { id: departure.globalId, subjectTr: 's', bodyTr: 'b', subjectEn: 's', bodyEn: 'b' } });
    expect(refused.messageTripDeparture).toMatchObject({ code: 'TRIP_DEPARTURE_WAS_CANCELLED', message: translate('tr', 'trips.boarding.departureCancelled') });
  });
});

describe('cancelling a departure', () => {
  it('cancels every live registration and tells each person in their language with the note', async () => {
    const { departure, turkish, english, waiting, gone } = await departureWithPeople();
    const input = { id: departure.globalId, noteTr: 'Fırtına uyarısı nedeniyle tekne kalkmayacak.', noteEn: 'The boat will not sail: a storm warning.' };
    const cancelled = (await coordinator.ok(CANCEL, { input })).cancelTripDeparture;
    expect(cancelled.data.cancelledAt).not.toBeNull();
    expect(cancelled.data.cancellationNote).toBe(input.noteTr);

    const rows = await prisma.tripRegistration.findMany({ where: { departureId: departure.id }, select: { id: true, status: true, cancelReason: true } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const unit of [turkish.unit, english.unit, waiting.unit]) expect(byId.get(unit.id)).toMatchObject({ status: 'CANCELLED', cancelReason: 'DEPARTURE_CANCELLED' });
    expect(byId.get(gone.unit.id)).toMatchObject({ status: 'CANCELLED', cancelReason: null });

    const tr = await sink.waitFor(sentTo(turkish.person.email), 15_000);
    expect(tr.subject).toBe('Katılım: "Körfez Turu Ağustos" gezisi iptal edildi');
    expect(tr.body).toContain(input.noteTr);
    for (const person of [english.person, waiting.person]) {
      const en = await sink.waitFor(sentTo(person.email), 15_000);
      expect(en.subject).toBe('Katılım: the trip "Gulf Tour August" is cancelled');
      expect(en.body).toContain(input.noteEn);
      expect(en.body).not.toContain(input.noteTr);
    }
    expect(await prisma.outboxMessage.count({ where: { toAddress: gone.person.email } })).toBe(0);

    const again = (await coordinator.ok(CANCEL, { input })).cancelTripDeparture;
    expect(again.code).toBe('TRIP_DEPARTURE_WAS_CANCELLED');
  });

  it('refuses a departure that is over', async () => {
    const departure = await createDeparture({ startsInHours: -10, cutoffHours: 1, openedHoursAgo: 400, closesInHours: -48 });
    const refused = (await coordinator.ok(CANCEL, { input: { id: departure.globalId, noteTr: 'n', noteEn: 'n' } })).cancelTripDeparture;
    expect(refused).toMatchObject({ code: 'TRIP_DEPARTURE_IS_OVER', message: translate('tr', 'trips.boarding.departureOver') });
    expect((await prisma.tripDeparture.findUniqueOrThrow({ where: { id: departure.id } })).cancelledAt).toBeNull();
  });
});

describe('the reminder the day before', () => {
  it('mails CONFIRMED registrants of departures within 24 hours once, even when two servers run the job at once', async () => {
    const tomorrow = await departureWithPeople(20);
    const later = await departureWithPeople(30);
    const stormy = await departureWithPeople(10);
    await prisma.tripDeparture.update({ where: { id: stormy.departure.id }, data: { cancelledAt: new Date() } });

    await fireAtOnce(3, () => sendTripReminders());
    await sendTripReminders();

    const outbox = (address: string) => prisma.outboxMessage.count({ where: { toAddress: address, template: 'tripDayBeforeReminder' } });
    expect(await outbox(tomorrow.turkish.person.email)).toBe(1);
    for (const person of [tomorrow.english.person, tomorrow.waiting.person, later.turkish.person, stormy.turkish.person]) expect(await outbox(person.email)).toBe(0);
    expect((await prisma.tripDeparture.findUniqueOrThrow({ where: { id: tomorrow.departure.id } })).remindedAt).not.toBeNull();
    expect((await prisma.tripDeparture.findUniqueOrThrow({ where: { id: later.departure.id } })).remindedAt).toBeNull();

    const mail = await sink.waitFor(sentTo(tomorrow.turkish.person.email), 15_000);
    expect(mail.subject).toBe('Katılım: "Körfez Turu Ağustos" gezisi yarın');
    expect(mail.body).toContain('Konak İskelesi');
    expect(mail.body).toContain('Kişi sayısı: 2');
    expect(mail.body).toContain(`${server.url}/trips/mine`);
    expect(mailsTo(tomorrow.turkish.person.email)).toHaveLength(1);
  });

  it('reminds an English registrant in English', async () => {
    const trip = await createTrip({ titleTr: 'Müze Gezisi', titleEn: 'Museum Visit' });
    const departure = await createDeparture({ trip, startsInHours: 12, cutoffHours: 1 });
    const { person } = await confirmedUnit(departure, { person: { firstName: 'Emma', locale: 'en' }, companions: [] });
    await sendTripReminders();
    const mail = await sink.waitFor(sentTo(person.email), 15_000);
    expect(mail.subject).toBe('Katılım: the trip "Museum Visit" is tomorrow');
    expect(mail.body).toContain('Hello Emma');
    expect(mail.body).toContain('Bring: A hat and water.');
  });
});
