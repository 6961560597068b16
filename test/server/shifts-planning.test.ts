// Shift planning: the programme's shift settings, opportunities (online or at a place), one-off
// shifts with roles, editing one shift and cancelling one. Refused requests are typed, translated
// and write nothing; people on a shift that moves or is cancelled are told through the outbox.
import { prisma } from '@katilim/server/db/prisma';
import { translate } from '@katilim/server/i18n/messages';
import { addDays, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../support/applications-scenarios.ts';
import { SESSION_COOKIE } from '@katilim/server/http/cookies';
import { GraphQLClient } from '../support/graphql-client.ts';
import { clientFor } from '../support/scenarios.ts';
import { createOpportunity, createQualification, createShift, createVolunteer, mailsTo, planningWriteCounts, signUp } from '../support/shifts-scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let coordinator: GraphQLClient;
let coordinatorEn: GraphQLClient;
beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
  coordinatorEn = inEnglish((await clientFor(server.graphqlUrl, ['COORDINATOR'])).client);
});
afterAll(() => server?.close());

const HOUR = 3_600_000;
const KARABAGLAR = 15;
const inEnglish = (client: GraphQLClient) => new GraphQLClient(server.graphqlUrl, { locale: 'en' }).setCookie(SESSION_COOKIE, client.cookie(SESSION_COOKIE)!);
const RESULT = (success: string, data: string, extra = '') =>
  `__typename ... on ${success} { data { ${data} } } ... on InputValidationError { issues { path message } } ${extra} ... on Error { code message }`;

const SETTINGS = `{ shiftSettings { maxHoursPerWeek noShowPauseAfter holdHours holdHoursNear nearWindowHours } }`;
const UPDATE_SETTINGS = `mutation($input: UpdateShiftSettingsInput!) { updateShiftSettings(input: $input) { ${RESULT('MutationUpdateShiftSettingsSuccess', 'maxHoursPerWeek noShowPauseAfter holdHours')} } }`;
const CREATE_OPPORTUNITY = `mutation($input: CreateShiftOpportunityInput!) { createShiftOpportunity(input: $input) { ${RESULT('MutationCreateShiftOpportunitySuccess', 'id title titleEn online address district { name } area { slug } qualifications { id } archivedAt')} } }`;
const UPDATE_OPPORTUNITY = `mutation($input: UpdateShiftOpportunityInput!) { updateShiftOpportunity(input: $input) { ${RESULT('MutationUpdateShiftOpportunitySuccess', 'id title online address district { name } qualifications { id }')} } }`;
const ARCHIVE_OPPORTUNITY = `mutation($input: ArchiveShiftOpportunityInput!) { archiveShiftOpportunity(input: $input) { ${RESULT('MutationArchiveShiftOpportunitySuccess', 'id archivedAt')} } }`;
const OPPORTUNITIES = `query($search: String, $includeArchived: Boolean, $districtId: Int) {
  shiftOpportunities(search: $search, includeArchived: $includeArchived, districtId: $districtId, first: 50) { totalCount edges { node { id title } } }
}`;
const CREATE_SHIFT = `mutation($input: CreateShiftInput!) { createShift(input: $input) { ${RESULT('MutationCreateShiftSuccess', 'id capacity cutoffHours startsAt endsAt signupClosesAt roles { name headcount } fill { held capacity level }')} } }`;
const EDIT_SHIFT = `mutation($input: EditShiftInput!) { editShift(input: $input) { ${RESULT('MutationEditShiftSuccess', 'id capacity startsAt endsAt detached roles { id nameTr headcount }', '... on ShiftCapacityBelowSignupsError { capacity held }')} } }`;
const CANCEL_SHIFT = `mutation($input: CancelShiftInput!) { cancelShift(input: $input) { ${RESULT('MutationCancelShiftSuccess', 'id cancelledAt')} } }`;

async function areaId(slug = 'field-work') {
  return globalId('VolunteerArea', (await prisma.volunteerArea.findUniqueOrThrow({ where: { slug } })).id);
}

describe('shift settings', () => {
  it('answers the defaults, then changes only what is given, audited', async () => {
    expect((await coordinator.ok(SETTINGS)).shiftSettings).toEqual({ maxHoursPerWeek: 12, noShowPauseAfter: 3, holdHours: 12, holdHoursNear: 2, nearWindowHours: 48 });
    const done = await coordinator.ok(UPDATE_SETTINGS, { input: { maxHoursPerWeek: 10, noShowPauseAfter: 2 } });
    expect(done.updateShiftSettings.data).toEqual({ maxHoursPerWeek: 10, noShowPauseAfter: 2, holdHours: 12 });
    expect(await prisma.auditEntry.count({ where: { action: 'shifts.updateSettings' } })).toBe(1);
  });

  it.each([
    [{ maxHoursPerWeek: 0 }, 'maxHoursPerWeek', 'validation.shifts.hours', { minimum: 1, maximum: 80 }],
    [{ noShowPauseAfter: 21 }, 'noShowPauseAfter', 'validation.shifts.count', { minimum: 1, maximum: 20 }],
    [{ holdHours: 100 }, 'holdHours', 'validation.shifts.hours', { minimum: 1, maximum: 72 }],
  ] as const)('refuses %j with a field message in both languages', async (input, field, key, params) => {
    const before = await prisma.shiftSettings.findFirst();
    for (const [client, locale] of [[coordinator, 'tr'], [coordinatorEn, 'en']] as const) {
      const refused = await client.ok(UPDATE_SETTINGS, { input });
      expect(refused.updateShiftSettings.issues).toEqual([{ path: [field], message: translate(locale, key, params) }]);
    }
    expect(await prisma.shiftSettings.findFirst()).toEqual(before);
  });
});

describe('opportunities', () => {
  it('creates one at a place with its qualifications, edits it to online (place dropped), archives and restores it', async () => {
    const firstAid = await createQualification();
    const created = await coordinator.ok(CREATE_OPPORTUNITY, {
      input: {
        areaId: await areaId(),
        titleTr: 'Karabağlar saha araştırması',
        titleEn: 'Field survey in Karabağlar',
        descriptionTr: 'Kapı kapı anket.',
        online: false,
        districtId: KARABAGLAR,
        address: 'Karabağlar Belediyesi önü',
        qualificationIds: [firstAid.globalId],
      },
    });
    const opportunity = created.createShiftOpportunity.data;
    expect(opportunity).toMatchObject({ title: 'Karabağlar saha araştırması', online: false, district: { name: 'Karabağlar' }, area: { slug: 'field-work' } });
    expect(opportunity.qualifications).toEqual([{ id: firstAid.globalId }]);

    const edited = await coordinator.ok(UPDATE_OPPORTUNITY, {
      input: { id: opportunity.id, areaId: await areaId('social-media'), titleTr: 'Sosyal medya kampanya haftası', titleEn: 'Social media campaign week', online: true, districtId: 18, address: 'x', qualificationIds: [] },
    });
    expect(edited.updateShiftOpportunity.data).toMatchObject({ online: true, address: null, district: null, qualifications: [] });

    const archived = await coordinator.ok(ARCHIVE_OPPORTUNITY, { input: { id: opportunity.id } });
    expect(archived.archiveShiftOpportunity.data.archivedAt).not.toBeNull();
    const listed = await coordinator.ok(OPPORTUNITIES, { search: 'kampanya' });
    expect(listed.shiftOpportunities.edges).toEqual([]);
    const all = await coordinator.ok(OPPORTUNITIES, { search: 'KAMPANYA', includeArchived: true });
    expect(all.shiftOpportunities.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([opportunity.id]);

    // An archived opportunity takes no new shift.
    const refused = await coordinator.ok(CREATE_SHIFT, {
      input: { opportunityId: opportunity.id, startsAt: new Date(Date.now() + 72 * HOUR).toISOString(), endsAt: new Date(Date.now() + 75 * HOUR).toISOString(), capacity: 5, cutoffHours: 12 },
    });
    expect(refused.createShift).toMatchObject({ __typename: 'ShiftOpportunityArchivedError', code: 'OPPORTUNITY_ARCHIVED', message: translate('tr', 'error.shifts.opportunityArchived') });

    await coordinator.ok(ARCHIVE_OPPORTUNITY, { input: { id: opportunity.id, archived: false } });
    expect((await coordinator.ok(OPPORTUNITIES, { search: 'kampanya' })).shiftOpportunities.totalCount).toBe(1);
  });

  it('needs a district and an address unless online, in both languages, writing nothing', async () => {
    const before = await planningWriteCounts();
    for (const [client, locale] of [[coordinator, 'tr'], [coordinatorEn, 'en']] as const) {
      const refused = await client.ok(CREATE_OPPORTUNITY, {
        input: { areaId: await areaId(), titleTr: 'Atölye', titleEn: 'Workshop', online: false, qualificationIds: [] },
      });
      expect(refused.createShiftOpportunity.issues).toEqual([
        { path: ['districtId'], message: translate(locale, 'validation.shifts.placeRequired') },
        { path: ['address'], message: translate(locale, 'validation.shifts.placeRequired') },
      ]);
    }
    expect(await planningWriteCounts()).toEqual(before);
  });
});

describe('one-off shifts', () => {
  it('creates a shift with roles: its capacity is their headcounts added up, the cut-off before the start', async () => {
    const opportunity = await createOpportunity();
    const startsAt = new Date(Date.now() + 96 * HOUR);
    const created = await coordinator.ok(CREATE_SHIFT, {
      input: {
        opportunityId: opportunity.globalId,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3 * HOUR).toISOString(),
        capacity: 99,
        cutoffHours: 24,
        roles: [
          { nameTr: 'Ekip lideri', nameEn: 'Team lead', headcount: 1 },
          { nameTr: 'Gönüllü', nameEn: 'Volunteer', headcount: 4 },
        ],
      },
    });
    const shift = created.createShift.data;
    expect(shift).toMatchObject({ capacity: 5, cutoffHours: 24, roles: [{ name: 'Ekip lideri', headcount: 1 }, { name: 'Gönüllü', headcount: 4 }], fill: { held: 0, capacity: 5, level: 'EMPTY' } });
    expect(new Date(shift.signupClosesAt).getTime()).toBe(startsAt.getTime() - 24 * HOUR);
  });

  it.each([
    [{ capacity: null, roles: [] }, 'capacity', 'validation.shifts.capacityOrRoles', {}],
    [{ capacity: 0 }, 'capacity', 'validation.shifts.count', { minimum: 1, maximum: 500 }],
    [{ endsIn: -1 }, 'endsAt', 'validation.shifts.endsBeforeStarts', {}],
    [{ endsIn: 30 }, 'endsAt', 'validation.periodTooLong', {}],
    [{ cutoffHours: 200 }, 'cutoffHours', 'validation.shifts.hours', { minimum: 0, maximum: 168 }],
  ] as const)('refuses %j with a translated field message, writing nothing', async (change, field, key, params) => {
    const opportunity = await createOpportunity();
    const startsAt = new Date(Date.now() + 72 * HOUR);
    const { endsIn, ...rest } = { endsIn: 3, ...change } as { endsIn: number } & Record<string, unknown>;
    const input = { opportunityId: opportunity.globalId, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + endsIn * HOUR).toISOString(), capacity: 5, cutoffHours: 12, ...rest };
    const before = await planningWriteCounts();
    for (const [client, locale] of [[coordinator, 'tr'], [coordinatorEn, 'en']] as const) {
      const refused = await client.ok(CREATE_SHIFT, { input });
      expect(refused.createShift.__typename).toBe('InputValidationError');
      expect(refused.createShift.issues).toContainEqual({ path: [field], message: translate(locale, key, params) });
    }
    expect(await planningWriteCounts()).toEqual(before);
  });

  it('refuses a capacity (or a role headcount) below the places held, typed and translated, changing nothing', async () => {
    const shift = await createShift({ roles: [{ nameTr: 'Lider', nameEn: 'Lead', headcount: 1 }, { nameTr: 'Gönüllü', nameEn: 'Volunteer', headcount: 4 }] });
    for (let i = 0; i < 3; i += 1) await signUp(shift, (await createVolunteer()).id, i === 2 ? 'OFFERED' : 'CONFIRMED');
    await signUp(shift, (await createVolunteer()).id, 'WAITLISTED');
    const lead = await createVolunteer();
    await prisma.shiftSignup.create({ data: { shiftId: shift.id, userId: lead.id, roleId: shift.roles[0]!.id, status: 'CONFIRMED', confirmedAt: new Date() } });
    const before = await planningWriteCounts();

    const refused = await coordinator.ok(EDIT_SHIFT, { input: { shiftId: shift.globalId, roles: [{ nameTr: 'Lider', nameEn: 'Lead', headcount: 1 }, { nameTr: 'Gönüllü', nameEn: 'Volunteer', headcount: 2 }] } });
    expect(refused.editShift).toEqual({ __typename: 'ShiftCapacityBelowSignupsError', capacity: 3, held: 4, code: 'CAPACITY_BELOW_SIGNUPS', message: translate('tr', 'error.shifts.capacityBelowSignups', { capacity: 3, held: 4 }) });
    const roleCut = await coordinatorEn.ok(EDIT_SHIFT, { input: { shiftId: shift.globalId, roles: [{ nameTr: 'Lider', nameEn: 'Lead', headcount: 0 + 1 }, { nameTr: 'Gönüllü', nameEn: 'Volunteer', headcount: 4 }] } });
    expect(roleCut.editShift.__typename).toBe('MutationEditShiftSuccess');
    const plainCut = await coordinatorEn.ok(EDIT_SHIFT, { input: { shiftId: shift.globalId, capacity: 3, roles: null } });
    expect(plainCut.editShift).toMatchObject({ code: 'CAPACITY_BELOW_SIGNUPS', message: translate('en', 'error.shifts.capacityBelowSignups', { capacity: 3, held: 4 }) });
    const after = await planningWriteCounts();
    expect({ ...after, audit: before.audit }).toEqual(before);
    expect(after.audit).toBe(before.audit + 1);

    // Down to exactly the places held is fine; the people keep their places.
    const done = await coordinator.ok(EDIT_SHIFT, { input: { shiftId: shift.globalId, capacity: 4 } });
    expect(done.editShift.data.capacity).toBe(4);
    expect(await prisma.shiftSignup.count({ where: { shiftId: shift.id, status: { in: ['CONFIRMED', 'OFFERED'] } } })).toBe(4);
  });

  it('moves a shift: the people on it keep their places and are told the new time; the cut-off moves with it', async () => {
    const shift = await createShift({ startsInHours: 100, cutoffHours: 12 });
    const anna = await createVolunteer({ firstName: 'Ayşe' });
    const waiting = await createVolunteer({ firstName: 'Elif' });
    await signUp(shift, anna.id);
    await signUp(shift, waiting.id, 'WAITLISTED');
    const startsAt = new Date(shift.startsAt.getTime() + 2 * HOUR);
    const moved = await coordinator.ok(EDIT_SHIFT, { input: { shiftId: shift.globalId, startsAt: startsAt.toISOString() } });
    expect(moved.editShift.data).toMatchObject({ startsAt: startsAt.toISOString(), endsAt: new Date(shift.endsAt.getTime() + 2 * HOUR).toISOString(), detached: false });
    expect((await prisma.shift.findUniqueOrThrow({ where: { id: shift.id } })).signupClosesAt).toEqual(new Date(startsAt.getTime() - 12 * HOUR));
    for (const person of [anna, waiting]) {
      const mails = await mailsTo(person.id);
      expect(mails.map((m) => m.template)).toEqual(['shiftRescheduled']);
      expect(mails[0]!.subject).toContain(shift.opportunity.titleTr);
    }
    expect(await prisma.shiftSignup.count({ where: { shiftId: shift.id, status: { in: ['CONFIRMED', 'WAITLISTED'] } } })).toBe(2);

    // A capacity change alone tells nobody.
    await coordinator.ok(EDIT_SHIFT, { input: { shiftId: shift.globalId, capacity: 8 } });
    expect(await mailsTo(anna.id)).toHaveLength(1);
  });

  it('raising the capacity offers the new places to the waitlist at once, in arrival order', async () => {
    const shift = await createShift({ capacity: 1 });
    const holder = await createVolunteer();
    await signUp(shift, holder.id);
    const waiting = [];
    for (const [index, name] of ['Ayşe', 'Elif', 'Deniz'].entries()) {
      const person = await createVolunteer({ firstName: name });
      waiting.push({ person, signup: await signUp(shift, person.id, 'WAITLISTED', new Date(Date.now() - (10 - index) * 60_000)) });
    }
    const raised = await coordinator.ok(EDIT_SHIFT, { input: { shiftId: shift.globalId, capacity: 3 } });
    expect(raised.editShift.data.capacity).toBe(3);
    // No sweep ran: the first two waiting were offered the places by the edit itself, with a hold.
    const statuses = await prisma.shiftSignup.findMany({ where: { id: { in: waiting.map((w) => w.signup.id) } }, select: { id: true, status: true, holdExpiresAt: true } });
    const statusOf = (id: string) => statuses.find((s) => s.id === id)!;
    expect(waiting.map((w) => statusOf(w.signup.id).status)).toEqual(['OFFERED', 'OFFERED', 'WAITLISTED']);
    expect(statusOf(waiting[0]!.signup.id).holdExpiresAt!.getTime()).toBeGreaterThan(Date.now());
    expect((await mailsTo(waiting[0]!.person.id)).map((m) => m.template)).toEqual(['shiftOffered']);
    expect(await mailsTo(waiting[2]!.person.id)).toEqual([]);
    expect(await prisma.shiftSignup.count({ where: { shiftId: shift.id, status: { in: ['CONFIRMED', 'OFFERED'] } } })).toBe(3);
  });

  it('cancels a shift: kept as a record, everyone on it or waiting is taken off and told in their language', async () => {
    const shift = await createShift();
    const confirmed = await createVolunteer();
    const english = await createVolunteer();
    await prisma.user.update({ where: { id: english.id }, data: { locale: 'en' } });
    await signUp(shift, confirmed.id);
    await signUp(shift, english.id, 'WAITLISTED');
    const gone = await createVolunteer();
    await signUp(shift, gone.id, 'CANCELLED');

    const cancelled = await coordinator.ok(CANCEL_SHIFT, { input: { shiftId: shift.globalId } });
    expect(cancelled.cancelShift.data.cancelledAt).not.toBeNull();
    expect(await prisma.shift.count({ where: { id: shift.id } })).toBe(1);
    expect((await prisma.shiftSignup.findMany({ where: { shiftId: shift.id }, orderBy: { createdAt: 'asc' } })).map((s) => s.status)).toEqual(['CANCELLED', 'CANCELLED', 'CANCELLED']);
    expect((await mailsTo(confirmed.id)).map((m) => [m.template, m.locale])).toEqual([['shiftCancelled', 'tr']]);
    expect((await mailsTo(english.id)).map((m) => [m.template, m.locale])).toEqual([['shiftCancelled', 'en']]);
    expect((await mailsTo(english.id))[0]!.subject).toContain(shift.opportunity.titleEn);
    expect(await mailsTo(gone.id)).toEqual([]);

    const again = await coordinator.ok(CANCEL_SHIFT, { input: { shiftId: shift.globalId } });
    expect(again.cancelShift).toMatchObject({ __typename: 'ShiftCancelledError', code: 'SHIFT_CANCELLED' });
    const edit = await coordinator.ok(EDIT_SHIFT, { input: { shiftId: shift.globalId, capacity: 3 } });
    expect(edit.editShift).toMatchObject({ code: 'SHIFT_CANCELLED', message: translate('tr', 'error.shifts.shiftCancelled') });
  });

  describe('a shift may not start in the past', () => {
    const CREATE_SERIES = `mutation($input: CreateShiftSeriesInput!) { createShiftSeries(input: $input) { __typename ... on Error { code message } } }`;
    const EDIT_FOLLOWING = `mutation($input: EditFollowingShiftsInput!) { editFollowingShifts(input: $input) { __typename ... on Error { code message } } }`;
    const anHourAgo = () => new Date(Date.now() - HOUR);
    /** A shift ahead that is today's occurrence of a series (İzmir day): midnight of today has passed. */
    async function occurrenceToday() {
      const opportunity = await createOpportunity();
      const day = todayInIstanbul();
      const series = await prisma.shiftSeries.create({
        data: { opportunityId: opportunity.id, rrule: 'FREQ=DAILY;COUNT=1', startDate: new Date(`${day}T00:00:00Z`), startTime: '23:59', durationMinutes: 30, capacity: 3, cutoffHours: 0 },
      });
      const shift = await createShift({ opportunity, startsInHours: 2, cutoffHours: 0 });
      await prisma.shift.update({ where: { id: shift.id }, data: { seriesId: series.id, occurrenceDate: series.startDate } });
      return { shift, day };
    }

    it.each([
      [
        'a one-off shift',
        async () => {
          const opportunity = await createOpportunity();
          const startsAt = anHourAgo();
          return { query: CREATE_SHIFT, field: 'createShift', input: { opportunityId: opportunity.globalId, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3 * HOUR).toISOString(), capacity: 5, cutoffHours: 0 } };
        },
      ],
      [
        'a series whose first occurrence has passed (today at midnight)',
        async () => {
          const opportunity = await createOpportunity();
          const day = todayInIstanbul();
          return { query: CREATE_SERIES, field: 'createShiftSeries', input: { opportunityId: opportunity.globalId, startDate: day, until: addDays(day, 14), weekdays: [1, 2, 3, 4, 5, 6, 7], startTime: '00:00', durationMinutes: 30, capacity: 3, cutoffHours: 0 } };
        },
      ],
      [
        'a shift moved to the past',
        async () => {
          const shift = await createShift({ startsInHours: 48 });
          return { query: EDIT_SHIFT, field: 'editShift', input: { shiftId: shift.globalId, startsAt: anHourAgo().toISOString() } };
        },
      ],
      [
        '"this and following" moving today\'s occurrence to midnight, already past',
        async () => {
          const { shift, day } = await occurrenceToday();
          return { query: EDIT_FOLLOWING, field: 'editFollowingShifts', input: { shiftId: shift.globalId, weekdays: [1, 2, 3, 4, 5, 6, 7], startTime: '00:00', durationMinutes: 30, capacity: 3, cutoffHours: 0, until: day } };
        },
      ],
    ] as const)('refuses %s, typed and translated, writing nothing', async (_case, make) => {
      for (const [client, locale] of [[coordinator, 'tr'], [coordinatorEn, 'en']] as const) {
        const { query, field, input } = await make();
        const before = await planningWriteCounts();
        const refused = await client.ok(query, { input });
        expect(refused[field]).toMatchObject({ __typename: 'ShiftStartsInPastError', code: 'SHIFT_STARTS_IN_PAST', message: translate(locale, 'error.shifts.startsInPast') });
        expect(await planningWriteCounts()).toEqual(before);
      }
    });
  });

  it('leaves a shift that has started alone', async () => {
    const shift = await createShift({ startsInHours: -1 });
    const refused = await coordinatorEn.ok(CANCEL_SHIFT, { input: { shiftId: shift.globalId } });
    expect(refused.cancelShift).toMatchObject({ __typename: 'ShiftStartedError', code: 'SHIFT_STARTED', message: translate('en', 'error.shifts.shiftStarted') });
  });
});
