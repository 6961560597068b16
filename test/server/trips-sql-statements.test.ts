// The SQL the trips lists send, snapshotted: the public catalogue (trips with their departures,
// seats left overall and per pick-up point, the waitlist's length and the viewer's registration), the
// person's own registrations and the staff list of a departure's registrations cost a fixed number of
// statements however many trips, departures and registrations there are.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { recordSql } from '../support/sql-recorder.ts';
import { clientFor } from '../support/scenarios.ts';
import { createDeparture, createRegistration, createTrip, womanClient, type Departure } from '../support/trips-scenarios.ts';
import { bornYearsAgo } from '../support/trips-reg-scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let woman: GraphQLClient;
let womanId: string;
let coordinator: GraphQLClient;
beforeAll(async () => {
  server = await startTestServer();
  const made = await womanClient(server.graphqlUrl);
  woman = made.client;
  womanId = made.person.id;
  coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
});
afterAll(() => server?.close());

function normalise(sql: string): string {
  return sql
    .replace(/"public"\./g, '')
    .replace(/IN \((?:\$\d+,?)+\)/g, 'IN ($…)')
    .replace(/\$\d+/g, '$?');
}

const CATALOGUE = `{
  trips(first: 5, search: "tur") {
    totalCount
    edges { node {
      id title description whatToBring accessibility audience minAge maxCompanions
      departures { id startsAt capacity allocation seatsLeft waitlistCount registrationOpen
        myRegistration { id status seats } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;
// A departure's page: its pick-up points with the seats left at each (the catalogue list leaves them
// out: pickupPoints counts as a list of ten in the query's complexity).
const DEPARTURE = `query($id: ID!) {
  node(id: $id) { ... on TripDeparture { id seatsLeft waitlistCount registrationOpen trip { id title } myRegistration { id status }
    pickupPoints { id name address pickupAt vehicle vehicleName seats seatsLeft district { id name } } } }
}`;
const MINE = `{
  myTripRegistrations { id status seats entryNumber checkInFree: preferenceRank departure { id startsAt trip { id title } } pickupPoint { id name pickupAt } participants { position firstName birthDate } }
}`;
const ROSTER = `query($d: ID!) {
  tripRegistrations(departureId: $d, first: 100) {
    totalCount
    edges { node { id status seats entryNumber registrant { id firstName lastName } pickupPoint { name } participants { firstName birthDate } } }
  }
}`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read loosely typed results
async function record(client: GraphQLClient, query: string, variables: Record<string, unknown> = {}): Promise<{ data: any; statements: string[] }> {
  const { result, statements } = await recordSql(() => client.ok(query, variables));
  return { data: result, statements: statements.map(normalise).sort() };
}

/** Trips with departures of two pick-up points, others registered and waiting, the woman on some. */
async function addTrips(count: number, departuresEach: number): Promise<Departure[]> {
  const made: Departure[] = [];
  for (let i = 0; i < count; i += 1) {
    const trip = await createTrip({ titleTr: `Körfez Turu ${i}`, titleEn: `Gulf Tour ${i}` });
    for (let k = 0; k < departuresEach; k += 1) {
      const departure = await createDeparture({ trip, startsInHours: 24 * (5 + i + k), pickupPoints: [{ seats: 3 }, { seats: 3 }] });
      const other = await womanClient(server.graphqlUrl);
      await createRegistration(departure, other.person.id, { companions: [bornYearsAgo(4)] });
      await createRegistration(departure, (await womanClient(server.graphqlUrl)).person.id, { status: 'WAITLISTED', pickupPointId: departure.pickupPoints[1]!.id });
      if (k === 0) await createRegistration(departure, womanId, { companions: [bornYearsAgo(6)] });
      made.push(departure);
    }
  }
  return made;
}

describe('statements of the trips lists', () => {
  it('the catalogue, her registrations and the staff roster: the same statements for 2 trips and for 8', { timeout: 180_000 }, async () => {
    const [first] = await addTrips(2, 2);
    const few = { catalogue: await record(woman, CATALOGUE), mine: await record(woman, MINE), roster: await record(coordinator, ROSTER, { d: first!.globalId }) };
    expect(few.catalogue.data.trips.totalCount).toBe(2);
    const listed = few.catalogue.data.trips.edges.map((e: { node: { departures: { id: string }[] } }) => e.node.departures).flat();
    expect(listed.find((d: { id: string }) => d.id === first!.globalId)).toMatchObject({ seatsLeft: 2, waitlistCount: 1, myRegistration: { status: 'CONFIRMED', seats: 2 } });
    const page = await record(woman, DEPARTURE, { id: first!.globalId });
    expect(page.data.node.pickupPoints.map((p: { seatsLeft: number }) => p.seatsLeft)).toEqual([0, 2]);
    expect(few.mine.data.myTripRegistrations).toHaveLength(2);
    expect(few.roster.data.tripRegistrations.totalCount).toBe(3);

    await addTrips(6, 3);
    const many = { catalogue: await record(woman, CATALOGUE), mine: await record(woman, MINE), roster: await record(coordinator, ROSTER, { d: first!.globalId }) };
    expect(many.catalogue.data.trips.totalCount).toBe(8);
    expect(many.catalogue.data.trips.edges).toHaveLength(5);
    expect(many.mine.data.myTripRegistrations).toHaveLength(8);

    const pageAgain = await record(woman, DEPARTURE, { id: first!.globalId });
    expect(pageAgain.statements).toEqual(page.statements);
    expect(many.catalogue.statements).toEqual(few.catalogue.statements);
    expect(many.mine.statements).toEqual(few.mine.statements);
    expect(many.roster.statements).toEqual(few.roster.statements);
    expect({ trips: few.catalogue.statements, departure: page.statements, myTripRegistrations: few.mine.statements, tripRegistrations: few.roster.statements }).toMatchSnapshot();
  });
});
