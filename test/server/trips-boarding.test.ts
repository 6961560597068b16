// Trips' boarding: the unit's QR code, the guide's boarding list (fixed SQL, the phone numbers' read
// audited), syncing phone events (once each, all or nothing, convergence whatever the order),
// closing boarding (no-shows) and the boarding list as a PDF with Turkish letters.
import { inflateSync } from 'node:zlib';
import { prisma } from '@katilim/server/db/prisma';
import { translate } from '@katilim/server/i18n/messages';
import { checkInCodeOf } from '@katilim/server/modules/trips/boarding';
import { MAX_EVENTS_PER_SYNC } from '@katilim/server/modules/trips/validation-boarding';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../support/applications-scenarios.ts';
import { fireAtOnce } from '../support/concurrency.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { clientFor, cookieHeader } from '../support/scenarios.ts';
import { recordSql } from '../support/sql-recorder.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { boardingDeparture, confirmedUnit, tap, type PhoneEvent } from '../support/trips-board-scenarios.ts';
import { createRegistration } from '../support/trips-scenarios.ts';

let server: TestServer;
let guide: GraphQLClient;
let guide2: GraphQLClient;
beforeAll(async () => {
  server = await startTestServer();
  guide = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
  guide2 = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
});
afterAll(() => server?.close());

const LIST = `query($departureId: ID!, $pickupPointId: ID) { tripBoardingList(departureId: $departureId, pickupPointId: $pickupPointId) {
  departureId tripTitle startsAt boardingClosedAt pdfPath expected boarded pickupPointId
  pickupPoints { id name pickupAt }
  units { registrationId checkInCode entryNumber seats registrantName registrantPhone attendance pickupPoint { id name }
    participants { id firstName lastName isRegistrant child boardedAt } }
} }`;
const SYNC = `mutation($input: SyncTripBoardingInput!) { syncTripBoarding(input: $input) { __typename
  ... on MutationSyncTripBoardingSuccess { data { recorded duplicates participants { id boardedAt } } }
  ... on TripBoardingUnknownParticipantsError { participantIds }
  ... on InputValidationError { issues { path message } }
  ... on Error { code message } } }`;
const CLOSE = `mutation($input: CloseTripBoardingInput!) { closeTripBoarding(input: $input) { __typename
  ... on MutationCloseTripBoardingSuccess { data { id boardingClosedAt } }
  ... on TripBoardingNotStartedError { startsAt }
  ... on Error { code message } } }`;

const sync = (client: GraphQLClient, departureId: string, events: PhoneEvent[]) => client.ok(SYNC, { input: { departureId, events } }).then((d) => d.syncTripBoarding);

const boardedIds = async (participantIds: string[]) =>
  (await prisma.tripParticipant.findMany({ where: { id: { in: participantIds }, boardedAt: { not: null } }, select: { id: true } })).map((p) => p.id).sort();

describe('the unit’s QR code', () => {
  it('is an SVG of the link to its check-in, seen by the registrant and staff only', async () => {
    const departure = await boardingDeparture({ startsInHours: 24 });
    const { client: registrant, person } = await clientFor(server.graphqlUrl, ['VOLUNTEER'], { gender: 'WOMAN', birthDate: '1988-01-01' });
    const unit = await createRegistration(departure, person.id, { companions: ['2019-04-04'] });
    const QUERY = `query($id: ID!) { node(id: $id) { ... on TripRegistration { checkInQr } } }`;
    const seen = await registrant.ok(QUERY, { id: unit.globalId });
    const svg = Buffer.from(seen.node.checkInQr.replace('data:image/svg+xml;base64,', ''), 'base64').toString();
    const url = `${server.url}/trips/check-in/${unit.checkInCode}`;
    expect(svg).toBe(await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }));
    expect(checkInCodeOf(url)).toBe(unit.checkInCode);
    expect((await guide.ok(QUERY, { id: unit.globalId })).node.checkInQr).toBe(seen.node.checkInQr);

    const { client: stranger } = await clientFor(server.graphqlUrl, []);
    const refused = await stranger.request(QUERY, { id: unit.globalId });
    expect(refused.data?.node ?? null).toBeNull();
  });
});

describe('the boarding list', () => {
  it('lists the CONFIRMED units at a point (or all), children marked, the phone for the guide, one audit entry per read', async () => {
    const departure = await boardingDeparture();
    const konak = await confirmedUnit(departure, { person: { firstName: 'Ayşe', lastName: 'Yılmaz' }, companions: ['2018-06-01', '2020-01-15'] });
    const karsiyaka = await confirmedUnit(departure, { person: { firstName: 'Gülşen', lastName: 'Işık' }, companions: [], pickup: 1 });
    await confirmedUnit(departure, { status: 'WAITLISTED' });
    await confirmedUnit(departure, { status: 'CANCELLED' });
    const auditsBefore = await prisma.auditEntry.count({ where: { action: 'trip.readBoardingList', entityId: departure.id } });

    const all = (await guide.ok(LIST, { departureId: departure.globalId })).tripBoardingList;
    expect(all.units.map((u: { registrationId: string }) => u.registrationId)).toEqual([konak.unit.globalId, karsiyaka.unit.globalId]);
    expect(all).toMatchObject({ expected: 4, boarded: 0, pickupPointId: null, pdfPath: `/trips/departures/${departure.id}/boarding.pdf` });
    expect(all.pickupPoints.map((p: { name: string }) => p.name)).toEqual(['Konak İskelesi', 'Karşıyaka Çarşı']);
    expect(all.units[0]).toMatchObject({
      checkInCode: konak.unit.checkInCode,
      entryNumber: konak.unit.entryNumber,
      seats: 3,
      registrantName: 'Ayşe Yılmaz',
      registrantPhone: konak.person.phone,
      pickupPoint: { id: departure.pickupPoints[0]!.id, name: 'Konak İskelesi' },
    });
    expect(all.units[0].participants.map((p: { isRegistrant: boolean; child: boolean }) => [p.isRegistrant, p.child])).toEqual([
      [true, false],
      [false, true],
      [false, true],
    ]);

    const atKarsiyaka = (await guide.ok(LIST, { departureId: departure.globalId, pickupPointId: departure.pickupPoints[1]!.id })).tripBoardingList;
    expect(atKarsiyaka.units.map((u: { registrantName: string }) => u.registrantName)).toEqual(['Gülşen Işık']);
    expect(atKarsiyaka.pdfPath).toBe(`/trips/departures/${departure.id}/boarding.pdf?pickup=${departure.pickupPoints[1]!.id}`);

    const audits = await prisma.auditEntry.findMany({ where: { action: 'trip.readBoardingList', entityId: departure.id }, orderBy: { createdAt: 'asc' } });
    expect(audits.length - auditsBefore).toBe(2);
    expect(audits.at(-1)!.data).toEqual({ pickupPointId: departure.pickupPoints[1]!.id, registrations: 1 });
  });

  it('answers null for a point of another departure', async () => {
    const departure = await boardingDeparture();
    const other = await boardingDeparture();
    const data = await guide.ok(LIST, { departureId: departure.globalId, pickupPointId: other.pickupPoints[0]!.id });
    expect(data.tripBoardingList).toBeNull();
  });

  it('costs the same SQL statements for 2 units and for 12', { timeout: 120_000 }, async () => {
    const departure = await boardingDeparture();
    for (let i = 0; i < 2; i += 1) await confirmedUnit(departure, { pickup: (i % 2) as 0 | 1 });
    // The pg driver's COMMIT is announced by Prisma as such, PGlite's as an implicit one: the same statement.
    const normalise = (sql: string) =>
      sql
        .replace(/^-- Implicit "(\w+)" query via underlying driver$/, '$1')
        .replace(/"public"\./g, '')
        .replace(/IN \((?:\$\d+,?)+\)/g, 'IN ($…)')
        .replace(/\$\d+/g, '$?');
    const read = async () => {
      const { result, statements } = await recordSql(() => guide.ok(LIST, { departureId: departure.globalId }));
      return { units: result.tripBoardingList.units.length as number, statements: statements.map(normalise) };
    };
    const few = await read();
    for (let i = 0; i < 10; i += 1) await confirmedUnit(departure, { pickup: (i % 2) as 0 | 1, companions: i % 3 ? ['2019-02-02'] : [] });
    const many = await read();
    expect([few.units, many.units]).toEqual([2, 12]);
    expect(many.statements).toEqual(few.statements);
    expect(few.statements).toMatchSnapshot();
  });
});

describe('syncing check-ins from phones', () => {
  it('records each event once: a retried sync changes nothing', async () => {
    const departure = await boardingDeparture();
    const { unit } = await confirmedUnit(departure);
    const [mother, child] = unit.participants;
    const events = [tap(mother!.id, 'BOARD', 120), tap(child!.id, 'BOARD', 110)];
    const first = await sync(guide, departure.globalId, events);
    expect(first.data).toMatchObject({ recorded: 2, duplicates: 0 });
    expect(first.data.participants.every((p: { boardedAt: string | null }) => p.boardedAt !== null)).toBe(true);
    const again = await sync(guide, departure.globalId, events);
    expect(again.data).toMatchObject({ recorded: 0, duplicates: 2 });
    expect(await prisma.tripBoardingEvent.count({ where: { participantId: { in: [mother!.id, child!.id] } } })).toBe(2);
    const stored = await prisma.tripParticipant.findUniqueOrThrow({ where: { id: mother!.id } });
    expect(stored.boardedAt?.toISOString()).toBe(events[0]!.at);

    // The same batch sent at once from flaky retries: still stored once.
    const batch = [tap(mother!.id, 'UNBOARD', 30), tap(mother!.id, 'BOARD', 20)];
    const results = await fireAtOnce(4, () => sync(guide, departure.globalId, batch));
    expect(results.map((r) => r.data.recorded).reduce((a, b) => a + b, 0)).toBe(2);
    expect(await prisma.tripBoardingEvent.count({ where: { participantId: mother!.id } })).toBe(3);
  });

  // Two guides' phones hold these taps for one person; they sync in every order, some twice.
  const guideA = (id: string) => [tap(id, 'BOARD', 300, '00000000-0000-4000-8000-00000000000a'), tap(id, 'UNBOARD', 100, '00000000-0000-4000-8000-00000000000c')];
  const guideB = (id: string) => [tap(id, 'BOARD', 200, '00000000-0000-4000-8000-00000000000b')];
  it.each([
    ['A then B', ['A', 'B']],
    ['B then A', ['B', 'A']],
    ['A, B, A again', ['A', 'B', 'A']],
    ['B, A, B again', ['B', 'A', 'B']],
  ])('two guides converge on the latest tap whatever the order (%s)', async (_name, order) => {
    const departure = await boardingDeparture();
    const { unit } = await confirmedUnit(departure, { companions: [] });
    const id = unit.participants[0]!.id;
    // Fresh ids per case (the client ids are unique across departures), same times and tie-break order.
    const suffix = Math.random().toString(16).slice(2, 10).padEnd(8, '0');
    const phone = { A: guideA(id), B: guideB(id) } as const;
    for (const events of Object.values(phone)) for (const event of events) event.clientEventId = event.clientEventId.slice(0, 24) + suffix + event.clientEventId.slice(32);
    for (const who of order) await sync(who === 'A' ? guide : guide2, departure.globalId, [...phone[who as 'A' | 'B']]);
    // A's UNBOARD is the latest tap: the person is not on board, whichever phone synced last.
    expect(await boardedIds([id])).toEqual([]);
    expect(await prisma.tripBoardingEvent.count({ where: { participantId: id } })).toBe(3);
  });

  it('breaks a tie of the same instant by the client id, the same on every server', async () => {
    const departure = await boardingDeparture();
    const { unit } = await confirmedUnit(departure, { companions: [] });
    const id = unit.participants[0]!.id;
    const at = new Date(Date.now() - 60_000).toISOString();
    const low = { clientEventId: `11111111-1111-4111-8111-${Date.now().toString(16).padStart(12, '0').slice(-12)}`, participantId: id, action: 'UNBOARD' as const, at };
    const high = { clientEventId: `ffffffff-1111-4111-8111-${Date.now().toString(16).padStart(12, '0').slice(-12)}`, participantId: id, action: 'BOARD' as const, at };
    await sync(guide2, departure.globalId, [high]);
    await sync(guide, departure.globalId, [low]);
    expect(await boardedIds([id])).toEqual([id]);
  });

  it('refuses, writing nothing, events for people not on a CONFIRMED unit of the departure, and lists them', async () => {
    const departure = await boardingDeparture();
    const other = await boardingDeparture();
    const { unit } = await confirmedUnit(departure);
    const { unit: waiting } = await confirmedUnit(departure, { status: 'WAITLISTED' });
    const { unit: elsewhere } = await confirmedUnit(other);
    const before = await prisma.tripBoardingEvent.count();
    const refused = await sync(guide, departure.globalId, [tap(unit.participants[0]!.id), tap(waiting.participants[0]!.id), tap(elsewhere.participants[1]!.id)]);
    expect(refused).toMatchObject({
      __typename: 'TripBoardingUnknownParticipantsError',
      code: 'TRIP_BOARDING_UNKNOWN_PARTICIPANTS',
      message: translate('tr', 'trips.boarding.unknownParticipants', { count: 2 }),
    });
    expect(refused.participantIds).toEqual([waiting.participants[0]!.id, elsewhere.participants[1]!.id].sort());
    expect(await prisma.tripBoardingEvent.count()).toBe(before);
    expect(await boardedIds([unit.participants[0]!.id])).toEqual([]);
  });

  it.each([
    ['a client id that is no UUID', (id: string) => [{ ...tap(id), clientEventId: 'tap-1' }], ['events', '0', 'clientEventId']],
    ['a participant id that is no UUID', () => [tap('someone')], ['events', '0', 'participantId']],
    ['a tap years away', (id: string) => [{ ...tap(id), at: '2001-01-01T10:00:00Z' }], ['events', '0', 'at']],
    ['no events', () => [], ['events']],
    [`more than ${MAX_EVENTS_PER_SYNC} events`, (id: string) => Array.from({ length: MAX_EVENTS_PER_SYNC + 1 }, () => tap(id)), ['events']],
  ])('refuses %s as a field error', async (_name, events, path) => {
    const departure = await boardingDeparture();
    const { unit } = await confirmedUnit(departure, { companions: [] });
    const refused = await sync(guide, departure.globalId, events(unit.participants[0]!.id));
    expect(refused.__typename).toBe('InputValidationError');
    expect(refused.issues.map((issue: { path: string[] }) => issue.path)).toContainEqual(path);
  });

  it('refuses a cancelled departure, in the caller’s language', async () => {
    const departure = await boardingDeparture();
    const { unit } = await confirmedUnit(departure, { companions: [] });
    await prisma.tripDeparture.update({ where: { id: departure.id }, data: { cancelledAt: new Date() } });
    const refused = await sync(guide, departure.globalId, [tap(unit.participants[0]!.id)]);
    expect(refused).toMatchObject({ code: 'TRIP_DEPARTURE_WAS_CANCELLED', message: translate('tr', 'trips.boarding.departureCancelled') });
  });
});

describe('closing boarding', () => {
  it('only after the start; then units with nobody on board are no-shows, others attended; closing again changes nothing', async () => {
    const later = await boardingDeparture({ startsInHours: 3 });
    const early = await guide.ok(CLOSE, { input: { departureId: later.globalId } });
    expect(early.closeTripBoarding).toMatchObject({ code: 'TRIP_BOARDING_NOT_STARTED', startsAt: later.startsAt.toISOString() });
    expect((await prisma.tripDeparture.findUniqueOrThrow({ where: { id: later.id } })).boardingClosedAt).toBeNull();

    const departure = await boardingDeparture();
    const came = await confirmedUnit(departure);
    const childOnly = await confirmedUnit(departure);
    const absent = await confirmedUnit(departure);
    const undone = await confirmedUnit(departure, { companions: [] });
    await sync(guide, departure.globalId, [
      tap(came.unit.participants[0]!.id),
      tap(childOnly.unit.participants[1]!.id),
      tap(undone.unit.participants[0]!.id, 'BOARD', 100),
      tap(undone.unit.participants[0]!.id, 'UNBOARD', 50),
    ]);
    const closed = (await guide.ok(CLOSE, { input: { departureId: departure.globalId } })).closeTripBoarding;
    expect(closed.data.boardingClosedAt).not.toBeNull();
    const attendance = async () =>
      Object.fromEntries(
        (await prisma.tripRegistration.findMany({ where: { departureId: departure.id }, select: { id: true, attendance: true } })).map((r) => [r.id, r.attendance]),
      );
    expect(await attendance()).toEqual({ [came.unit.id]: 'ATTENDED', [childOnly.unit.id]: 'ATTENDED', [absent.unit.id]: 'NO_SHOW', [undone.unit.id]: 'NO_SHOW' });

    const again = (await guide2.ok(CLOSE, { input: { departureId: departure.globalId } })).closeTripBoarding;
    expect(again.data.boardingClosedAt).toBe(closed.data.boardingClosedAt);
    expect(await prisma.auditEntry.count({ where: { action: 'trip.closeBoarding', entityId: departure.id } })).toBe(1);

    // A phone that was offline at the pier syncs after closing: its unit's attendance follows.
    await sync(guide2, departure.globalId, [tap(absent.unit.participants[0]!.id, 'BOARD', 3600)]);
    expect((await attendance())[absent.unit.id]).toBe('ATTENDED');
  });
});

/** The text a PDF's ToUnicode maps carry (pdfkit writes the embedded font's characters there). */
function pdfUnicode(pdf: Buffer): { fonts: string[]; chars: Set<number> } {
  const raw = pdf.toString('latin1');
  const chars = new Set<number>();
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index! + match[0].length;
    const end = raw.indexOf('endstream', start);
    let text: string;
    try {
      text = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const range of text.matchAll(/<([0-9a-f]{4})>\s*<([0-9a-f]{4})>\s*\[((?:<[0-9a-f]{4}>\s*)+)\]/gi)) {
      for (const code of range[3]!.matchAll(/<([0-9a-f]{4})>/gi)) chars.add(parseInt(code[1]!, 16));
    }
    for (const single of text.matchAll(/<([0-9a-f]{4})>\s*<([0-9a-f]{4})>\s*\n/gi)) chars.add(parseInt(single[2]!, 16));
  }
  return { fonts: [...raw.matchAll(/\/BaseFont\s*\/([A-Z]{6}\+)?([\w-]+)/g)].map((m) => m[2]!), chars };
}

describe('the boarding list as PDF', () => {
  it('is a PDF with Turkish letters for coordinators, 404 for everyone else and for unknown departures or points', async () => {
    const departure = await boardingDeparture();
    await confirmedUnit(departure, { person: { firstName: 'Şükran', lastName: 'Işıkçığ' } });
    const path = `/trips/departures/${departure.id}/boarding.pdf`;
    const response = await fetch(`${server.url}${path}`, { headers: { cookie: cookieHeader(guide) } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const { fonts, chars } = pdfUnicode(bytes);
    expect(fonts.every((font) => font.startsWith('DejaVuSans'))).toBe(true);
    for (const letter of 'ŞüğıİçIş') expect(chars.has(letter.codePointAt(0)!), letter).toBe(true);

    const byGlobalId = await fetch(`${server.url}/trips/departures/${encodeURIComponent(departure.globalId)}/boarding.pdf?pickup=${departure.pickupPoints[1]!.id}`, {
      headers: { cookie: cookieHeader(guide) },
    });
    expect(byGlobalId.status).toBe(200);

    const { client: volunteer } = await clientFor(server.graphqlUrl, ['VOLUNTEER']);
    expect((await fetch(`${server.url}${path}`, { headers: { cookie: cookieHeader(volunteer) } })).status).toBe(404);
    expect((await fetch(`${server.url}${path}`)).status).toBe(404);
    const other = await boardingDeparture();
    for (const bad of [`${path}?pickup=${other.pickupPoints[0]!.id}`, `${path}?pickup=nonsense`, `/trips/departures/${globalId('Trip', departure.id)}/boarding.pdf`]) {
      expect((await fetch(`${server.url}${bad}`, { headers: { cookie: cookieHeader(guide) } })).status, bad).toBe(404);
    }
  });
});
