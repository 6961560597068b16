// The coordinators' calendar (fill levels, filters), at-risk shifts, copying a week, and the
// staffing assistant: who is suggested for an under-filled shift, in which order and why, and the
// invitations it sends through the outbox.
import { prisma } from '@katilim/server/db/prisma';
import { translate } from '@katilim/server/i18n/messages';
import { addDays, istanbulInstant, isoWeekday, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { SESSION_COOKIE } from '@katilim/server/http/cookies';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplication, createRound, globalId, idOf } from '../support/applications-scenarios.ts';
import { GraphQLClient } from '../support/graphql-client.ts';
import { createBooking, createSlot } from '../support/interviews-scenarios.ts';
import { clientFor, createPerson } from '../support/scenarios.ts';
import { createOpportunity, createQualification, createShift, createVolunteer, mailsTo, setShiftSettings, signUp, type Opportunity } from '../support/shifts-scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { createCourse, enrol } from '../support/trainings-scenarios.ts';

let server: TestServer;
let coordinator: GraphQLClient;
let coordinatorEn: GraphQLClient;
beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
  const english = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
  coordinatorEn = new GraphQLClient(server.graphqlUrl, { locale: 'en' }).setCookie(SESSION_COOKIE, english.cookie(SESSION_COOKIE)!);
});
afterAll(() => server?.close());

const HOUR = 3_600_000;
const KARABAGLAR = 15;
const KONAK = 21;
const IZMIR = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Istanbul', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** A Monday `weeks` weeks ahead (İzmir). */
function mondayAhead(weeks = 1): string {
  const today = todayInIstanbul();
  return addDays(today, 8 - isoWeekday(today) + 7 * (weeks - 1));
}
const hoursUntil = (day: string, time: string) => (istanbulInstant(day, time).getTime() - Date.now()) / HOUR;

async function shiftAt(day: string, time: string, spec: { hours?: number; capacity?: number; opportunity?: Opportunity; roles?: { nameTr: string; nameEn: string; headcount: number }[] } = {}) {
  return createShift({ startsInHours: hoursUntil(day, time), ...spec });
}

const CALENDAR = `query($from: Date!, $to: Date!, $areaId: ID, $districtId: Int) {
  shiftCalendar(from: $from, to: $to, areaId: $areaId, districtId: $districtId) {
    id startsAt capacity atRisk opportunity { title district { name } }
    fill { held confirmed offered waitlisted capacity ratio level }
  }
}`;
const AT_RISK = `{ atRiskShifts { id fill { held capacity } } }`;
const COPY = `mutation($input: CopyShiftWeekInput!) {
  copyShiftWeek(input: $input) {
    __typename
    ... on MutationCopyShiftWeekSuccess { data { created { id startsAt endsAt capacity cutoffHours roles { name headcount } fill { held } } skipped { id } } }
    ... on InputValidationError { issues { path message } }
    ... on Error { code message }
  }
}`;
const SUGGESTIONS = `query($shiftId: ID!) {
  staffingSuggestions(shiftId: $shiftId) { volunteerId fullName district sameDistrict choseArea recentShifts hoursThisWeek maxHoursPerWeek explanation }
}`;
const INVITE = `mutation($input: InviteToShiftInput!) {
  inviteToShift(input: $input) {
    __typename
    ... on MutationInviteToShiftSuccess { data { invitations { id status volunteer { id } shift { id } } skipped { userId reason } } }
    ... on Error { code message }
  }
}`;

describe('the calendar', () => {
  it('lists the shifts of a range with their fill, by area and district, without cancelled ones', async () => {
    const monday = mondayAhead(3);
    const social = await createOpportunity({ areaSlug: 'social-media', districtId: KONAK });
    const field = await createOpportunity({ districtId: KARABAGLAR });
    const partial = await shiftAt(addDays(monday, 1), '10:00', { capacity: 4, opportunity: field });
    for (const status of ['CONFIRMED', 'CONFIRMED', 'OFFERED', 'WAITLISTED', 'WAITLISTED', 'CANCELLED'] as const) await signUp(partial, (await createVolunteer()).id, status);
    const full = await shiftAt(addDays(monday, 2), '14:00', { capacity: 2, opportunity: field });
    for (let i = 0; i < 2; i += 1) await signUp(full, (await createVolunteer()).id);
    const low = await shiftAt(addDays(monday, 3), '09:30', { capacity: 5, opportunity: social });
    await signUp(low, (await createVolunteer()).id);
    const empty = await shiftAt(addDays(monday, 6), '18:00', { capacity: 3, opportunity: social });
    const cancelled = await shiftAt(addDays(monday, 4), '10:00', { opportunity: field });
    await prisma.shift.update({ where: { id: cancelled.id }, data: { cancelledAt: new Date() } });
    await shiftAt(addDays(monday, 7), '10:00', { opportunity: field });

    const week = (await coordinator.ok(CALENDAR, { from: monday, to: addDays(monday, 6) })).shiftCalendar;
    expect(week.map((s: { id: string }) => s.id)).toEqual([partial, full, low, empty].map((s) => s.globalId));
    expect(week.map((s: { fill: unknown }) => s.fill)).toEqual([
      { held: 3, confirmed: 2, offered: 1, waitlisted: 2, capacity: 4, ratio: 0.75, level: 'PARTIAL' },
      { held: 2, confirmed: 2, offered: 0, waitlisted: 0, capacity: 2, ratio: 1, level: 'FULL' },
      { held: 1, confirmed: 1, offered: 0, waitlisted: 0, capacity: 5, ratio: 0.2, level: 'LOW' },
      { held: 0, confirmed: 0, offered: 0, waitlisted: 0, capacity: 3, ratio: 0, level: 'EMPTY' },
    ]);
    expect(week.every((s: { atRisk: boolean }) => !s.atRisk)).toBe(true);

    const byArea = await coordinator.ok(CALENDAR, { from: monday, to: addDays(monday, 6), areaId: globalId('VolunteerArea', social.areaId) });
    expect(byArea.shiftCalendar.map((s: { id: string }) => s.id)).toEqual([low.globalId, empty.globalId]);
    const byDistrict = await coordinator.ok(CALENDAR, { from: monday, to: addDays(monday, 6), districtId: KARABAGLAR });
    expect(byDistrict.shiftCalendar.map((s: { opportunity: { district: { name: string } } }) => s.opportunity.district.name)).toEqual(['Karabağlar', 'Karabağlar']);
  });

  it('refuses a range longer than six weeks or backwards, translated', async () => {
    const monday = mondayAhead();
    const tooLong = await coordinatorEn.request(CALENDAR, { from: monday, to: addDays(monday, 42) });
    expect(tooLong.errors?.map((e) => [e.extensions?.code, (e.extensions as { issues?: unknown }).issues])).toEqual([
      ['BAD_USER_INPUT', [{ path: ['to'], message: translate('en', 'validation.shifts.rangeTooLong', { maximum: 42 }) }]],
    ]);
    const backwards = await coordinator.request(CALENDAR, { from: monday, to: addDays(monday, -1) });
    expect(backwards.data).toBeFalsy();
    expect(backwards.errors?.map((e) => [e.extensions?.code, (e.extensions as { issues?: unknown }).issues])).toEqual([
      ['BAD_USER_INPUT', [{ path: ['to'], message: translate('tr', 'validation.shifts.rangeOrder') }]],
    ]);
    // Six weeks exactly is a month view.
    expect((await coordinator.ok(CALENDAR, { from: monday, to: addDays(monday, 41) })).shiftCalendar).toEqual(expect.any(Array));
  });

  it('names the at-risk shifts: within 72 hours and under-filled, soonest first', async () => {
    const soon = await createShift({ startsInHours: 20, capacity: 3 });
    await signUp(soon, (await createVolunteer()).id);
    const sooner = await createShift({ startsInHours: 5, capacity: 1 });
    const fullSoon = await createShift({ startsInHours: 30, capacity: 1 });
    await signUp(fullSoon, (await createVolunteer()).id);
    await createShift({ startsInHours: 80, capacity: 3 });
    const cancelledSoon = await createShift({ startsInHours: 10, capacity: 3 });
    await prisma.shift.update({ where: { id: cancelledSoon.id }, data: { cancelledAt: new Date() } });
    await createShift({ startsInHours: -2, capacity: 3 });

    const atRisk = (await coordinator.ok(AT_RISK)).atRiskShifts;
    expect(atRisk.map((s: { id: string }) => s.id)).toEqual([sooner.globalId, soon.globalId]);
    expect(atRisk[1].fill).toEqual({ held: 1, capacity: 3 });
  });
});

describe('copying a week', () => {
  it('copies every shift with its roles to the same İzmir weekday and time, nobody signed up; a second copy skips them all', async () => {
    const from = mondayAhead(6);
    const to = addDays(from, 14);
    const opportunity = await createOpportunity();
    const withRoles = await shiftAt(addDays(from, 1), '10:00', { opportunity, roles: [{ nameTr: 'Lider', nameEn: 'Lead', headcount: 1 }, { nameTr: 'Gönüllü', nameEn: 'Volunteer', headcount: 3 }] });
    await signUp(withRoles, (await createVolunteer()).id);
    const sunday = await shiftAt(addDays(from, 6), '21:00', { opportunity, capacity: 2, hours: 2 });
    await shiftAt(addDays(from, 7), '10:00', { opportunity });

    const copied = (await coordinator.ok(COPY, { input: { fromWeek: from, toWeek: to } })).copyShiftWeek.data;
    expect(copied.skipped).toEqual([]);
    expect(copied.created).toHaveLength(2);
    const [tuesday, lateSunday] = copied.created;
    expect(tuesday).toMatchObject({ capacity: 4, cutoffHours: 12, roles: [{ name: 'Lider', headcount: 1 }, { name: 'Gönüllü', headcount: 3 }], fill: { held: 0 } });
    expect(tuesday.startsAt).toBe(istanbulInstant(addDays(to, 1), '10:00').toISOString());
    expect(lateSunday.startsAt).toBe(istanbulInstant(addDays(to, 6), '21:00').toISOString());
    expect(new Date(lateSunday.endsAt).getTime() - new Date(lateSunday.startsAt).getTime()).toBe(2 * HOUR);
    expect(IZMIR.format(new Date(lateSunday.startsAt))).toBe(IZMIR.format(sunday.startsAt));
    expect(await prisma.shiftSignup.count({ where: { shiftId: { in: copied.created.map((s: { id: string }) => idOf(s.id)) } } })).toBe(0);

    const again = (await coordinator.ok(COPY, { input: { fromWeek: from, toWeek: to } })).copyShiftWeek.data;
    expect(again.created).toEqual([]);
    expect(again.skipped.map((s: { id: string }) => s.id)).toEqual([withRoles.globalId, sunday.globalId]);
  });

  it('skips, and reports, copies that would start in the past', async () => {
    const thisMonday = addDays(todayInIstanbul(), 1 - isoWeekday(todayInIstanbul()));
    const to = addDays(thisMonday, -7);
    const from = addDays(to, -7);
    const source = await shiftAt(addDays(from, 2), '10:00', { opportunity: await createOpportunity() });
    const copied = (await coordinator.ok(COPY, { input: { fromWeek: from, toWeek: to } })).copyShiftWeek.data;
    expect(copied.created).toEqual([]);
    expect(copied.skipped.map((s: { id: string }) => s.id)).toEqual([source.globalId]);
    expect(await prisma.shift.count({ where: { opportunityId: source.opportunityId } })).toBe(1);
  });

  it('refuses a week that does not start on a Monday, and a copy onto itself', async () => {
    const monday = mondayAhead();
    const notMonday = await coordinatorEn.ok(COPY, { input: { fromWeek: addDays(monday, 1), toWeek: addDays(monday, 7) } });
    expect(notMonday.copyShiftWeek.issues).toEqual([{ path: ['fromWeek'], message: translate('en', 'validation.shifts.weekStart') }]);
    const same = await coordinator.ok(COPY, { input: { fromWeek: monday, toWeek: monday } });
    expect(same.copyShiftWeek).toMatchObject({ __typename: 'ShiftSameWeekError', message: translate('tr', 'error.shifts.sameWeek') });
  });
});

describe('the staffing assistant', () => {
  it('suggests the qualified, free volunteers under their cap: same district first, then the area chosen, then fewer shifts lately', async () => {
    await setShiftSettings({ maxHoursPerWeek: 12 });
    const firstAid = await createQualification();
    const opportunity = await createOpportunity({ districtId: KARABAGLAR, qualifications: [firstAid] });
    const day = addDays(mondayAhead(2), 2);
    const shift = await shiftAt(day, '10:00', { opportunity, capacity: 6 });
    const volunteer = (name: string, spec: Parameters<typeof createVolunteer>[0] = {}) =>
      createVolunteer({ firstName: name, lastName: 'Test', qualifications: [firstAid], districtId: KONAK, ...spec });

    const nearAndChose = await volunteer('Ayla', { districtId: KARABAGLAR });
    const nearOtherArea = await volunteer('Burak', { districtId: KARABAGLAR, areaSlugs: ['social-media'] });
    const farChose = await volunteer('Canan');
    const farBusyLately = await volunteer('Defne');
    for (const daysAgo of [10, 40]) await signUp(await createShift({ startsInHours: -24 * daysAgo }), farBusyLately.id);
    await signUp(await createShift({ startsInHours: -24 * 90 }), farChose.id);

    // Not suggested, each for one reason.
    await createVolunteer({ firstName: 'Nitelik', districtId: KARABAGLAR });
    await volunteer('Süresi', { districtId: KARABAGLAR, expiresInDays: Math.floor(hoursUntil(day, '10:00') / 24) });
    const busy = await volunteer('Meşgul', { districtId: KARABAGLAR });
    await signUp(await shiftAt(day, '12:00'), busy.id);
    const interviewing = await volunteer('Mülakat', { districtId: KARABAGLAR });
    const round = await createRound({ status: 'INTERVIEWING' });
    await createBooking(round, await createSlot(round, { startsAt: istanbulInstant(day, '12:30') }), { applicant: interviewing });
    const training = await volunteer('Eğitim', { districtId: KARABAGLAR });
    const course = await createCourse(round, { sessions: 0 });
    await prisma.trainingSession.create({
      data: { courseId: course.id, title: 'Oturum', startsAt: istanbulInstant(day, '09:00'), endsAt: istanbulInstant(day, '10:30'), place: 'Konak', trainer: 'Aras', capacity: 10 },
    });
    await enrol(course, await createApplication(round, { applicant: training, status: 'IN_TRAINING' }));
    const overCap = await volunteer('Yoğun', { districtId: KARABAGLAR });
    await signUp(await shiftAt(addDays(day, -1), '08:00', { hours: 10 }), overCap.id);
    const paused = await volunteer('Duraklatıldı', { districtId: KARABAGLAR });
    await prisma.shiftStanding.create({ data: { userId: paused.id, noShows: 3, pausedAt: new Date() } });
    const onIt = await volunteer('Kayıtlı', { districtId: KARABAGLAR });
    await signUp(shift, onIt.id, 'WAITLISTED');
    await createPerson({ firstName: 'Başvuran', districtId: KARABAGLAR });
    // Lifted pauses and shifts in other weeks do not count against anyone.
    const lifted = await volunteer('Kaldırıldı');
    await prisma.shiftStanding.create({ data: { userId: lifted.id, noShows: 3, pausedAt: new Date(Date.now() - 48 * HOUR), liftedAt: new Date() } });
    await signUp(await shiftAt(addDays(day, 7), '08:00', { hours: 10 }), lifted.id);
    for (let i = 0; i < 3; i += 1) await signUp(await createShift({ startsInHours: -24 * (20 + i) }), lifted.id);

    const suggestions = (await coordinator.ok(SUGGESTIONS, { shiftId: shift.globalId })).staffingSuggestions;
    expect(suggestions.map((s: { fullName: string }) => s.fullName)).toEqual(['Ayla Test', 'Burak Test', 'Canan Test', 'Defne Test', 'Kaldırıldı Test']);
    expect(suggestions[0]).toMatchObject({ volunteerId: globalId('User', nearAndChose.id), district: 'Karabağlar', sameDistrict: true, choseArea: true, recentShifts: 0, hoursThisWeek: 0, maxHoursPerWeek: 12 });
    expect(suggestions[3]).toMatchObject({ sameDistrict: false, choseArea: true, recentShifts: 2 });
    expect(suggestions[0].explanation).toBe(
      [
        translate('tr', 'shifts.planning.reason.sameDistrict', { district: 'Karabağlar' }),
        translate('tr', 'shifts.planning.reason.choseArea'),
        translate('tr', 'shifts.planning.reason.recentShifts', { count: 0 }),
        translate('tr', 'shifts.planning.reason.weekHours', { hours: '0', cap: 12 }),
      ].join(' · '),
    );
    const english = (await coordinatorEn.ok(SUGGESTIONS, { shiftId: shift.globalId })).staffingSuggestions;
    expect(english[1].explanation).toBe("lives in the shift's district (Karabağlar) · did not choose this area · 0 shifts in the last 60 days · 0/12 hours this week");
    expect(english[3].explanation).toBe('lives in Konak · chose this area · 2 shifts in the last 60 days · 0/12 hours this week');
    void nearOtherArea;
  });

  it('answers a typed, translated error for a shift that has started or was cancelled', async () => {
    const past = await createShift({ startsInHours: -1 });
    const started = await coordinatorEn.request(SUGGESTIONS, { shiftId: past.globalId });
    expect(started.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['SHIFT_STARTED', translate('en', 'error.shifts.shiftStarted')]]);
    const cancelled = await createShift({ startsInHours: 30 });
    await prisma.shift.update({ where: { id: cancelled.id }, data: { cancelledAt: new Date() } });
    const refused = await coordinator.request(SUGGESTIONS, { shiftId: cancelled.globalId });
    expect(refused.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['SHIFT_CANCELLED', translate('tr', 'error.shifts.shiftCancelled')]]);
  });

  it('invites the chosen ones through the outbox; people who are no volunteers or already invited are skipped', async () => {
    const shift = await createShift({ startsInHours: 100 });
    const first = await createVolunteer({ firstName: 'Gül' });
    const second = await createVolunteer({ firstName: 'Hale' });
    const applicant = await createPerson();
    const invited = (await coordinator.ok(INVITE, { input: { shiftId: shift.globalId, userIds: [globalId('User', first.id), globalId('User', second.id), globalId('User', applicant.id)] } })).inviteToShift.data;
    expect(invited.invitations.map((i: { status: string; volunteer: { id: string } }) => [i.status, i.volunteer.id])).toEqual([
      ['PENDING', globalId('User', first.id)],
      ['PENDING', globalId('User', second.id)],
    ]);
    expect(invited.skipped).toEqual([{ userId: globalId('User', applicant.id), reason: 'NOT_A_VOLUNTEER' }]);
    const mails = await mailsTo(first.id);
    expect(mails.map((m) => m.template)).toEqual(['shiftInvitation']);
    expect(mails[0]!.bodyText).toContain(shift.opportunity.titleTr);
    // The link opens the volunteer's shifts page, where the invitation is answered, with it highlighted.
    const invitationId: string = invited.invitations[0].id;
    const link = mails[0]!.bodyText.match(/Daveti kabul etmek ya da reddetmek için: (\S+)\n/)![1]!;
    expect(new URL(link).pathname).toBe('/shifts/mine');
    expect(new URL(link).searchParams.get('invitation')).toBe(invitationId);
    expect(mails[0]!.bodyText).not.toContain('/volunteering/');

    const again = (await coordinator.ok(INVITE, { input: { shiftId: shift.globalId, userIds: [globalId('User', first.id)] } })).inviteToShift.data;
    expect(again).toEqual({ invitations: [], skipped: [{ userId: globalId('User', first.id), reason: 'ALREADY_INVITED' }] });
    expect(await mailsTo(first.id)).toHaveLength(1);

    const past = await createShift({ startsInHours: -3 });
    const refused = await coordinator.ok(INVITE, { input: { shiftId: past.globalId, userIds: [globalId('User', second.id)] } });
    expect(refused.inviteToShift).toMatchObject({ __typename: 'ShiftStartedError', message: translate('tr', 'error.shifts.shiftStarted') });
  });
});
