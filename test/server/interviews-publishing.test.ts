// Publishing interview slots in bulk: Istanbul wall times land as the right instants, conflicts
// (within the batch, with slots already published) refuse the whole batch naming the clashes,
// and input mistakes come back translated. Also: the coordinator's slot list costs a fixed number
// of SQL statements however many slots and bookings it shows.
import { addDays, isoWeekday, istanbulInstant, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { prisma } from '@katilim/server/db/prisma';
import { SESSION_COOKIE } from '@katilim/server/http/cookies';
import { translate } from '@katilim/server/i18n/messages';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRound, globalId } from '../support/applications-scenarios.ts';
import { GraphQLClient } from '../support/graphql-client.ts';
import { createBooking, createSlot, interviewWriteCounts } from '../support/interviews-scenarios.ts';
import { clientFor, createPerson } from '../support/scenarios.ts';
import { recordSql } from '../support/sql-recorder.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let coordinator: { client: GraphQLClient; person: { id: string } };
beforeAll(async () => {
  server = await startTestServer();
  coordinator = await clientFor(server.graphqlUrl, ['COORDINATOR']);
});
afterAll(() => server?.close());

const PUBLISH = /* GraphQL */ `
  mutation Publish($input: PublishInterviewSlotsInput!) {
    publishInterviewSlots(input: $input) {
      __typename
      ... on MutationPublishInterviewSlotsSuccess {
        data { id startsAt endsAt capacity bookedCount placesLeft location onlineUrl interviewers { fullName } }
      }
      ... on InterviewerConflictError {
        total
        clashes { interviewerId interviewerName startsAt endsAt conflictingStartsAt conflictingEndsAt existing }
      }
      ... on InputValidationError { issues { path message } }
      ... on Error { code message }
    }
  }
`;

/** The first Monday at least a week away, Istanbul calendar. */
function nextMonday(): string {
  let day = addDays(todayInIstanbul(), 7);
  while (isoWeekday(day) !== 1) day = addDays(day, 1);
  return day;
}

/** Each test its own interviewer, so slots published by one test never clash with another's. */
function newInterviewer() {
  return createPerson({ roles: ['COORDINATOR'], firstName: 'Sevgi', lastName: 'Işıkçı' });
}

function batch(roundId: string, interviewer: { id: string }, overrides: Record<string, unknown> = {}) {
  const monday = nextMonday();
  return {
    roundId,
    fromDate: monday,
    toDate: addDays(monday, 13),
    weekdays: ['MONDAY', 'WEDNESDAY'],
    times: ['14:30', '10:00'],
    durationMinutes: 45,
    interviewerIds: [globalId('User', interviewer.id)],
    location: 'Konak Kadın Dayanışma Merkezi',
    capacity: 1,
    ...overrides,
  };
}

async function newRound() {
  return createRound({ status: 'INTERVIEWING' });
}

describe('publishing slots', () => {
  it('creates every slot of the range at its Istanbul time, with the interviewers, in one audited write', async () => {
    const round = await newRound();
    const interviewer = await newInterviewer();
    const colleague = await createPerson({ roles: ['COORDINATOR'], firstName: 'Ali', lastName: 'Çınar' });
    const input = batch(round.globalId, interviewer, { interviewerIds: [globalId('User', interviewer.id), globalId('User', colleague.id)], capacity: 3 });

    const { publishInterviewSlots: result } = await coordinator.client.ok(PUBLISH, { input });

    expect(result.__typename).toBe('MutationPublishInterviewSlotsSuccess');
    const monday = input.fromDate;
    const wednesday = addDays(monday, 2);
    // Istanbul is UTC+3 all year: 10:00 there is 07:00Z, 14:30 is 11:30Z; in time order.
    expect(result.data.map((slot: { startsAt: string }) => slot.startsAt)).toEqual(
      [monday, wednesday, addDays(monday, 7), addDays(wednesday, 7)].flatMap((day) => [`${day}T07:00:00.000Z`, `${day}T11:30:00.000Z`]),
    );
    expect(result.data[0]).toMatchObject({
      endsAt: `${monday}T07:45:00.000Z`,
      capacity: 3,
      bookedCount: 0,
      placesLeft: 3,
      location: 'Konak Kadın Dayanışma Merkezi',
      onlineUrl: null,
      interviewers: [{ fullName: 'Ali Çınar' }, { fullName: 'Sevgi Işıkçı' }],
    });
    expect(await prisma.interviewSlot.count({ where: { roundId: round.id } })).toBe(8);
    expect(await prisma.interviewSlotInterviewer.count({ where: { slot: { roundId: round.id } } })).toBe(16);
    const entries = await prisma.auditEntry.findMany({ where: { action: 'interview.publishSlots', entityId: round.id } });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.data).toMatchObject({ slots: 8, capacity: 3 });
  });

  it('refuses a batch whose own slots overlap, naming every clash, and writes nothing', async () => {
    const round = await newRound();
    const interviewer = await newInterviewer();
    const before = await interviewWriteCounts();
    const input = batch(round.globalId, interviewer, { times: ['10:00', '10:30'], weekdays: ['MONDAY'], toDate: nextMonday() });

    const { publishInterviewSlots: result } = await coordinator.client.ok(PUBLISH, { input });

    expect(result.__typename).toBe('InterviewerConflictError');
    expect(result.code).toBe('INTERVIEWER_CONFLICT');
    expect(result.message).toBe(translate('tr', 'error.interviewerConflict', { count: 1 }));
    expect(result.clashes).toEqual([
      {
        interviewerId: globalId('User', interviewer.id),
        interviewerName: 'Sevgi Işıkçı',
        startsAt: `${input.fromDate}T07:00:00.000Z`,
        endsAt: `${input.fromDate}T07:45:00.000Z`,
        conflictingStartsAt: `${input.fromDate}T07:30:00.000Z`,
        conflictingEndsAt: `${input.fromDate}T08:15:00.000Z`,
        existing: false,
      },
    ]);
    expect(await interviewWriteCounts()).toEqual(before);
  });

  it('refuses a batch that overlaps a slot the interviewer already has in another round, and writes nothing', async () => {
    const busyIn = await newRound();
    const round = await newRound();
    const monday = nextMonday();
    const interviewer = await newInterviewer();
    // Already interviewing 10:15–11:00 on the first Wednesday, for another round.
    await createSlot(busyIn, { startsAt: istanbulInstant(addDays(monday, 2), '10:15'), durationMinutes: 45, interviewers: [interviewer] });
    const before = await interviewWriteCounts();

    const { publishInterviewSlots: result } = await coordinator.client.ok(PUBLISH, { input: batch(round.globalId, interviewer) });

    expect(result.__typename).toBe('InterviewerConflictError');
    expect(result.total).toBe(1);
    expect(result.clashes).toEqual([
      expect.objectContaining({
        interviewerName: 'Sevgi Işıkçı',
        startsAt: `${addDays(monday, 2)}T07:00:00.000Z`,
        conflictingStartsAt: `${addDays(monday, 2)}T07:15:00.000Z`,
        existing: true,
      }),
    ]);
    expect(await interviewWriteCounts()).toEqual(before);

    // Someone else, free at that time, can have the same batch.
    const colleague = await createPerson({ roles: ['COORDINATOR'] });
    const other = await coordinator.client.ok(PUBLISH, { input: batch(round.globalId, colleague) });
    expect(other.publishInterviewSlots.__typename).toBe('MutationPublishInterviewSlotsSuccess');
  });

  it('lets back-to-back slots touch without a clash', async () => {
    const round = await newRound();
    const result = await coordinator.client.ok(PUBLISH, {
      input: batch(round.globalId, await newInterviewer(), { times: ['09:00', '09:45', '10:30'], weekdays: ['TUESDAY'] }),
    });
    expect(result.publishInterviewSlots.__typename).toBe('MutationPublishInterviewSlotsSuccess');
    expect(result.publishInterviewSlots.data).toHaveLength(6);
  });

  it('accepts only coordinators as interviewers', async () => {
    const round = await newRound();
    const volunteer = await createPerson({ roles: ['VOLUNTEER'] });
    const result = await coordinator.client.ok(PUBLISH, { input: batch(round.globalId, volunteer) });
    expect(result.publishInterviewSlots).toMatchObject({ __typename: 'InvalidInterviewerError', message: translate('tr', 'error.invalidInterviewer') });
  });

  it('says so when every time of the batch is already past', async () => {
    const round = await newRound();
    const today = todayInIstanbul();
    const weekday = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'][isoWeekday(today) - 1];
    const result = await coordinator.client.ok(PUBLISH, {
      input: batch(round.globalId, await newInterviewer(), { fromDate: today, toDate: today, weekdays: [weekday], times: ['00:00'] }),
    });
    expect(result.publishInterviewSlots.__typename).toBe('NoSlotsToPublishError');
  });

  const monday = nextMonday();
  it.each([
    ['an end before the start', { toDate: addDays(monday, -1) }, ['toDate'], 'validation.dateOrder'],
    ['a range of 93 days', { toDate: addDays(monday, 92) }, ['toDate'], 'validation.rangeTooLong'],
    ['a start in the past', { fromDate: addDays(todayInIstanbul(), -1) }, ['fromDate'], 'validation.dateNotPast'],
    ['a time that is not HH:MM', { times: ['10:00', '25:00'] }, ['times', '1'], 'validation.time'],
    ['the same time twice', { times: ['10:00', '10:00'] }, ['times'], 'validation.uniqueTimes'],
    ['no time', { times: [] }, ['times'], 'validation.times'],
    ['no weekday', { weekdays: [] }, ['weekdays'], 'validation.weekdays'],
    ['5 minutes', { durationMinutes: 5 }, ['durationMinutes'], 'validation.duration'],
    ['241 minutes', { durationMinutes: 241 }, ['durationMinutes'], 'validation.duration'],
    ['no place', { capacity: 0 }, ['capacity'], 'validation.capacity'],
    ['21 places', { capacity: 21 }, ['capacity'], 'validation.capacity'],
    ['no interviewer', { interviewerIds: [] }, ['interviewerIds'], 'validation.interviewers'],
    ['neither a place nor a link', { location: '  ', onlineUrl: null }, ['location'], 'validation.placeRequired'],
    ['a link that is not https', { location: null, onlineUrl: 'http://meet.example.org/x' }, ['onlineUrl'], 'validation.httpsUrl'],
    // The URL parser drops CR, LF and tabs silently: each would have started a line of its own in .ics files.
    ['a link with CR/LF', { location: null, onlineUrl: 'https://meet.example.org/x\r\nATTENDEE:mailto:x@evil.example' }, ['onlineUrl'], 'validation.httpsUrl'],
    ['a link with a tab', { location: null, onlineUrl: 'https://meet.example.org/\tx' }, ['onlineUrl'], 'validation.httpsUrl'],
    ['a link with a space', { location: null, onlineUrl: 'https://meet.example.org/a b' }, ['onlineUrl'], 'validation.httpsUrl'],
    ['a link with credentials', { location: null, onlineUrl: 'https://user:pw@meet.example.org/x' }, ['onlineUrl'], 'validation.httpsUrl'],
  ] as const)('refuses %s, translated, and writes nothing', async (_case, overrides, path, key) => {
    const round = await newRound();
    const interviewer = await newInterviewer();
    const before = await interviewWriteCounts();
    const english = new GraphQLClient(server.graphqlUrl, { locale: 'en' }).setCookie(SESSION_COOKIE, coordinator.client.cookie(SESSION_COOKIE)!);
    for (const [client, locale] of [[coordinator.client, 'tr'], [english, 'en']] as const) {
      const { publishInterviewSlots: result } = await client.ok(PUBLISH, { input: batch(round.globalId, interviewer, overrides) });
      expect(result.__typename).toBe('InputValidationError');
      expect(result.issues).toContainEqual({ path, message: translate(locale, key) });
    }
    expect(await interviewWriteCounts()).toEqual(before);
  });

  // The Date scalar itself refuses a day that does not exist, before the input's rules run.
  it('refuses an impossible date as BAD_USER_INPUT, translated, and writes nothing', async () => {
    const round = await newRound();
    const before = await interviewWriteCounts();
    const response = await coordinator.client.request(PUBLISH, { input: batch(round.globalId, await newInterviewer(), { fromDate: '2027-02-30' }) });
    expect(response.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([['BAD_USER_INPUT', translate('tr', 'error.invalidDate')]]);
    expect(await interviewWriteCounts()).toEqual(before);
  });

  it('accepts an online-only group interview', async () => {
    const round = await newRound();
    const result = await coordinator.client.ok(PUBLISH, {
      input: batch(round.globalId, await newInterviewer(), {
        location: null,
        onlineUrl: 'https://toplanti.izmir.bel.tr/gorusme-1',
        capacity: 6,
        weekdays: ['FRIDAY'],
        times: ['18:00'],
      }),
    });
    expect(result.publishInterviewSlots.data).toHaveLength(2);
    expect(result.publishInterviewSlots.data[0]).toMatchObject({ location: null, onlineUrl: 'https://toplanti.izmir.bel.tr/gorusme-1', capacity: 6 });
  });
});

describe('the coordinator\'s slot list', () => {
  const SLOTS = /* GraphQL */ `
    query Slots($roundId: ID!, $from: Date!, $to: Date!) {
      interviewSlots(roundId: $roundId, from: $from, to: $to) {
        id startsAt endsAt capacity bookedCount placesLeft location onlineUrl
        interviewers { id fullName }
        bookings { id createdAt applicant { fullName } attended outcome }
      }
    }
  `;

  function normalise(sql: string): string {
    return sql
      .replace(/"public"\./g, '')
      .replace(/IN \((?:\$\d+,?)+\)/g, 'IN ($…)')
      .replace(/\$\d+/g, '$?');
  }

  it('lists the slots of the days asked, with interviewers and bookings, in the same statements for 2 slots and for 30', async () => {
    const round = await newRound();
    const day = nextMonday();
    const addSlots = async (count: number, offset: number) => {
      for (let i = 0; i < count; i += 1) {
        const interviewer = await createPerson({ roles: ['COORDINATOR'] });
        const startsAt = istanbulInstant(addDays(day, (offset + i) % 7), `${String(8 + ((offset + i) % 10)).padStart(2, '0')}:00`);
        const slot = await createSlot(round, { startsAt, capacity: 2, interviewers: [interviewer, coordinator.person] });
        await createBooking(round, slot);
      }
    };
    // Outside the range asked: the day before and the day after.
    await createSlot(round, { startsAt: istanbulInstant(addDays(day, -1), '23:30') });
    await createSlot(round, { startsAt: istanbulInstant(addDays(day, 7), '00:00') });
    const variables = { roundId: round.globalId, from: day, to: addDays(day, 6) };

    await addSlots(2, 0);
    const few = await recordSql(() => coordinator.client.ok(SLOTS, variables));
    expect(few.result.interviewSlots).toHaveLength(2);
    expect(few.result.interviewSlots[0].bookings).toHaveLength(1);
    expect(few.result.interviewSlots[0].interviewers).toHaveLength(2);

    await addSlots(28, 2);
    const many = await recordSql(() => coordinator.client.ok(SLOTS, variables));
    expect(many.result.interviewSlots).toHaveLength(30);
    const starts = many.result.interviewSlots.map((slot: { startsAt: string }) => slot.startsAt);
    expect(starts).toEqual([...starts].sort());

    const statements = (recorded: string[]) => recorded.map(normalise).sort();
    expect(statements(many.statements)).toEqual(statements(few.statements));
    expect(statements(few.statements)).toMatchSnapshot();
  });

  it('refuses a range that ends before it starts', async () => {
    const round = await newRound();
    const response = await coordinator.client.request(SLOTS, { roundId: round.globalId, from: '2027-01-10', to: '2027-01-01' });
    expect(response.data?.interviewSlots ?? null).toBeNull();
    expect(response.errors?.[0]?.message).toBeTruthy();
    expect(response.status).toBe(200);
  });
});
