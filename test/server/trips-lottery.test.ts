// The lottery's lifecycle through GraphQL: entries close (tiers, the canonical entry list and the
// distribution published with their hashes), staff enter the public value once, the draw confirms the
// drawn and waitlists the rest in draw order, reveals the secret and tells everyone in their language;
// the public record (GraphQL and the JSON file) is recomputed by the published script. Refusals are typed
// and translated and write nothing.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { prisma } from '@katilim/server/db/prisma';
import { closeDueEntries } from '@katilim/server/modules/trips/lottery';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fireAtOnce } from '../support/concurrency.ts';
import { recordSql } from '../support/sql-recorder.ts';
import { GraphQLClient } from '../support/graphql-client.ts';
import { clientFor, createPerson } from '../support/scenarios.ts';
import { mailsTo } from '../support/shifts-scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { createDeparture, createRegistration, createTrip, type Departure } from '../support/trips-scenarios.ts';

const run = promisify(execFile);
const SCRIPT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../server/scripts/verify-trip-draw.ts');
const SERVER_DIR = path.dirname(path.dirname(SCRIPT));

let server: TestServer;
let coordinator: GraphQLClient;
let coordinatorEn: GraphQLClient;
beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
  const english = await clientFor(server.graphqlUrl, ['COORDINATOR']);
  coordinatorEn = new GraphQLClient(server.graphqlUrl, { locale: 'en' }).setCookie('katilim_session', english.client.cookie('katilim_session')!);
});
afterAll(() => server?.close());

const HOUR = 3_600_000;
const BUCA = 7;
const KARABAGLAR = 15;
const DRAW_FIELDS = 'departureId tripTitle secretHash entriesClosedAt entryList entryListHash publicValue publicValueSource seed distribution distributionHash result secret drawnAt';
const RESULT = (field: string) =>
  `${field}(input: $input) { __typename ... on Mutation${field[0]!.toUpperCase()}${field.slice(1)}Success { data { ${DRAW_FIELDS} } } ... on InputValidationError { issues { path message } } ... on Error { code message } }`;
const CLOSE = `mutation($input: CloseTripEntriesInput!) { ${RESULT('closeTripEntries')} }`;
const PUBLIC_VALUE = `mutation($input: SetTripDrawPublicValueInput!) { ${RESULT('setTripDrawPublicValue')} }`;
const DRAW = `mutation($input: DrawTripLotteryInput!) { ${RESULT('drawTripLottery')} }`;
const TRIP_DRAW = `query($id: ID!) { tripDraw(departureId: $id) { ${DRAW_FIELDS} } }`;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

type Unit = { userId: string; registrationId: string; seats: number; point: number };

/** A lottery departure with two vehicles (4 and 3 seats) and 8 units asking 13 seats; who has what history is set per unit. */
async function lotteryScenario() {
  const trip = await createTrip({ priorityDistrictIds: [BUCA] });
  const departure = await createDeparture({ trip, allocation: 'LOTTERY', pickupPoints: [{ seats: 4 }, { seats: 3 }] });
  const units: Unit[] = [];
  const enter = async (point: number, children: number, spec: { districtId?: number; locale?: 'tr' | 'en' } = {}) => {
    const person = await createPerson({ gender: 'WOMAN', birthDate: '1988-04-02', districtId: spec.districtId ?? BUCA });
    if (spec.locale) await prisma.user.update({ where: { id: person.id }, data: { locale: spec.locale } });
    const registration = await createRegistration(departure, person.id, {
      status: 'ENTERED',
      pickupPointId: departure.pickupPoints[point]!.id,
      companions: Array.from({ length: children }, () => '2018-06-01'),
    });
    units.push({ userId: person.id, registrationId: registration.id, seats: 1 + children, point });
    return person;
  };
  const travelled = await enter(0, 0);
  const noShows = await enter(0, 1);
  const elsewhere = await enter(0, 0, { districtId: KARABAGLAR });
  await enter(0, 2, { locale: 'en' });
  await enter(0, 1);
  for (const children of [0, 1, 0]) await enter(1, children);
  // History: a seat held on another departure this season; two no-shows in the last year.
  const other = await createDeparture({ trip: await createTrip(), startsInHours: 14 * 24 - 2 });
  await createRegistration(other, travelled.id);
  for (const days of [40, 80]) {
    const past = await createDeparture({ startsInHours: -days * 24 });
    const r = await createRegistration(past, noShows.id);
    await prisma.tripRegistration.update({ where: { id: r.id }, data: { attendance: 'NO_SHOW' } });
  }
  return { departure, units, travelled, noShows, elsewhere };
}

async function drawn(departure: Departure) {
  await coordinator.ok(CLOSE, { input: { departureId: departure.globalId } });
  await coordinator.ok(PUBLIC_VALUE, { input: { departureId: departure.globalId, value: 'b0d1e5', source: 'drand round 5123456' } });
  return (await coordinator.ok(DRAW, { input: { departureId: departure.globalId } })).drawTripLottery;
}

const counts = async (departureId: string) => ({
  departure: await prisma.tripDeparture.findUniqueOrThrow({ where: { id: departureId }, select: { entriesClosedAt: true, publicValue: true, drawnAt: true, drawSeed: true } }),
  registrations: await prisma.tripRegistration.groupBy({ by: ['status'], where: { departureId }, _count: { _all: true }, orderBy: { status: 'asc' } }),
  outbox: await prisma.outboxMessage.count(),
  audit: await prisma.auditEntry.count({ where: { entityId: departureId } }),
});

describe('the public record before the draw', () => {
  it('shows the secret’s hash only; the secret stays hidden', async () => {
    const { departure } = await lotteryScenario();
    const { tripDraw } = await new GraphQLClient(server.graphqlUrl).ok(TRIP_DRAW, { id: departure.globalId });
    expect(tripDraw).toMatchObject({ secretHash: departure.drawSecretHash, entriesClosedAt: null, entryList: null, seed: null, secret: null, result: null });
    expect(tripDraw.secretHash).toBe(sha256(departure.drawSecret!));
  });

  it('is read in one SQL statement, rows and trip title included', async () => {
    const { departure } = await lotteryScenario();
    await coordinator.ok(CLOSE, { input: { departureId: departure.globalId } });
    const anonymous = new GraphQLClient(server.graphqlUrl);
    const { statements } = await recordSql(() => anonymous.ok(`query($id: ID!) { tripDraw(departureId: $id) { ${DRAW_FIELDS} entries { number outcome } } }`, { id: departure.globalId }));
    expect(statements.filter((sql) => /^SELECT/i.test(sql.trim()))).toHaveLength(1);
  });

  it('is null for a first-come departure', async () => {
    const departure = await createDeparture();
    expect((await coordinator.ok(TRIP_DRAW, { id: departure.globalId })).tripDraw).toBeNull();
  });
});

describe('the lifecycle', () => {
  it('closes entries with tiers, draws, confirms and waitlists in draw order, reveals the secret and tells everyone', async () => {
    const { departure, units, travelled, noShows, elsewhere } = await lotteryScenario();

    const closed = (await coordinator.ok(CLOSE, { input: { departureId: departure.globalId } })).closeTripEntries;
    expect(closed.__typename).toBe('MutationCloseTripEntriesSuccess');
    const record = closed.data;
    expect(record.entryListHash).toBe(sha256(record.entryList));
    expect(record.distributionHash).toBe(sha256(record.distribution));
    expect(record.entryList).not.toMatch(/Deniz|Test|@/);
    const list = JSON.parse(record.entryList);
    expect(list.points).toEqual([{ position: 0, seats: 4 }, { position: 1, seats: 3 }]);
    expect(list.entries).toHaveLength(8);
    const tierOf = async (userId: string) => (await prisma.tripRegistration.findFirstOrThrow({ where: { departureId: departure.id, userId } })).tier;
    expect(await tierOf(travelled.id)).toBe(2);
    expect(await tierOf(noShows.id)).toBe(2);
    expect(await tierOf(elsewhere.id)).toBe(1);
    expect(await tierOf(units[3]!.userId)).toBe(0);
    expect(await prisma.auditEntry.count({ where: { action: 'trips.closeEntries', entityId: departure.id } })).toBe(1);

    const valued = await coordinator.ok(PUBLIC_VALUE, { input: { departureId: departure.globalId, value: 'b0d1e5', source: 'drand round 5123456' } });
    expect(valued.setTripDrawPublicValue.data).toMatchObject({ publicValue: 'b0d1e5', publicValueSource: 'drand round 5123456', seed: null, secret: null });

    const result = (await coordinator.ok(DRAW, { input: { departureId: departure.globalId } })).drawTripLottery;
    expect(result.__typename).toBe('MutationDrawTripLotterySuccess');
    const draw = result.data;
    expect(draw.secret).toBe(departure.drawSecret);
    expect(draw.seed).toMatch(/^[0-9a-f]{64}$/);
    expect(draw.drawnAt).not.toBeNull();

    const outcome = JSON.parse(draw.result) as { points: { position: number; drawn: number[]; waitlist: number[] }[] };
    const registrations = await prisma.tripRegistration.findMany({ where: { departureId: departure.id }, include: { pickupPoint: true } });
    const byNumber = new Map(registrations.map((r) => [r.entryNumber, r]));
    for (const point of outcome.points) {
      const seats = point.drawn.reduce((n, number) => n + byNumber.get(number)!.seats, 0);
      expect(seats).toBeLessThanOrEqual(departure.pickupPoints[point.position]!.seats);
      point.drawn.forEach((number, i) => expect(byNumber.get(number)).toMatchObject({ status: 'CONFIRMED', drawPosition: i + 1 }));
      point.waitlist.forEach((number, i) => expect(byNumber.get(number)).toMatchObject({ status: 'WAITLISTED', drawPosition: point.drawn.length + i + 1 }));
      expect(point.drawn.length + point.waitlist.length).toBe(units.filter((u) => u.point === point.position).length);
    }
    // Point 0 has 4 seats for tier 0's 2 + 3 seats asked: the better tiers' units can never all be out.
    expect(registrations.filter((r) => r.status === 'CONFIRMED' && r.confirmedAt).length).toBeGreaterThan(0);

    for (const unit of units) {
      const registration = registrations.find((r) => r.userId === unit.userId)!;
      const mails = await mailsTo(unit.userId);
      expect(mails).toHaveLength(1);
      const locale = unit === units[3] ? 'en' : 'tr';
      expect(mails[0]).toMatchObject({ template: registration.status === 'CONFIRMED' ? 'tripLotteryDrawn' : 'tripLotteryNotDrawn', locale });
      expect(mails[0]!.bodyText).toContain(String(registration.entryNumber));
      if (registration.status === 'WAITLISTED') {
        const point = outcome.points[registration.pickupPoint.position]!;
        const place = point.waitlist.indexOf(registration.entryNumber) + 1;
        expect(mails[0]!.bodyText).toContain(locale === 'tr' ? `${place}. sıradasınız` : `number ${place} on the waiting list`);
      }
    }
    expect(await prisma.auditEntry.count({ where: { action: 'trips.drawLottery', entityId: departure.id } })).toBe(1);

    // The public record is what the coordinator saw, for anyone; its rows give each number's outcome.
    const { tripDraw } = await new GraphQLClient(server.graphqlUrl).ok(TRIP_DRAW, { id: departure.globalId });
    expect(tripDraw).toEqual(draw);
    const rows = (await new GraphQLClient(server.graphqlUrl).ok(`query($id: ID!) { tripDraw(departureId: $id) { entries { number seats tier pickup outcome drawPosition } } }`, { id: departure.globalId })).tripDraw.entries;
    expect(rows.map((row: { number: number }) => row.number)).toEqual([...byNumber.keys()].sort((a, b) => a - b));
    for (const row of rows) {
      const registration = byNumber.get(row.number)!;
      expect(row).toEqual({
        number: registration.entryNumber,
        seats: registration.seats,
        tier: registration.tier,
        pickup: registration.pickupPoint.position,
        outcome: registration.status === 'CONFIRMED' ? 'DRAWN' : 'WAITLISTED',
        drawPosition: registration.drawPosition,
      });
    }
  });

  it('serves the record as a JSON file that the published script recomputes; a tampered copy fails it', async () => {
    const { departure } = await lotteryScenario();
    const draw = (await drawn(departure)).data;
    const url = `${server.url}/trips/draws/${departure.id}.json`;
    const response = await fetch(url);
    expect(response.status).toBe(200);
    const file = await response.json();
    for (const field of ['secretHash', 'entryList', 'entryListHash', 'publicValue', 'seed', 'distribution', 'distributionHash', 'result', 'secret']) {
      expect(file[field]).toBe(draw[field]);
    }
    expect((await fetch(`${server.url}/trips/draws/${(await createDeparture()).id}.json`)).status).toBe(404);
    expect((await fetch(`${server.url}/trips/draws/not-a-uuid.json`)).status).toBe(404);

    const dir = await mkdtemp(path.join(tmpdir(), 'trip-draw-'));
    const good = path.join(dir, 'draw.json');
    await writeFile(good, JSON.stringify(file));
    const ok = await run(process.execPath, ['--import', 'tsx', SCRIPT, good], { cwd: SERVER_DIR });
    expect(ok.stdout).toMatch(/^OK:/m);
    const fromUrl = await run(process.execPath, ['--import', 'tsx', SCRIPT, url], { cwd: SERVER_DIR });
    expect(fromUrl.stdout).toMatch(/^OK:/m);

    const tampered = path.join(dir, 'tampered.json');
    await writeFile(tampered, JSON.stringify({ ...file, publicValue: 'another value' }));
    const failed = await run(process.execPath, ['--import', 'tsx', SCRIPT, tampered], { cwd: SERVER_DIR }).then(
      () => null,
      (error: { code: number; stdout: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stdout).toMatch(/MISMATCH: .*seed/);
  }, 60_000);

  it('fills a 45-seat boat exactly from 40 units asking 80 seats, sizes 1–4', async () => {
    const departure = await createDeparture({ allocation: 'LOTTERY' });
    const people = [];
    for (let i = 0; i < 40; i += 1) people.push(await createPerson({ gender: 'WOMAN', birthDate: '1985-01-01', districtId: BUCA }));
    for (const [i, person] of people.entries()) {
      // 16 units of 1 seat, 12 of 2, 8 of 3, 4 of 4: 80 seats asked for 45.
      const size = i < 16 ? 1 : i < 28 ? 2 : i < 36 ? 3 : 4;
      await createRegistration(departure, person.id, { status: 'ENTERED', companions: Array.from({ length: size - 1 }, () => '2017-01-01') });
    }
    const draw = (await drawn(departure)).data;
    const distribution = JSON.parse(draw.distribution);
    expect(distribution.points[0]).toMatchObject({ asked: 80, remaining: 45, p: 0.5625 });
    const seated = await prisma.tripRegistration.aggregate({ where: { departureId: departure.id, status: 'CONFIRMED' }, _sum: { seats: true } });
    expect(seated._sum.seats).toBe(45);
    expect(await prisma.tripRegistration.count({ where: { departureId: departure.id, status: 'WAITLISTED' } })).toBeGreaterThan(0);
  }, 60_000);

  it('draws only the seats nobody holds yet: a unit staff confirmed before the draw keeps its seats', async () => {
    const departure = await createDeparture({ allocation: 'LOTTERY', pickupPoints: [{ seats: 4 }] });
    const seated = await createPerson({ gender: 'WOMAN', birthDate: '1980-01-01', districtId: BUCA });
    await createRegistration(departure, seated.id, { companions: ['2016-01-01', '2017-01-01'] });
    for (let i = 0; i < 3; i += 1) {
      const person = await createPerson({ gender: 'WOMAN', birthDate: '1980-01-01', districtId: BUCA });
      await createRegistration(departure, person.id, { status: 'ENTERED' });
    }
    const draw = (await drawn(departure)).data;
    expect(JSON.parse(draw.entryList).points).toEqual([{ position: 0, seats: 1 }]);
    const held = await prisma.tripRegistration.aggregate({ where: { departureId: departure.id, status: 'CONFIRMED' }, _sum: { seats: true } });
    expect(held._sum.seats).toBe(4);
    expect(await prisma.tripRegistration.count({ where: { departureId: departure.id, status: 'WAITLISTED' } })).toBe(2);
  });

  it('never overfills when seats were given after entries closed: drawn units that no longer fit wait first in line', async () => {
    const departure = await createDeparture({ allocation: 'LOTTERY', pickupPoints: [{ seats: 4 }] });
    for (let i = 0; i < 4; i += 1) {
      const person = await createPerson({ gender: 'WOMAN', birthDate: '1980-01-01', districtId: BUCA });
      await createRegistration(departure, person.id, { status: 'ENTERED' });
    }
    await coordinator.ok(CLOSE, { input: { departureId: departure.globalId } });
    const late = await createPerson({ gender: 'WOMAN', birthDate: '1980-01-01', districtId: BUCA });
    await createRegistration(departure, late.id, { companions: ['2016-01-01'] });
    await coordinator.ok(PUBLIC_VALUE, { input: { departureId: departure.globalId, value: '9', source: 'drand round 9' } });
    const result = JSON.parse((await coordinator.ok(DRAW, { input: { departureId: departure.globalId } })).drawTripLottery.data.result);
    expect(result.points[0].drawn).toHaveLength(4);
    const rows = await prisma.tripRegistration.findMany({ where: { departureId: departure.id, userId: { not: late.id } } });
    const byNumber = new Map(rows.map((r) => [r.entryNumber, r]));
    expect(result.points[0].drawn.map((n: number) => byNumber.get(n)!.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'WAITLISTED', 'WAITLISTED']);
    const held = await prisma.tripRegistration.aggregate({ where: { departureId: departure.id, status: 'CONFIRMED' }, _sum: { seats: true } });
    expect(held._sum.seats).toBe(4);
  });

  it('draws once when two coordinators draw at the same moment', async () => {
    const { departure, units } = await lotteryScenario();
    await coordinator.ok(CLOSE, { input: { departureId: departure.globalId } });
    await coordinator.ok(PUBLIC_VALUE, { input: { departureId: departure.globalId, value: '7 12 19 23 31 44', source: 'Sayısal Loto, 2 Aralık' } });
    const answers = await fireAtOnce(2, (i) => [coordinator, coordinatorEn][i]!.ok(DRAW, { input: { departureId: departure.globalId } }));
    expect(answers.map((a) => a.drawTripLottery.__typename).sort()).toEqual(['MutationDrawTripLotterySuccess', 'TripAlreadyDrawnError']);
    expect(await prisma.outboxMessage.count({ where: { userId: { in: units.map((u) => u.userId) } } })).toBe(8);
    expect(await prisma.tripRegistration.count({ where: { departureId: departure.id, status: 'ENTERED' } })).toBe(0);
  });

  it('closes the entries of departures whose registration has ended, by the job', async () => {
    const ended = await createDeparture({ allocation: 'LOTTERY', closesInHours: -1 });
    const open = await createDeparture({ allocation: 'LOTTERY' });
    const person = await createPerson({ gender: 'WOMAN', birthDate: '1990-01-01', districtId: BUCA });
    await createRegistration(ended, person.id, { status: 'ENTERED' });
    expect(await closeDueEntries()).toBeGreaterThanOrEqual(1);
    const [e, o] = await Promise.all([ended, open].map((d) => prisma.tripDeparture.findUniqueOrThrow({ where: { id: d.id } })));
    expect(e!.entriesClosedAt).not.toBeNull();
    expect(e!.entryListHash).toBe(sha256(JSON.stringify({ entries: [{ number: 1, pickup: 0, seats: 1, tier: 0 }], points: [{ position: 0, seats: 45 }], version: 1 })));
    expect(o!.entriesClosedAt).toBeNull();
    expect(await closeDueEntries()).toBe(0);
  });

  it('closing now also ends the registration window', async () => {
    const departure = await createDeparture({ allocation: 'LOTTERY' });
    await coordinator.ok(CLOSE, { input: { departureId: departure.globalId } });
    const after = await prisma.tripDeparture.findUniqueOrThrow({ where: { id: departure.id } });
    expect(after.registrationClosesAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(after.registrationClosesAt.getTime()).toBeGreaterThan(Date.now() - HOUR);
  });
});

describe('refusals', () => {
  it.each([
    ['close', 'a first-come departure', CLOSE, async () => createDeparture(), 'TripNotLotteryError', 'NOT_A_LOTTERY'],
    ['close', 'a cancelled departure', CLOSE, async () => cancelled(await createDeparture({ allocation: 'LOTTERY' })), 'TripLotteryDepartureCancelledError', 'DEPARTURE_CANCELLED'],
    ['close', 'closed entries', CLOSE, async () => closedEntries(), 'TripEntriesAlreadyClosedError', 'ENTRIES_ALREADY_CLOSED'],
    ['enter the value for', 'open entries', PUBLIC_VALUE, async () => createDeparture({ allocation: 'LOTTERY' }), 'TripEntriesNotClosedError', 'ENTRIES_NOT_CLOSED'],
    ['enter the value for', 'a value entered', PUBLIC_VALUE, async () => valued(await closedEntries()), 'TripDrawPublicValueAlreadySetError', 'PUBLIC_VALUE_ALREADY_SET'],
    ['draw', 'open entries', DRAW, async () => createDeparture({ allocation: 'LOTTERY' }), 'TripEntriesNotClosedError', 'ENTRIES_NOT_CLOSED'],
    ['draw', 'no public value', DRAW, async () => closedEntries(), 'TripDrawNoPublicValueError', 'NO_PUBLIC_VALUE'],
    ['draw', 'a drawn departure', DRAW, async () => drawnDeparture(), 'TripAlreadyDrawnError', 'ALREADY_DRAWN'],
    ['draw', 'a first-come departure', DRAW, async () => createDeparture(), 'TripNotLotteryError', 'NOT_A_LOTTERY'],
  ] as const)('refuses to %s %s, typed and translated, writing nothing', async (_verb, _what, document, make, typename, code) => {
    const departure = await make();
    const before = await counts(departure.id);
    const input = document === PUBLIC_VALUE ? { departureId: departure.globalId, value: '42', source: 'drand round 42' } : { departureId: departure.globalId };
    const tr = Object.values(await coordinator.ok(document, { input }))[0] as { message: string };
    expect(tr).toMatchObject({ __typename: typename, code });
    const en = Object.values(await coordinatorEn.ok(document, { input }))[0] as { message: string };
    expect(en.message).not.toBe(tr.message);
    expect(en.message).toMatch(/^[A-Z]/);
    expect(await counts(departure.id)).toEqual(before);
  });

  it.each([
    [{ value: '', source: 'drand' }, 'value'],
    [{ value: '42', source: '   ' }, 'source'],
    [{ value: 'x'.repeat(201), source: 'drand' }, 'value'],
    [{ value: '42', source: 's'.repeat(201) }, 'source'],
  ])('refuses the public value %j by field', async (fields, field) => {
    const departure = await closedEntries();
    const answer = (await coordinator.ok(PUBLIC_VALUE, { input: { departureId: departure.globalId, ...fields } })).setTripDrawPublicValue;
    expect(answer.__typename).toBe('InputValidationError');
    expect(answer.issues.map((i: { path: string[] }) => i.path.at(-1))).toEqual([field]);
    expect((await prisma.tripDeparture.findUniqueOrThrow({ where: { id: departure.id } })).publicValue).toBeNull();
  });
});

async function drawnDeparture() {
  const { departure } = await lotteryScenario();
  await drawn(departure);
  return departure;
}
async function closedEntries() {
  const departure = await createDeparture({ allocation: 'LOTTERY' });
  await coordinator.ok(CLOSE, { input: { departureId: departure.globalId } });
  return departure;
}
async function valued(departure: Departure) {
  await coordinator.ok(PUBLIC_VALUE, { input: { departureId: departure.globalId, value: '1', source: 'drand round 1' } });
  return departure;
}
async function cancelled(departure: Departure) {
  await prisma.tripDeparture.update({ where: { id: departure.id }, data: { cancelledAt: new Date() } });
  return departure;
}
