// Council meetings: scheduling one meeting or a series, changing and cancelling them, and telling
// the members' guardians through the outbox in their language (never a suspended child's guardian;
// the child too only while the child-contact consent stands).
import { prisma } from '@katilim/server/db/prisma';
import { SESSION_COOKIE } from '@katilim/server/http/cookies';
import { translate } from '@katilim/server/i18n/messages';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../support/applications-scenarios.ts';
import { CANCEL, committeeWithChildren, inDays, meetingInput, SCHEDULE, UPDATE } from '../support/council-meetings-scenarios.ts';
import { createChild, createCouncilMeeting, facilitatorOf } from '../support/council-scenarios.ts';
import { GraphQLClient } from '../support/graphql-client.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const outboxTo = (address: string) => prisma.outboxMessage.findMany({ where: { toAddress: address }, orderBy: { createdAt: 'asc' } });

describe('scheduling a meeting', () => {
  it('creates it with its agenda and tells the active members’ guardians, each in their language', async () => {
    const { committee, facilitator, active, suspended } = await committeeWithChildren(server.graphqlUrl);
    const english = await createChild({ committee, firstName: 'Emily', guardianLocale: 'en', childEmail: 'emily-child@test.katilim' });
    const noContact = await createChild({
      committee,
      firstName: 'Cem',
      consents: ['COUNCIL_PARTICIPATION', 'COUNCIL_MEDIA'],
      childEmail: 'cem-child@test.katilim',
    });
    const result = await facilitator.client.ok(SCHEDULE, { input: meetingInput(committee) });
    const [meeting] = result.scheduleCouncilMeeting.data;
    expect(result.scheduleCouncilMeeting.data).toHaveLength(1);
    expect(meeting).toMatchObject({ title: 'Parklar üzerine toplantı', status: 'SCHEDULED', seriesId: null, placeName: 'Konak Çocuk Meclisi Salonu' });
    // 16:00 in İzmir is 13:00 UTC (UTC+3 all year).
    expect(meeting.startsAt).toBe(`${inDays(7)}T13:00:00.000Z`);
    expect(meeting.agendaItems).toEqual([
      { position: 0, title: 'Açılış', notes: '' },
      { position: 1, title: 'Park önerisi', notes: 'Kültürpark' },
    ]);

    const [tr] = await outboxTo(active.guardian.email!);
    expect(tr).toMatchObject({ template: 'councilMeetingScheduled', locale: 'tr', userId: null });
    expect(tr!.subject).toContain('Parklar üzerine toplantı');
    expect(tr!.bodyText).toContain('Merhaba Veli');
    expect(tr!.bodyText).toContain('Ada adlı çocuğunuzun');
    expect(tr!.bodyText).toContain('16:00');
    const [en] = await outboxTo(english.guardian.email!);
    expect(en).toMatchObject({ locale: 'en' });
    expect(en!.bodyText).toContain('Hello Veli');
    expect(en!.bodyText).toContain('where Emily is a member');
    expect(en!.bodyText).not.toContain('Merhaba');
    // The child with the child-contact consent is told too; the one without it is not.
    expect(await outboxTo('emily-child@test.katilim')).toHaveLength(1);
    expect(await outboxTo('cem-child@test.katilim')).toHaveLength(0);
    expect(await outboxTo(noContact.guardian.email!)).toHaveLength(1);
    // A suspended child's guardian is not invited.
    expect(await outboxTo(suspended.guardian.email!)).toHaveLength(0);
  });

  it('makes a series sharing one seriesId, and each guardian gets one mail listing every date', async () => {
    const { committee, facilitator, active } = await committeeWithChildren(server.graphqlUrl);
    const first = '2027-01-31';
    const result = await facilitator.client.ok(SCHEDULE, {
      input: meetingInput(committee, { date: first, recurrence: { frequency: 'MONTHLY', occurrences: 3 } }),
    });
    const meetings = result.scheduleCouncilMeeting.data as { startsAt: string; seriesId: string; agendaItems: unknown[] }[];
    // The 31st becomes a shorter month's last day.
    expect(meetings.map((m) => m.startsAt.slice(0, 10))).toEqual(['2027-01-31', '2027-02-28', '2027-03-31']);
    expect(new Set(meetings.map((m) => m.seriesId)).size).toBe(1);
    expect(meetings[0]!.seriesId).not.toBeNull();
    expect(meetings.every((m) => m.agendaItems.length === 2)).toBe(true);
    const mails = await outboxTo(active.guardian.email!);
    expect(mails).toHaveLength(1);
    for (const day of ['31 Ocak 2027', '28 Şubat 2027', '31 Mart 2027']) expect(mails[0]!.bodyText).toContain(day);

    const biweekly = await facilitator.client.ok(SCHEDULE, {
      input: meetingInput(committee, { date: inDays(3), recurrence: { frequency: 'BIWEEKLY', occurrences: 4 } }),
    });
    expect(biweekly.scheduleCouncilMeeting.data.map((m: { startsAt: string }) => m.startsAt.slice(0, 10))).toEqual([
      `${inDays(3)}`,
      `${inDays(17)}`,
      `${inDays(31)}`,
      `${inDays(45)}`,
    ]);
  });

  const invalid: [string, Record<string, unknown>, string, string][] = [
    ['a blank title', { title: '  ' }, 'title', 'validation.required'],
    ['a NUL in the place', { placeName: 'Salon\u0000' }, 'placeName', 'validation.noNul'],
    ['30 February', { date: '2027-02-30' }, 'date', 'validation.date'],
    ['a day in ten years', { date: '2036-05-01' }, 'date', 'validation.dateRange'],
    ['a time that is not one', { startTime: '25:00' }, 'startTime', 'validation.council.meetings.time'],
    ['an end before the start', { startTime: '17:00', endTime: '16:00' }, 'endTime', 'validation.council.meetings.endsBeforeStarts'],
    ['27 occurrences', { recurrence: { frequency: 'WEEKLY', occurrences: 27 } }, 'recurrence.occurrences', 'validation.council.meetings.occurrences'],
    ['a term’s id as the committee', { committeeId: globalId('CouncilTerm', '0190a5c2-0000-7000-8000-000000000000') }, 'committeeId', 'validation.invalid'],
    ['an id that is not one', { committeeId: 'not-an-id' }, 'committeeId', 'validation.invalid'],
    ['31 agenda items', { agenda: Array.from({ length: 31 }, (_, i) => ({ title: `Madde ${i}` })) }, 'agenda', 'validation.council.meetings.tooMany'],
  ];
  it.each(invalid)('refuses %s as a field error in the caller’s language, writing nothing', async (_name, change, path, key) => {
    const { committee, facilitator } = await committeeWithChildren(server.graphqlUrl);
    const before = await prisma.councilMeeting.count();
    const result = await facilitator.client.ok(SCHEDULE, { input: meetingInput(committee, change) });
    expect(result.scheduleCouncilMeeting.__typename).toBe('InputValidationError');
    const issue = result.scheduleCouncilMeeting.issues.find((i: { path: string[] }) => i.path.join('.') === path);
    expect(issue?.message.replace(/\d+/g, '#')).toBe(translate('tr', key as never, { maximum: 26, minimum: 2 }).replace(/\d+/g, '#'));
    expect(await prisma.councilMeeting.count()).toBe(before);
  });

  it('refuses a meeting in the past as a typed error, in English for an English caller', async () => {
    const { committee, facilitator } = await committeeWithChildren(server.graphqlUrl);
    const english = new GraphQLClient(server.graphqlUrl, { locale: 'en' }).setCookie(SESSION_COOKIE, facilitator.client.cookie(SESSION_COOKIE)!);
    const result = await english.ok(SCHEDULE, { input: meetingInput(committee, { date: inDays(-1) }) });
    expect(result.scheduleCouncilMeeting).toMatchObject({ __typename: 'CouncilMeetingInPastError', code: 'COUNCIL_MEETING_IN_PAST', message: translate('en', 'error.council.meetings.meetingInPast') });
  });

  it('refuses the facilitator of another committee', async () => {
    const { committee, other } = await committeeWithChildren(server.graphqlUrl);
    const stranger = await facilitatorOf(server.graphqlUrl, other);
    const before = await prisma.councilMeeting.count();
    const response = await stranger.client.request(SCHEDULE, { input: meetingInput(committee) });
    expect(new Set(response.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
    expect(response.data?.scheduleCouncilMeeting ?? null).toBeNull();
    expect(await prisma.councilMeeting.count()).toBe(before);
  });
});

describe('changing and cancelling', () => {
  it('moves one meeting and tells the guardians; the rest of the series stays', async () => {
    const { committee, facilitator, active } = await committeeWithChildren(server.graphqlUrl);
    const made = await facilitator.client.ok(SCHEDULE, { input: meetingInput(committee, { recurrence: { frequency: 'WEEKLY', occurrences: 3 } }) });
    const [first, second, third] = made.scheduleCouncilMeeting.data as { id: string; startsAt: string }[];
    const input = { meetingId: second!.id, title: 'Yeni başlık', date: inDays(15), startTime: '10:00', endTime: '11:00', placeName: 'Bornova Gençlik Merkezi' };
    const result = await facilitator.client.ok(UPDATE, { input });
    expect(result.updateCouncilMeeting.data).toEqual([
      expect.objectContaining({ id: second!.id, title: 'Yeni başlık', startsAt: `${inDays(15)}T07:00:00.000Z`, placeName: 'Bornova Gençlik Merkezi' }),
    ]);
    const rows = await prisma.councilMeeting.findMany({ where: { id: { in: [first!.id, third!.id].map((id) => Buffer.from(id, 'base64').toString().split(':')[1]!) } } });
    expect(rows.map((row) => row.title)).toEqual(['Parklar üzerine toplantı', 'Parklar üzerine toplantı']);
    const mails = await outboxTo(active.guardian.email!);
    expect(mails.map((mail) => mail.template)).toEqual(['councilMeetingScheduled', 'councilMeetingChanged']);
    expect(mails[1]!.bodyText).toContain('Bornova Gençlik Merkezi');
  });

  it('moves it and the following ones by the same days; earlier ones stay', async () => {
    const { committee, facilitator } = await committeeWithChildren(server.graphqlUrl);
    const made = await facilitator.client.ok(SCHEDULE, { input: meetingInput(committee, { recurrence: { frequency: 'WEEKLY', occurrences: 3 } }) });
    const [first, second] = made.scheduleCouncilMeeting.data as { id: string; startsAt: string }[];
    const input = { meetingId: second!.id, scope: 'FOLLOWING', title: 'Kayan toplantı', date: inDays(15), startTime: '16:00', endTime: '17:00', placeName: 'Salon' };
    const result = await facilitator.client.ok(UPDATE, { input });
    expect(result.updateCouncilMeeting.data.map((m: { startsAt: string }) => m.startsAt.slice(0, 10))).toEqual([inDays(15), inDays(22)]);
    const untouched = await facilitator.client.ok(`query($id: ID!) { node(id: $id) { ... on CouncilMeeting { title startsAt } } }`, { id: first!.id });
    expect(untouched.node).toEqual({ title: 'Parklar üzerine toplantı', startsAt: first!.startsAt });
  });

  it('cancels a meeting and its following ones, tells the guardians once, and refuses a second cancellation', async () => {
    const { committee, facilitator, active } = await committeeWithChildren(server.graphqlUrl);
    const made = await facilitator.client.ok(SCHEDULE, { input: meetingInput(committee, { recurrence: { frequency: 'WEEKLY', occurrences: 3 } }) });
    const [, second] = made.scheduleCouncilMeeting.data as { id: string }[];
    const result = await facilitator.client.ok(CANCEL, { input: { meetingId: second!.id, scope: 'FOLLOWING' } });
    expect(result.cancelCouncilMeeting.data.map((m: { status: string }) => m.status)).toEqual(['CANCELLED', 'CANCELLED']);
    const mails = await outboxTo(active.guardian.email!);
    expect(mails.map((mail) => mail.template)).toEqual(['councilMeetingScheduled', 'councilMeetingCancelled']);
    const again = await facilitator.client.ok(CANCEL, { input: { meetingId: second!.id } });
    expect(again.cancelCouncilMeeting).toMatchObject({ code: 'COUNCIL_MEETING_CANCELLED', message: translate('tr', 'error.council.meetings.meetingCancelled') });
    const moved = await facilitator.client.ok(UPDATE, { input: { meetingId: second!.id, title: 'x', date: inDays(20), startTime: '10:00', endTime: '11:00', placeName: 'y' } });
    expect(moved.updateCouncilMeeting.code).toBe('COUNCIL_MEETING_CANCELLED');
  });

  it('refuses to change a meeting that has started', async () => {
    const { committee, facilitator } = await committeeWithChildren(server.graphqlUrl);
    const started = await createCouncilMeeting({ committee, startsInHours: -1 });
    const result = await facilitator.client.ok(UPDATE, { input: { meetingId: started.globalId, title: 'x', date: inDays(3), startTime: '10:00', endTime: '11:00', placeName: 'y' } });
    expect(result.updateCouncilMeeting.code).toBe('COUNCIL_MEETING_STARTED');
    const unknown = await facilitator.client.ok(CANCEL, { input: { meetingId: globalId('CouncilMeeting', '0190a5c2-0000-7000-8000-000000000000') } });
    expect(unknown.cancelCouncilMeeting.code).toBe('NOT_FOUND');
  });
});
