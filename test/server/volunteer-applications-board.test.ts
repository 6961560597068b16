// The coordinators' review board: filters (status, area, district, age band, language), Turkish
// search, counts per status, bulk moves that report what they skipped, screening notes, checklist.
import { todayInIstanbul } from '@katilim/schema/istanbul-day';
import { prisma } from '@katilim/server/db/prisma';
import { birthDateRange } from '@katilim/server/modules/volunteer-applications/board';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applicationWriteCounts,
  areaGlobalId,
  createApplication,
  createRound,
  globalId,
  type Round,
} from '../support/applications-scenarios.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { clientFor } from '../support/scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let coordinator: GraphQLClient;
let round: Round;
/** The round's applications by a short name. */
const the: Record<string, Awaited<ReturnType<typeof createApplication>>> = {};

/** A birth date making someone `years` old today in İzmir (their birthday a month ago). */
function bornYearsAgo(years: number): string {
  const day = todayInIstanbul(new Date(Date.now() - 31 * 86_400_000));
  return `${Number(day.slice(0, 4)) - years}${day.slice(4)}`;
}

beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
  round = await createRound();
  the.ayse = await createApplication(round, {
    applicant: { firstName: 'Ayşe', lastName: 'IŞIK', birthDate: bornYearsAgo(20), districtId: 7 },
    districtId: 7,
    areas: ['translation', 'workshops'],
    languages: [{ language: 'en', level: 'ADVANCED' }],
  });
  the.mehmet = await createApplication(round, {
    applicant: { firstName: 'Mehmet', lastName: 'Yılmaz', birthDate: bornYearsAgo(40) },
    districtId: 21,
    areas: ['field-work'],
    status: 'SCREENING',
  });
  the.isil = await createApplication(round, {
    applicant: { firstName: 'Işıl', lastName: 'Demir', birthDate: bornYearsAgo(60) },
    districtId: 7,
    areas: ['workshops'],
    languages: [{ language: 'de', level: 'BASIC' }],
  });
  the.can = await createApplication(round, {
    applicant: { firstName: 'Can', lastName: 'Öztürk', birthDate: bornYearsAgo(30) },
    districtId: 9,
    areas: ['social-media'],
    status: 'REJECTED',
  });
  // A draft stays the applicant's own: never on the board, though counted.
  the.draft = await createApplication(round, { applicant: { firstName: 'Ayşe', lastName: 'Işıkçı' }, status: 'DRAFT', districtId: 7 });
  // Another round's application never shows up here.
  await createApplication(await createRound(), { applicant: { firstName: 'Ayşe', lastName: 'Işık' } });
});
afterAll(() => server?.close());

const BOARD = `query($roundId: ID!, $status: ApplicationStatus, $areaId: ID, $districtId: Int, $ageBand: AgeBand, $language: String, $search: String) {
  roundApplications(roundId: $roundId, status: $status, areaId: $areaId, districtId: $districtId, ageBand: $ageBand, language: $language, search: $search, first: 50) {
    totalCount
    edges { node { id } }
  }
}`;

async function board(filters: Record<string, unknown>) {
  const data = await coordinator.ok(BOARD, { roundId: round.globalId, ...filters });
  const ids = data.roundApplications.edges.map((edge: { node: { id: string } }) => edge.node.id);
  expect(data.roundApplications.totalCount).toBe(ids.length);
  const names = Object.fromEntries(Object.entries(the).map(([name, application]) => [application.globalId, name]));
  return ids.map((id: string) => names[id] ?? id).sort();
}

describe('filters and search', () => {
  it.each([
    { filters: {}, expected: ['ayse', 'can', 'isil', 'mehmet'] },
    { filters: { status: 'SUBMITTED' }, expected: ['ayse', 'isil'] },
    { filters: { status: 'DRAFT' }, expected: ['ayse', 'can', 'isil', 'mehmet'] },
    { filters: { area: 'workshops' }, expected: ['ayse', 'isil'] },
    { filters: { area: 'field-work' }, expected: ['mehmet'] },
    { filters: { area: 'campaign-management' }, expected: [] },
    { filters: { districtId: 7 }, expected: ['ayse', 'isil'] },
    { filters: { ageBand: 'AGE_18_24' }, expected: ['ayse'] },
    { filters: { ageBand: 'AGE_25_34' }, expected: ['can'] },
    { filters: { ageBand: 'AGE_35_49' }, expected: ['mehmet'] },
    { filters: { ageBand: 'AGE_50_PLUS' }, expected: ['isil'] },
    { filters: { language: 'en' }, expected: ['ayse'] },
    { filters: { language: 'DE' }, expected: ['isil'] },
    { filters: { search: 'ışık' }, expected: ['ayse'] },
    { filters: { search: 'IŞIK' }, expected: ['ayse'] },
    { filters: { search: 'isik' }, expected: ['ayse'] },
    { filters: { search: 'ışıl' }, expected: ['isil'] },
    { filters: { search: 'ayşe ışık' }, expected: ['ayse'] },
    { filters: { search: 'ÖZTÜRK' }, expected: ['can'] },
    { filters: { search: 'nobody' }, expected: [] },
    { filters: { status: 'SUBMITTED', districtId: 7, language: 'de' }, expected: ['isil'] },
    { filters: { area: 'workshops', ageBand: 'AGE_18_24', search: 'ayse' }, expected: ['ayse'] },
  ])('$filters → $expected', async ({ filters, expected }) => {
    const { area, ...rest } = filters as { area?: 'workshops' } & Record<string, unknown>;
    expect(await board({ ...rest, ...(area ? { areaId: areaGlobalId(round.area(area)) } : {}) })).toEqual(expected);
  });

  it.each([
    // On 29 February, 18 years back is a common year: born 1 March 2010, one is still 17.
    { band: 'AGE_18_24', today: '2028-02-29', lte: '2010-02-28', gt: '2003-02-28' },
    { band: 'AGE_25_34', today: '2026-06-15', lte: '2001-06-15', gt: '1991-06-15' },
    { band: 'AGE_50_PLUS', today: '2026-06-15', lte: '1976-06-15', gt: undefined },
  ] as const)('takes $band on $today as birth dates after $gt up to $lte', ({ band, today, lte, gt }) => {
    expect(birthDateRange(band, today)).toEqual({ lte: new Date(`${lte}T00:00:00Z`), ...(gt ? { gt: new Date(`${gt}T00:00:00Z`) } : {}) });
  });

  it('counts every status of the round in one list, drafts included', async () => {
    const data = await coordinator.ok(`query($roundId: ID!) { roundApplicationCounts(roundId: $roundId) { status count } }`, { roundId: round.globalId });
    const counts = Object.fromEntries(data.roundApplicationCounts.map((c: { status: string; count: number }) => [c.status, c.count]));
    expect(counts).toEqual({
      DRAFT: 1,
      SUBMITTED: 2,
      SCREENING: 1,
      INTERVIEW_INVITED: 0,
      INTERVIEW_SCHEDULED: 0,
      ACCEPTED: 0,
      WAITLISTED: 0,
      REJECTED: 1,
      IN_TRAINING: 0,
      ACTIVE: 0,
      WITHDRAWN: 0,
    });
  });

  // Coordinators cannot read applicants' email or phone: a search on them must not answer, not
  // even through totalCount (a phone number could be guessed digit by digit).
  it.each([
    { field: 'the full phone number', of: (a: { phone: string }) => a.phone },
    { field: 'a prefix of the phone number', of: (a: { phone: string }) => a.phone.slice(0, 8) },
    { field: 'the email address', of: (a: { email: string }) => a.email },
    { field: 'the domain of the email', of: (a: { email: string }) => a.email.split('@')[1]! },
  ])('finds nobody by $field, which coordinators may not read', async ({ of }) => {
    const term = of(the.ayse!.applicant);
    expect(await board({ search: term })).toEqual([]);
    // The same term is found by an administrator's people search, who may read it.
    const admin = (await clientFor(server.graphqlUrl, ['ADMIN'])).client;
    const people = await admin.ok(`query($search: String) { users(search: $search, first: 5) { totalCount } }`, { search: term });
    expect(people.users.totalCount).toBeGreaterThan(0);
  });

  it('refuses a search longer than 100 characters as bad input', async () => {
    const response = await coordinator.request(BOARD, { roundId: round.globalId, search: 'a'.repeat(101) });
    expect(response.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['BAD_USER_INPUT', 'search: En fazla 100 karakter olabilir.']]);
  });
});

const MOVE = (field: string, input: string) => `mutation($input: ${input}!) {
  ${field}(input: $input) {
    __typename
    ... on InputValidationError { issues { path message } }
    ... on Mutation${field[0]!.toUpperCase()}${field.slice(1)}Success { data { moved { id status } skipped { applicationId reason status } } }
  }
}`;

describe('bulk actions', () => {
  it('moves those that may move and says why the others were skipped', async () => {
    const submitted = await createApplication(round);
    const screening = await createApplication(round, { status: 'SCREENING' });
    const unknown = globalId('VolunteerApplication', '01234567-89ab-7def-8123-456789abcdef');

    const data = await coordinator.ok(MOVE('moveApplicationsToScreening', 'BulkApplicationsInput'), {
      input: { applicationIds: [submitted.globalId, screening.globalId, unknown, submitted.globalId] },
    });

    expect(data.moveApplicationsToScreening.data).toEqual({
      moved: [{ id: submitted.globalId, status: 'SCREENING' }],
      skipped: [
        { applicationId: screening.globalId, reason: 'ILLEGAL_TRANSITION', status: 'SCREENING' },
        { applicationId: unknown, reason: 'NOT_FOUND', status: null },
      ],
    });
    expect(await prisma.applicationEvent.count({ where: { applicationId: submitted.id, toStatus: 'SCREENING' } })).toBe(1);
  });

  it('invites screened applicants, each told in their own mail', async () => {
    const applications = await Promise.all([1, 2, 3].map(() => createApplication(round, { status: 'SCREENING' })));
    const data = await coordinator.ok(MOVE('inviteApplicationsToInterview', 'BulkApplicationsInput'), {
      input: { applicationIds: applications.map((a) => a.globalId) },
    });
    expect(data.inviteApplicationsToInterview.data.moved).toHaveLength(3);
    for (const application of applications) {
      const mails = await prisma.outboxMessage.findMany({ where: { userId: application.applicant.id } });
      expect(mails.map((m) => m.subject)).toEqual(['Katılım: başvurunuz — Görüşmeye davet edildiniz']);
    }
  });

  it('rejects with the message the coordinator edited, in each applicant\'s language', async () => {
    const turkish = await createApplication(round);
    const english = await createApplication(round, { status: 'SCREENING' });
    await prisma.user.update({ where: { id: english.applicant.id }, data: { locale: 'en' } });
    const data = await coordinator.ok(MOVE('rejectApplications', 'RejectApplicationsInput'), {
      input: {
        applicationIds: [turkish.globalId, english.globalId],
        message: 'Başvurunuz için teşekkürler; bu dönem kontenjan doldu.',
        messageEn: 'Thank you for applying; this round is full.',
      },
    });
    expect(data.rejectApplications.data.moved.map((m: { status: string }) => m.status)).toEqual(['REJECTED', 'REJECTED']);
    const [trMail] = await prisma.outboxMessage.findMany({ where: { userId: turkish.applicant.id } });
    const [enMail] = await prisma.outboxMessage.findMany({ where: { userId: english.applicant.id } });
    expect(trMail!.bodyText).toContain('bu dönem kontenjan doldu');
    expect(enMail!.bodyText).toContain('this round is full');
    expect(enMail!.subject).toBe('Katılım: your application — Not successful');
  });

  it.each([
    { name: 'no applications', input: { applicationIds: [] }, path: ['applicationIds'] },
    { name: '101 applications', input: { applicationIds: Array.from({ length: 101 }, () => globalId('VolunteerApplication', '01234567-89ab-7def-8123-456789abcdef')) }, path: ['applicationIds'] },
    { name: 'an id of another type', input: { applicationIds: [globalId('User', '01234567-89ab-7def-8123-456789abcdef')] }, path: ['applicationIds', '0'] },
  ])('refuses $name with a field error, moving nothing', async ({ input, path }) => {
    const before = await applicationWriteCounts();
    const data = await coordinator.ok(MOVE('moveApplicationsToScreening', 'BulkApplicationsInput'), { input });
    expect(data.moveApplicationsToScreening.__typename).toBe('InputValidationError');
    expect(data.moveApplicationsToScreening.issues.map((i: { path: string[] }) => i.path)).toContainEqual(path);
    expect(await applicationWriteCounts()).toEqual(before);
  });

  it('is all or nothing: a failure on one application undoes the others, mails included', async () => {
    const first = await createApplication(round);
    const second = await createApplication(round);
    // A real fault inside PostgreSQL on the second application's timeline event.
    await prisma.$executeRawUnsafe(`
      CREATE FUNCTION fail_for_test() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'injected failure'; END $$`);
    await prisma.$executeRawUnsafe(`
      CREATE TRIGGER fail_for_test BEFORE INSERT ON "ApplicationEvent" FOR EACH ROW
      WHEN (NEW."applicationId" = '${second.id}'::uuid) EXECUTE FUNCTION fail_for_test()`);
    try {
      const before = await applicationWriteCounts();
      const response = await coordinator.request(MOVE('rejectApplications', 'RejectApplicationsInput'), {
        input: { applicationIds: [first.globalId, second.globalId], message: 'Teşekkürler.' },
      });
      expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(await applicationWriteCounts()).toEqual(before);
      const statuses = await prisma.volunteerApplication.findMany({ where: { id: { in: [first.id, second.id] } }, select: { status: true } });
      expect(statuses.map((a) => a.status)).toEqual(['SUBMITTED', 'SUBMITTED']);
    } finally {
      await prisma.$executeRawUnsafe('DROP TRIGGER fail_for_test ON "ApplicationEvent"');
      await prisma.$executeRawUnsafe('DROP FUNCTION fail_for_test()');
    }
  });

  it('refuses a message with a NUL character as a field error, writing nothing for any application', async () => {
    const turkish = await createApplication(round);
    const english = await createApplication(round);
    await prisma.user.update({ where: { id: english.applicant.id }, data: { locale: 'en' } });
    const before = await applicationWriteCounts();
    const response = await coordinator.request(MOVE('rejectApplications', 'RejectApplicationsInput'), {
      input: { applicationIds: [turkish.globalId, english.globalId], message: 'Teşekkürler.', messageEn: 'Thank\u0000 you.' },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.rejectApplications.__typename).toBe('InputValidationError');
    expect(response.data.rejectApplications.issues.map((i: { path: string[] }) => i.path)).toEqual([['messageEn']]);
    expect(await applicationWriteCounts()).toEqual(before);
  });

  it('refuses a rejection without a message', async () => {
    const application = await createApplication(round);
    const data = await coordinator.ok(MOVE('rejectApplications', 'RejectApplicationsInput'), {
      input: { applicationIds: [application.globalId], message: '   ' },
    });
    expect(data.rejectApplications.issues).toEqual([{ path: ['message'], message: 'Bu alan zorunludur.' }]);
  });
});

describe('screening notes and checklist', () => {
  const NOTE = `mutation($input: AddScreeningNoteInput!) {
    addScreeningNote(input: $input) { __typename ... on MutationAddScreeningNoteSuccess { data { screeningNotes { body authorName } } } ... on Error { code } }
  }`;
  const CHECK = `mutation($input: UpdateScreeningChecklistInput!) {
    updateScreeningChecklist(input: $input) {
      __typename
      ... on MutationUpdateScreeningChecklistSuccess { data { screeningChecklist { ageVerified consentOnFile motivationAdequate availabilityFits referencesChecked } } }
      ... on Error { code }
    }
  }`;

  it('keeps notes newest first with their author, audited', async () => {
    const { person, client } = await clientFor(server.graphqlUrl, ['COORDINATOR'], { firstName: 'Nilüfer', lastName: 'Koordinatör' });
    const application = await createApplication(round);
    await client.ok(NOTE, { input: { applicationId: application.globalId, body: 'Telefonla ulaşıldı.' } });
    const data = await client.ok(NOTE, { input: { applicationId: application.globalId, body: 'Referans bekleniyor.' } });
    expect(data.addScreeningNote.data.screeningNotes).toEqual([
      { body: 'Referans bekleniyor.', authorName: 'Nilüfer Koordinatör' },
      { body: 'Telefonla ulaşıldı.', authorName: 'Nilüfer Koordinatör' },
    ]);
    expect(await prisma.auditEntry.count({ where: { actorId: person.id, action: 'application.note', entityId: application.id } })).toBe(2);
  });

  it('ticks the checklist key by key, keeping the others', async () => {
    const application = await createApplication(round);
    await coordinator.ok(CHECK, { input: { applicationId: application.globalId, ageVerified: true, referencesChecked: true } });
    const data = await coordinator.ok(CHECK, { input: { applicationId: application.globalId, consentOnFile: true, referencesChecked: false } });
    expect(data.updateScreeningChecklist.data.screeningChecklist).toEqual({
      ageVerified: true,
      consentOnFile: true,
      motivationAdequate: false,
      availabilityFits: false,
      referencesChecked: false,
    });
  });

  it('finds no draft to annotate', async () => {
    const before = await applicationWriteCounts();
    expect((await coordinator.ok(NOTE, { input: { applicationId: the.draft!.globalId, body: 'gizli' } })).addScreeningNote.__typename).toBe('NotFoundError');
    expect((await coordinator.ok(CHECK, { input: { applicationId: the.draft!.globalId, ageVerified: true } })).updateScreeningChecklist.__typename).toBe(
      'NotFoundError',
    );
    expect(await applicationWriteCounts()).toEqual(before);
  });
});
