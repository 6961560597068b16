// Recurring shifts: a weekly series from a rule (rrule), its occurrences placed in İzmir wall-clock
// time whatever daylight saving does in other zones, one occurrence edited on its own (detached),
// and "this and all following" (the series splits; kept occurrences keep their sign-ups and are
// told when they move; dropped ones are cancelled and their people told).
import { prisma } from '@katilim/server/db/prisma';
import { translate } from '@katilim/server/i18n/messages';
import { addDays, isoWeekday, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, idOf } from '../support/applications-scenarios.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { clientFor } from '../support/scenarios.ts';
import { createOpportunity, createVolunteer, mailsTo, planningWriteCounts, signUp, type Shift } from '../support/shifts-scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let coordinator: GraphQLClient;
beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
});
afterAll(() => server?.close());

const RESULT = (success: string, data: string, extra = '') =>
  `__typename ... on ${success} { data { ${data} } } ... on InputValidationError { issues { path message } } ${extra} ... on Error { code message }`;
const CREATE_SERIES = `mutation($input: CreateShiftSeriesInput!) {
  createShiftSeries(input: $input) { ${RESULT('MutationCreateShiftSeriesSuccess', 'id rrule weekdays until startDate startTime durationMinutes capacity cutoffHours')} }
}`;
const EDIT_FOLLOWING = `mutation($input: EditFollowingShiftsInput!) {
  editFollowingShifts(input: $input) {
    ${RESULT('MutationEditFollowingShiftsSuccess', 'updated created cancelled notified series { id rrule startDate startTime previous { id rrule } }', '... on ShiftCapacityBelowSignupsError { capacity held }')}
  }
}`;
const EDIT_SHIFT = `mutation($input: EditShiftInput!) { editShift(input: $input) { ${RESULT('MutationEditShiftSuccess', 'id detached')} } }`;

/** A Monday at least a week ahead (İzmir), so every occurrence is in the future. */
function mondayAhead(weeks = 1): string {
  const today = todayInIstanbul();
  return addDays(today, 8 - isoWeekday(today) + 7 * (weeks - 1));
}

/** The last Sunday of a month (where Europe's clocks change in March and October). */
function lastSunday(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  return addDays(last, -(isoWeekday(last) % 7));
}

async function seriesShifts(seriesId: string) {
  return prisma.shift.findMany({ where: { seriesId }, orderBy: { startsAt: 'asc' } });
}

const asShift = (row: { id: string }, opportunity: Awaited<ReturnType<typeof createOpportunity>>) => ({ ...row, opportunity, globalId: globalId('Shift', row.id) }) as unknown as Shift;
const BERLIN = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const IZMIR = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Istanbul', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

describe('a weekly series', () => {
  it("keeps 10:00 İzmir (07:00Z) across Europe's clock changes in March and October", async () => {
    const today = todayInIstanbul();
    const year = Number(today.slice(0, 4)) + (today.slice(5) > '03-01' ? 1 : 0);
    const march = lastSunday(year, 3);
    const october = lastSunday(year, 10);
    const opportunity = await createOpportunity();
    const created = await coordinator.ok(CREATE_SERIES, {
      input: {
        opportunityId: opportunity.globalId,
        startDate: addDays(march, -14),
        until: addDays(october, 14),
        weekdays: [1, 7],
        startTime: '10:00',
        durationMinutes: 180,
        capacity: 4,
        cutoffHours: 12,
      },
    });
    const series = created.createShiftSeries.data;
    expect(series).toMatchObject({ weekdays: [1, 7], until: addDays(october, 14), startDate: addDays(march, -14), startTime: '10:00', capacity: 4 });
    expect(series.rrule).toMatch(/^FREQ=WEEKLY;BYDAY=MO,SU;UNTIL=\d{8}T235959Z$/);

    const shifts = await seriesShifts(idOf(series.id));
    // Two a week for about eight months, both change days among them.
    expect(shifts.length).toBeGreaterThan(60);
    const days = shifts.map((s) => s.occurrenceDate!.toISOString().slice(0, 10));
    expect(days).toContain(march);
    expect(days).toContain(october);
    expect(days.every((day) => [1, 7].includes(isoWeekday(day)))).toBe(true);
    expect(shifts.every((s) => s.startsAt.toISOString().slice(11, 16) === '07:00' && s.endsAt.getTime() - s.startsAt.getTime() === 3 * 3_600_000)).toBe(true);
    expect(new Set(shifts.map((s) => IZMIR.format(s.startsAt)))).toEqual(new Set(['10:00']));
    // Berlin's clocks did move: the same instants read 08:00 in winter and 09:00 in summer there.
    expect(new Set(shifts.map((s) => BERLIN.format(s.startsAt)))).toEqual(new Set(['08:00', '09:00']));
    expect(shifts.every((s) => s.signupClosesAt.getTime() === s.startsAt.getTime() - 12 * 3_600_000)).toBe(true);
  });

  it('with roles copies them to every occurrence (capacity their sum)', async () => {
    const opportunity = await createOpportunity();
    const monday = mondayAhead();
    const created = await coordinator.ok(CREATE_SERIES, {
      input: {
        opportunityId: opportunity.globalId,
        startDate: monday,
        until: addDays(monday, 13),
        weekdays: [2, 4],
        startTime: '18:30',
        durationMinutes: 90,
        cutoffHours: 2,
        roles: [
          { nameTr: 'Ekip lideri', nameEn: 'Team lead', headcount: 1 },
          { nameTr: 'Gönüllü', nameEn: 'Volunteer', headcount: 4 },
        ],
      },
    });
    const shifts = await prisma.shift.findMany({ where: { seriesId: idOf(created.createShiftSeries.data.id) }, include: { roles: { orderBy: { position: 'asc' } } }, orderBy: { startsAt: 'asc' } });
    expect(shifts.map((s) => s.occurrenceDate!.toISOString().slice(0, 10))).toEqual([1, 3, 8, 10].map((d) => addDays(monday, d)));
    expect(shifts.every((s) => s.capacity === 5 && s.roles.map((r) => [r.nameTr, r.headcount]).join() === 'Ekip lideri,1,Gönüllü,4')).toBe(true);
    expect(shifts.every((s) => IZMIR.format(s.startsAt) === '18:30')).toBe(true);
  });

  it.each([
    [{ until: 'before' }, 'until', 'validation.shifts.untilBeforeStart', {}],
    [{ until: 'far' }, 'until', 'validation.shifts.seriesTooLong', {}],
    [{ startTime: '25:00' }, 'startTime', 'validation.shifts.time', {}],
    [{ weekdays: [] }, 'weekdays', 'validation.required', {}],
    [{ weekdays: [8] }, 'weekdays.0', 'validation.invalid', {}],
  ] as const)('refuses %j with a translated message, writing nothing', async (change, field, key, params) => {
    const opportunity = await createOpportunity();
    const monday = mondayAhead();
    const until = 'until' in change ? (change.until === 'before' ? addDays(monday, -1) : addDays(monday, 400)) : addDays(monday, 20);
    const input = { opportunityId: opportunity.globalId, startDate: monday, weekdays: [1], startTime: '10:00', durationMinutes: 60, capacity: 3, cutoffHours: 1, ...change, until };
    const before = await planningWriteCounts();
    const refused = await coordinator.ok(CREATE_SERIES, { input });
    expect(refused.createShiftSeries.issues).toContainEqual({ path: field.split('.'), message: translate('tr', key, params) });
    expect(await planningWriteCounts()).toEqual(before);
  });

  it('refuses a rule that falls on no day, typed', async () => {
    const monday = mondayAhead();
    const refused = await coordinator.ok(CREATE_SERIES, {
      input: { opportunityId: (await createOpportunity()).globalId, startDate: monday, until: addDays(monday, 2), weekdays: [6], startTime: '10:00', durationMinutes: 60, capacity: 3, cutoffHours: 1 },
    });
    expect(refused.createShiftSeries).toMatchObject({ __typename: 'ShiftSeriesEmptyError', code: 'SERIES_EMPTY', message: translate('tr', 'error.shifts.seriesEmpty') });
  });
});

describe('editing a series', () => {
  it('"this and following" changes exactly those occurrences, keeping or notifying the people on them', async () => {
    const opportunity = await createOpportunity();
    const monday = mondayAhead(2);
    const created = await coordinator.ok(CREATE_SERIES, {
      input: { opportunityId: opportunity.globalId, startDate: monday, until: addDays(monday, 24), weekdays: [2, 4], startTime: '10:00', durationMinutes: 180, capacity: 5, cutoffHours: 12 },
    });
    const oldSeriesId = idOf(created.createShiftSeries.data.id);
    const before = await seriesShifts(oldSeriesId);
    const on = (offset: number) => before.find((s) => s.occurrenceDate!.toISOString().slice(0, 10) === addDays(monday, offset))!;
    // Tue/Thu of four weeks: 1, 3, 8, 10, 15, 17, 22, 24 days after the first Monday.
    expect(before).toHaveLength(8);

    const earlier = await createVolunteer({ firstName: 'Önce' });
    await signUp(asShift(on(3), opportunity), earlier.id);
    const pivotPerson = await createVolunteer({ firstName: 'Bahar' });
    const waiting = await createVolunteer({ firstName: 'Cemre' });
    await signUp(asShift(on(8), opportunity), pivotPerson.id);
    await signUp(asShift(on(8), opportunity), waiting.id, 'WAITLISTED');
    const thursday = await createVolunteer({ firstName: 'Derya' });
    await signUp(asShift(on(10), opportunity), thursday.id);
    const nextTuesday = await createVolunteer({ firstName: 'Ece' });
    await signUp(asShift(on(15), opportunity), nextTuesday.id);
    // One Thursday was moved on its own: the series edit must leave it alone.
    const detachedPerson = await createVolunteer({ firstName: 'Fikret' });
    await signUp(asShift(on(17), opportunity), detachedPerson.id);
    const detachedShift = asShift(on(17), opportunity);
    expect((await coordinator.ok(EDIT_SHIFT, { input: { shiftId: detachedShift.globalId, capacity: 7 } })).editShift.data.detached).toBe(true);

    // From the second Tuesday on: Tuesdays and Wednesdays at 11:00, until the fourth Wednesday.
    const edited = await coordinator.ok(EDIT_FOLLOWING, {
      input: { shiftId: globalId('Shift', on(8).id), weekdays: [2, 3], startTime: '11:00', durationMinutes: 180, capacity: 6, cutoffHours: 12, until: addDays(monday, 23) },
    });
    const outcome = edited.editFollowingShifts.data;
    expect(outcome).toMatchObject({ updated: 3, created: 3, cancelled: 2, notified: 4 });
    expect(outcome.series).toMatchObject({ startDate: addDays(monday, 8), startTime: '11:00', previous: { id: created.createShiftSeries.data.id } });
    expect(outcome.series.previous.rrule).toBe(`FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=${addDays(monday, 7).replaceAll('-', '')}T235959Z`);

    const after = await prisma.shift.findMany({ where: { opportunityId: opportunity.id }, orderBy: [{ startsAt: 'asc' }] });
    const row = (offset: number) => after.filter((s) => s.occurrenceDate!.toISOString().slice(0, 10) === addDays(monday, offset));
    const newSeriesId = idOf(outcome.series.id);
    // Before the chosen day: untouched.
    for (const offset of [1, 3]) expect(row(offset)).toEqual([on(offset)]);
    // Kept Tuesdays: the same rows (and sign-ups), now 11:00 İzmir on the new series.
    for (const offset of [8, 15, 22]) {
      const [shift] = row(offset);
      expect(shift).toMatchObject({ id: on(offset).id, seriesId: newSeriesId, capacity: 6, cancelledAt: null, detached: false });
      expect(IZMIR.format(shift!.startsAt)).toBe('11:00');
    }
    // New Wednesdays.
    for (const offset of [9, 16, 23]) {
      const [shift] = row(offset);
      expect(shift).toMatchObject({ seriesId: newSeriesId, capacity: 6, cancelledAt: null });
      expect(IZMIR.format(shift!.startsAt)).toBe('11:00');
    }
    // Dropped Thursdays: cancelled, not deleted; the detached one stands as it was.
    for (const offset of [10, 24]) expect(row(offset)).toEqual([expect.objectContaining({ id: on(offset).id, cancelledAt: expect.any(Date) })]);
    expect(row(17)).toEqual([expect.objectContaining({ id: on(17).id, seriesId: oldSeriesId, detached: true, capacity: 7, cancelledAt: null, startsAt: on(17).startsAt })]);

    const statusOf = async (shiftId: string, userId: string) => (await prisma.shiftSignup.findUniqueOrThrow({ where: { shiftId_userId: { shiftId, userId } } })).status;
    expect(await statusOf(on(8).id, pivotPerson.id)).toBe('CONFIRMED');
    // The capacity went from 5 to 6: the one waiting was offered the new place by the edit itself.
    expect(await statusOf(on(8).id, waiting.id)).toBe('OFFERED');
    expect(await statusOf(on(15).id, nextTuesday.id)).toBe('CONFIRMED');
    expect(await statusOf(on(10).id, thursday.id)).toBe('CANCELLED');
    expect(await statusOf(on(17).id, detachedPerson.id)).toBe('CONFIRMED');

    expect((await mailsTo(pivotPerson.id)).map((m) => m.template)).toEqual(['shiftRescheduled']);
    expect((await mailsTo(waiting.id)).map((m) => m.template)).toEqual(['shiftRescheduled', 'shiftOffered']);
    expect((await mailsTo(nextTuesday.id)).map((m) => m.template)).toEqual(['shiftRescheduled']);
    expect((await mailsTo(thursday.id)).map((m) => m.template)).toEqual(['shiftCancelled']);
    expect(await mailsTo(earlier.id)).toEqual([]);
    expect(await mailsTo(detachedPerson.id)).toEqual([]);
    expect((await mailsTo(pivotPerson.id))[0]!.bodyText).toMatch(/10:00[\s\S]*11:00/);
  });

  it('a later split, then an earlier one: the earlier edit takes over the later series too, one shift a day', async () => {
    const opportunity = await createOpportunity();
    const monday = mondayAhead(2);
    const created = await coordinator.ok(CREATE_SERIES, {
      input: { opportunityId: opportunity.globalId, startDate: monday, until: addDays(monday, 20), weekdays: [1, 3], startTime: '10:00', durationMinutes: 60, capacity: 4, cutoffHours: 1 },
    });
    const shifts = await seriesShifts(idOf(created.createShiftSeries.data.id));
    const person = await createVolunteer();
    await signUp(asShift(shifts[5]!, opportunity), person.id);
    const edit = (shift: { id: string }, startTime: string) =>
      coordinator.ok(EDIT_FOLLOWING, { input: { shiftId: globalId('Shift', shift.id), weekdays: [1, 3], startTime, durationMinutes: 60, capacity: 4, cutoffHours: 1, until: addDays(monday, 20) } });
    expect((await edit(shifts[4]!, '12:00')).editFollowingShifts.data).toMatchObject({ updated: 2, created: 0, cancelled: 0 });
    const earlier = (await edit(shifts[2]!, '11:00')).editFollowingShifts.data;
    expect(earlier).toMatchObject({ updated: 4, created: 0, cancelled: 0 });

    const live = await prisma.shift.findMany({ where: { opportunityId: opportunity.id, cancelledAt: null }, orderBy: { startsAt: 'asc' } });
    expect(live.map((s) => s.id)).toEqual(shifts.map((s) => s.id));
    expect(live.slice(2).every((s) => s.seriesId === idOf(earlier.series.id) && IZMIR.format(s.startsAt) === '11:00')).toBe(true);
    expect((await prisma.shiftSignup.findFirstOrThrow({ where: { userId: person.id } })).status).toBe('CONFIRMED');
    expect((await mailsTo(person.id)).map((m) => m.template)).toEqual(['shiftRescheduled', 'shiftRescheduled']);
  });

  it('refuses a capacity below the places held on a following occurrence, changing nothing', async () => {
    const opportunity = await createOpportunity();
    const monday = mondayAhead();
    const created = await coordinator.ok(CREATE_SERIES, {
      input: { opportunityId: opportunity.globalId, startDate: monday, until: addDays(monday, 13), weekdays: [1], startTime: '10:00', durationMinutes: 60, capacity: 5, cutoffHours: 1 },
    });
    const [first, second] = await seriesShifts(idOf(created.createShiftSeries.data.id));
    for (let i = 0; i < 4; i += 1) await signUp(asShift(second!, opportunity), (await createVolunteer()).id);
    const before = await planningWriteCounts();
    const refused = await coordinator.ok(EDIT_FOLLOWING, {
      input: { shiftId: globalId('Shift', first!.id), weekdays: [1], startTime: '09:00', durationMinutes: 60, capacity: 3, cutoffHours: 1, until: addDays(monday, 13) },
    });
    expect(refused.editFollowingShifts).toMatchObject({ __typename: 'ShiftCapacityBelowSignupsError', capacity: 3, held: 4 });
    expect(await planningWriteCounts()).toEqual(before);
  });

  it('refuses a shift outside any series and an end before the chosen day', async () => {
    const opportunity = await createOpportunity();
    const monday = mondayAhead();
    const created = await coordinator.ok(CREATE_SERIES, {
      input: { opportunityId: opportunity.globalId, startDate: monday, until: addDays(monday, 13), weekdays: [1], startTime: '10:00', durationMinutes: 60, capacity: 5, cutoffHours: 1 },
    });
    const [, second] = await seriesShifts(idOf(created.createShiftSeries.data.id));
    const early = await coordinator.ok(EDIT_FOLLOWING, {
      input: { shiftId: globalId('Shift', second!.id), weekdays: [1], startTime: '09:00', durationMinutes: 60, capacity: 3, cutoffHours: 1, until: monday },
    });
    expect(early.editFollowingShifts.code).toBe('SERIES_EMPTY');
    const oneOff = await prisma.shift.create({
      data: { opportunityId: opportunity.id, startsAt: second!.startsAt, endsAt: second!.endsAt, capacity: 2, signupClosesAt: second!.signupClosesAt, checkInSecret: 'x' },
    });
    const refused = await coordinator.ok(EDIT_FOLLOWING, {
      input: { shiftId: globalId('Shift', oneOff.id), weekdays: [1], startTime: '09:00', durationMinutes: 60, capacity: 3, cutoffHours: 1, until: addDays(monday, 13) },
    });
    expect(refused.editFollowingShifts).toMatchObject({ code: 'SHIFT_NOT_RECURRING', message: translate('tr', 'error.shifts.notRecurring') });
  });
});

describe('a series edit that raises the capacity', () => {
  it('offers the new places of each kept occurrence to its waitlist at once', async () => {
    const monday = mondayAhead(2);
    const opportunity = await createOpportunity();
    const created = await coordinator.ok(CREATE_SERIES, {
      input: { opportunityId: opportunity.globalId, startDate: monday, until: addDays(monday, 9), weekdays: [2], startTime: '10:00', durationMinutes: 120, capacity: 1, cutoffHours: 12 },
    });
    const shifts = await seriesShifts(idOf(created.createShiftSeries.data.id));
    expect(shifts).toHaveLength(2);
    const waiting = [];
    for (const row of shifts) {
      const shift = asShift(row, opportunity);
      await signUp(shift, (await createVolunteer()).id);
      waiting.push(await signUp(shift, (await createVolunteer()).id, 'WAITLISTED'));
    }
    const edited = await coordinator.ok(EDIT_FOLLOWING, {
      input: { shiftId: globalId('Shift', shifts[0]!.id), weekdays: [2], startTime: '10:00', durationMinutes: 120, capacity: 2, cutoffHours: 12, until: addDays(monday, 9) },
    });
    expect(edited.editFollowingShifts.data).toMatchObject({ updated: 2, created: 0, cancelled: 0 });
    const after = await prisma.shiftSignup.findMany({ where: { id: { in: waiting.map((w) => w.id) } }, select: { status: true } });
    expect(after.map((s) => s.status)).toEqual(['OFFERED', 'OFFERED']);
    expect((await mailsTo(waiting[0]!.userId)).map((m) => m.template)).toContain('shiftOffered');
  });
});
