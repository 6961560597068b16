// Applying to a recruitment round: the call pages, the draft, the submission's validation at the
// edge (each bad field a translated field error, nothing written), the 18+ rule on the server,
// closed rounds, one application per person per round even under simultaneous submits, withdrawal,
// "my applications" and who sees what of an application.
import { todayInIstanbul } from '@katilim/schema/istanbul-day';
import { prisma } from '@katilim/server/db/prisma';
import { SESSION_COOKIE } from '@katilim/server/http/cookies';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applicationConsentVersion,
  applicationWriteCounts,
  areaGlobalId,
  createApplication,
  createRound,
  globalId,
  submission,
  type Round,
} from '../support/applications-scenarios.ts';
import { fireAtOnce } from '../support/concurrency.ts';
import { GraphQLClient } from '../support/graphql-client.ts';
import { clientFor } from '../support/scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let round: Round;
beforeAll(async () => {
  server = await startTestServer();
  round = await createRound();
});
afterAll(() => server?.close());

const DAY = 86_400_000;

const SUBMIT = `mutation($input: SubmitApplicationInput!) {
  submitApplication(input: $input) {
    __typename
    ... on MutationSubmitApplicationSuccess { data { id status submittedAt choices { rank area { slug } } languages { language level } availability district { name } motivation experience } }
    ... on InputValidationError { message issues { path message } }
    ... on Error { code message }
  }
}`;

const SAVE_DRAFT = `mutation($input: SaveApplicationDraftInput!) {
  saveApplicationDraft(input: $input) {
    __typename
    ... on MutationSaveApplicationDraftSuccess { data { id status choices { rank area { slug } } languages { language level } availability district { id } motivation experience events { from to } } }
    ... on InputValidationError { issues { path message } }
    ... on Error { code message }
  }
}`;

/** A logged-in applicant (an adult by default) who reads the given language. */
async function applicant(options: { locale?: 'tr' | 'en'; birthDate?: string } = {}) {
  const { person, client } = await clientFor(server.graphqlUrl, [], { birthDate: options.birthDate });
  if (options.locale === 'en') {
    await prisma.user.update({ where: { id: person.id }, data: { locale: 'en' } });
    return { person, client: new GraphQLClient(server.graphqlUrl, { locale: 'en' }).setCookie(SESSION_COOKIE, sessionCookie(client)) };
  }
  return { person, client };
}

function sessionCookie(client: GraphQLClient): string {
  return client.cookie(SESSION_COOKIE) ?? '';
}

describe('the call pages', () => {
  const ROUNDS = `{ recruitmentRounds(first: 50) { edges { node { slug status isOpenForApplications } } } }`;

  it('lists every round but drafts to the public, drafts too to coordinators', async () => {
    const draft = await createRound({ status: 'DRAFT' });
    const screening = await createRound({ status: 'SCREENING' });
    const anonymous = new GraphQLClient(server.graphqlUrl);
    const coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;

    const publicSlugs = (await anonymous.ok(ROUNDS)).recruitmentRounds.edges.map((e: { node: { slug: string } }) => e.node.slug);
    const staffSlugs = (await coordinator.ok(ROUNDS)).recruitmentRounds.edges.map((e: { node: { slug: string } }) => e.node.slug);

    expect(publicSlugs).toEqual(expect.arrayContaining([round.slug, screening.slug]));
    expect(publicSlugs).not.toContain(draft.slug);
    expect(staffSlugs).toEqual(expect.arrayContaining([round.slug, screening.slug, draft.slug]));
  });

  it('shows a call page in the caller\'s language, with areas and whether it takes applications', async () => {
    const PAGE = `query($slug: String!) { recruitmentRound(slug: $slug) { title trainingInfo seatsSought isOpenForApplications areas { name requiresLanguages } } }`;
    const english = new GraphQLClient(server.graphqlUrl, { locale: 'en' });
    const page = (await english.ok(PAGE, { slug: round.slug })).recruitmentRound;
    expect(page).toMatchObject({ title: round.titleEn, trainingInfo: round.trainingInfoEn, seatsSought: 40, isOpenForApplications: true });
    expect(page.areas).toContainEqual({ name: 'Translation', requiresLanguages: true });
    expect(page.areas).toContainEqual({ name: 'Workshops', requiresLanguages: false });
    const turkish = (await new GraphQLClient(server.graphqlUrl).ok(PAGE, { slug: round.slug })).recruitmentRound;
    expect(turkish.areas.map((a: { name: string }) => a.name)).toContain('Çeviri');
  });

  it.each([
    { spec: { status: 'SCREENING' as const }, open: false },
    { spec: { opensAt: new Date(Date.now() + DAY) }, open: false },
    { spec: { closesAt: new Date(Date.now() - 1000), opensAt: new Date(Date.now() - 10 * DAY) }, open: false },
    { spec: {}, open: true },
  ])('isOpenForApplications is $open for $spec', async ({ spec, open }) => {
    const other = await createRound(spec);
    const data = await new GraphQLClient(server.graphqlUrl).ok(`query($slug: String!) { recruitmentRound(slug: $slug) { isOpenForApplications } }`, {
      slug: other.slug,
    });
    expect(data.recruitmentRound.isOpenForApplications).toBe(open);
  });

  it('hides a draft round from the public and from node(id:)', async () => {
    const draft = await createRound({ status: 'DRAFT' });
    const anonymous = new GraphQLClient(server.graphqlUrl);
    expect((await anonymous.ok(`query($slug: String!) { recruitmentRound(slug: $slug) { id } }`, { slug: draft.slug })).recruitmentRound).toBeNull();
    const { client } = await applicant();
    const byId = await client.request(`query($id: ID!) { node(id: $id) { id ... on RecruitmentRound { title } } }`, { id: draft.globalId });
    expect(byId.data?.node).toBeNull();
    expect(byId.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('keeps what coordinators edit (both languages, counts) from the public', async () => {
    const response = await new GraphQLClient(server.graphqlUrl).request(`query($slug: String!) { recruitmentRound(slug: $slug) { titleEn applicationCount } }`, {
      slug: round.slug,
    });
    expect(response.errors?.length).toBeGreaterThan(0);
    expect(new Set(response.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['UNAUTHENTICATED']));
    expect(JSON.stringify(response)).not.toContain(round.titleEn);
  });
});

describe('coordinators publish rounds and areas', () => {
  const CREATE = `mutation($input: RecruitmentRoundInput!) {
    createRecruitmentRound(input: $input) {
      __typename
      ... on MutationCreateRecruitmentRoundSuccess { data { id slug status areas { slug } } }
      ... on InputValidationError { issues { path message } }
      ... on Error { code }
    }
  }`;
  const roundInput = (overrides: Record<string, unknown> = {}) => ({
    titleTr: 'Eşit İzmir Gönüllüleri — Bahar Dönemi',
    titleEn: 'Eşit İzmir Volunteers — Spring',
    descriptionTr: 'Açıklama',
    descriptionEn: 'Description',
    trainingInfoTr: 'Eğitim',
    trainingInfoEn: 'Training',
    opensAt: new Date(Date.now() - DAY).toISOString(),
    closesAt: new Date(Date.now() + 20 * DAY).toISOString(),
    seatsSought: 25,
    areaIds: [areaGlobalId(round.area('translation')), areaGlobalId(round.area('field-work'))],
    ...overrides,
  });

  it('creates a round in DRAFT with a slug from the Turkish title, audited; opens it', async () => {
    const coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
    const data = await coordinator.ok(CREATE, { input: roundInput() });
    expect(data.createRecruitmentRound.data).toMatchObject({
      slug: 'esit-izmir-gonulluleri-bahar-donemi',
      status: 'DRAFT',
      areas: [{ slug: 'translation' }, { slug: 'field-work' }],
    });
    const id = data.createRecruitmentRound.data.id;
    const opened = await coordinator.ok(
      `mutation($input: SetRecruitmentRoundStatusInput!) { setRecruitmentRoundStatus(input: $input) { ... on MutationSetRecruitmentRoundStatusSuccess { data { status isOpenForApplications } } } }`,
      { input: { roundId: id, status: 'OPEN' } },
    );
    expect(opened.setRecruitmentRoundStatus.data).toEqual({ status: 'OPEN', isOpenForApplications: true });
    const actions = await prisma.auditEntry.findMany({ where: { entityType: 'RecruitmentRound' }, select: { action: true, data: true } });
    expect(actions).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'round.create' }), { action: 'round.status', data: { from: 'DRAFT', to: 'OPEN' } }]));

    const again = await coordinator.ok(CREATE, { input: roundInput() });
    expect(again.createRecruitmentRound).toEqual({ __typename: 'SlugTakenError', code: 'SLUG_TAKEN' });
  });

  it.each([
    { field: 'closesAt', input: { closesAt: new Date(Date.now() - 2 * DAY).toISOString() }, message: 'The closing date must be after the opening date.' },
    { field: 'seatsSought', input: { seatsSought: 0 }, message: 'Enter a valid number.' },
    { field: 'titleTr', input: { titleTr: '  ' }, message: 'This field is required.' },
    { field: 'areaIds', input: { areaIds: [] }, message: 'This field is required.' },
    { field: 'slug', input: { slug: 'Büyük Harf' }, message: 'Use only lowercase letters, digits and hyphens.' },
  ])('refuses a round with a bad $field', async ({ field, input, message }) => {
    const { client } = await clientFor(server.graphqlUrl, ['COORDINATOR']);
    const english = new GraphQLClient(server.graphqlUrl, { locale: 'en' }).setCookie(SESSION_COOKIE, sessionCookie(client));
    const before = await prisma.recruitmentRound.count();
    const data = await english.ok(CREATE, { input: roundInput(input) });
    expect(data.createRecruitmentRound.issues).toContainEqual({ path: [field], message });
    expect(await prisma.recruitmentRound.count()).toBe(before);
  });

  it('will not put a round with applications back to draft', async () => {
    const busy = await createRound();
    await createApplication(busy);
    const coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
    const data = await coordinator.ok(
      `mutation($input: SetRecruitmentRoundStatusInput!) { setRecruitmentRoundStatus(input: $input) { __typename ... on Error { code } } }`,
      { input: { roundId: busy.globalId, status: 'DRAFT' } },
    );
    expect(data.setRecruitmentRoundStatus).toEqual({ __typename: 'RoundHasApplicationsError', code: 'ROUND_HAS_APPLICATIONS' });
  });

  it('adds a volunteer area that rounds can then offer', async () => {
    const coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
    const data = await coordinator.ok(
      `mutation($input: CreateVolunteerAreaInput!) { createVolunteerArea(input: $input) { __typename ... on MutationCreateVolunteerAreaSuccess { data { slug name } } } }`,
      { input: { nameTr: 'Etkinlik fotoğrafçılığı', nameEn: 'Event photography' } },
    );
    expect(data.createVolunteerArea.data).toEqual({ slug: 'event-photography', name: 'Etkinlik fotoğrafçılığı' });
    const areas = await new GraphQLClient(server.graphqlUrl).ok(`{ volunteerAreas { slug } }`);
    expect(areas.volunteerAreas.map((a: { slug: string }) => a.slug)).toEqual([
      'translation',
      'workshops',
      'field-work',
      'social-media',
      'project-management',
      'campaign-management',
      'event-photography',
    ]);
  });
});

describe('the draft', () => {
  it('is created, updated (only what is sent) and restored through the round', async () => {
    const { person, client } = await applicant();
    const first = await client.ok(SAVE_DRAFT, {
      input: { roundId: round.globalId, areaIds: [areaGlobalId(round.area('social-media'))], motivation: 'Yarım kaldı' },
    });
    expect(first.saveApplicationDraft.data).toMatchObject({
      status: 'DRAFT',
      choices: [{ rank: 1, area: { slug: 'social-media' } }],
      motivation: 'Yarım kaldı',
      events: [{ from: null, to: 'DRAFT' }],
    });

    const second = await client.ok(SAVE_DRAFT, {
      input: { roundId: round.globalId, districtId: 9, languages: [{ language: 'EN', level: 'NATIVE' }], availability: ['EVENINGS', 'EVENINGS'] },
    });
    expect(second.saveApplicationDraft.data).toMatchObject({
      id: first.saveApplicationDraft.data.id,
      choices: [{ rank: 1, area: { slug: 'social-media' } }],
      motivation: 'Yarım kaldı',
      district: { id: 9 },
      languages: [{ language: 'en', level: 'NATIVE' }],
      availability: ['EVENINGS'],
      events: [{ from: null, to: 'DRAFT' }],
    });

    const restored = await client.ok(`query($slug: String!) { recruitmentRound(slug: $slug) { myApplication { id status motivation district { id } } } }`, {
      slug: round.slug,
    });
    expect(restored.recruitmentRound.myApplication).toEqual({ id: first.saveApplicationDraft.data.id, status: 'DRAFT', motivation: 'Yarım kaldı', district: { id: 9 } });
    // A draft writes no mail: nothing has been sent yet.
    expect(await prisma.outboxMessage.count({ where: { userId: person.id } })).toBe(0);
  });

  it('accepts an incomplete draft but not a malformed one', async () => {
    const { client } = await applicant();
    const before = await applicationWriteCounts();
    const data = await client.ok(SAVE_DRAFT, {
      input: {
        roundId: round.globalId,
        areaIds: [areaGlobalId(round.area('workshops')), areaGlobalId(round.area('workshops'))],
        motivation: 'x'.repeat(2001),
        districtId: 99,
      },
    });
    expect(data.saveApplicationDraft.__typename).toBe('InputValidationError');
    expect(data.saveApplicationDraft.issues.map((i: { path: string[] }) => i.path.join('.')).sort()).toEqual(['areaIds', 'districtId', 'motivation']);
    expect(await applicationWriteCounts()).toEqual(before);
  });

  it('is finished later by submitting, which keeps the same application', async () => {
    const { client } = await applicant();
    const draft = await client.ok(SAVE_DRAFT, { input: { roundId: round.globalId, motivation: 'Taslak' } });
    const data = await client.ok(SUBMIT, { input: submission(round) });
    expect(data.submitApplication.data).toMatchObject({ id: draft.saveApplicationDraft.data.id, status: 'SUBMITTED' });
  });
});

describe('submitting', () => {
  it('records the application, its ranked choices, the KVKK consent and the timeline', async () => {
    const { person, client } = await applicant();
    const input = submission(round, {
      areaIds: [areaGlobalId(round.area('translation')), areaGlobalId(round.area('workshops')), areaGlobalId(round.area('field-work'))],
      languages: [
        { language: 'en', level: 'ADVANCED' },
        { language: 'ar', level: 'NATIVE' },
      ],
    });
    const data = await client.ok(SUBMIT, { input });
    expect(data.submitApplication.data).toMatchObject({
      status: 'SUBMITTED',
      choices: [
        { rank: 1, area: { slug: 'translation' } },
        { rank: 2, area: { slug: 'workshops' } },
        { rank: 3, area: { slug: 'field-work' } },
      ],
      languages: [
        { language: 'en', level: 'ADVANCED' },
        { language: 'ar', level: 'NATIVE' },
      ],
      availability: ['WEEKENDS', 'EVENINGS'],
      district: { name: 'Bornova' },
      experience: 'Üniversitede iki yıl gönüllü öğretmenlik.',
    });
    expect(data.submitApplication.data.submittedAt).not.toBeNull();
    const consent = await prisma.consentRecord.findFirstOrThrow({ where: { userId: person.id }, include: { consentText: true } });
    expect(consent).toMatchObject({ purpose: 'VOLUNTEER_APPLICATION', consentText: { version: applicationConsentVersion } });
  });

  // Each a bad field, with its translated message in English; nothing may be written.
  it.each([
    { name: 'no area', input: { areaIds: [] }, path: 'areaIds', message: 'Choose at least 1 and at most 3 areas.' },
    {
      name: 'four areas',
      input: { areaIds: ['workshops', 'field-work', 'social-media', 'project-management'] },
      path: 'areaIds',
      message: 'Choose at least 1 and at most 3 areas.',
    },
    { name: 'the same area twice', input: { areaIds: ['workshops', 'workshops'] }, path: 'areaIds', message: 'Choose a different area for each rank.' },
    { name: 'an area the round lacks', input: { areaIds: ['campaign-management'] }, path: 'areaIds.0', message: 'This area is not part of this recruitment round.', narrowRound: true },
    { name: 'an id that is no area', input: { areaIds: ['not-an-id'] }, path: 'areaIds.0', message: 'Invalid value.' },
    { name: 'translation without languages', input: { areaIds: ['translation'], languages: [] }, path: 'languages', message: 'For translation, add at least one language with its level.' },
    {
      name: 'a language twice',
      input: { languages: [{ language: 'en', level: 'BASIC' }, { language: 'EN', level: 'NATIVE' }] },
      path: 'languages',
      message: 'Add each language once.',
    },
    { name: 'a made-up language', input: { languages: [{ language: 'english', level: 'BASIC' }] }, path: 'languages.0.language', message: 'Choose a language from the list.' },
    { name: 'no availability', input: { availability: [] }, path: 'availability', message: 'Choose when you are available.' },
    { name: 'a district outside İzmir', input: { districtId: 31 }, path: 'districtId', message: 'Choose a valid district.' },
    { name: 'a short motivation', input: { motivation: 'Kısa bir metin' }, path: 'motivation', message: 'At least 30 characters.' },
    { name: 'a spaces-only motivation', input: { motivation: ' '.repeat(40) }, path: 'motivation', message: 'At least 30 characters.' },
    { name: 'a long motivation', input: { motivation: 'm'.repeat(2001) }, path: 'motivation', message: 'At most 2000 characters.' },
    { name: 'a long experience', input: { experience: 'e'.repeat(2001) }, path: 'experience', message: 'At most 2000 characters.' },
    { name: 'no consent', input: { acceptConsentVersion: '' }, path: 'acceptConsentVersion', message: 'You must accept the KVKK privacy notice to continue.' },
  ])('refuses $name with a field error on $path', async ({ input, path, message, narrowRound }) => {
    const target = narrowRound ? await createRound({ areas: ['translation', 'workshops'] }) : round;
    const areaIds = (input as { areaIds?: string[] }).areaIds;
    const { client } = await applicant({ locale: 'en' });
    const before = await applicationWriteCounts();

    const data = await client.ok(SUBMIT, {
      input: submission(target, {
        ...input,
        ...(areaIds
          ? { areaIds: areaIds.map((slug) => (slug === 'not-an-id' ? slug : globalId('VolunteerArea', round.area(slug as 'workshops').id))) }
          : {}),
      }),
    });

    expect(data.submitApplication.__typename).toBe('InputValidationError');
    expect(data.submitApplication.message).toBe('Some of the details are not right; please correct the marked fields.');
    expect(data.submitApplication.issues).toContainEqual({ path: path.split('.'), message });
    expect(await applicationWriteCounts()).toEqual(before);
  });

  it('answers in Turkish by default', async () => {
    const { client } = await applicant();
    const data = await client.ok(SUBMIT, { input: submission(round, { motivation: 'kısa' }) });
    expect(data.submitApplication.issues).toEqual([{ path: ['motivation'], message: 'En az 30 karakter olmalıdır.' }]);
  });

  const todayMinusYears = (years: number, days = 0) => {
    const now = new Date(Date.now() + days * DAY);
    const day = todayInIstanbul(now);
    return `${Number(day.slice(0, 4)) - years}${day.slice(4)}`;
  };

  it.each([
    { who: 'turns 18 tomorrow (İzmir time)', birthDate: todayMinusYears(18, 1), verdict: 'ApplicantTooYoungError' },
    { who: 'is 17', birthDate: todayMinusYears(17), verdict: 'ApplicantTooYoungError' },
    { who: 'turns 18 today (İzmir time)', birthDate: todayMinusYears(18), verdict: 'MutationSubmitApplicationSuccess' },
  ])('an applicant who $who: $verdict', async ({ birthDate, verdict }) => {
    const { client } = await applicant({ birthDate });
    const before = await applicationWriteCounts();
    const data = await client.ok(SUBMIT, { input: submission(round) });
    expect(data.submitApplication.__typename).toBe(verdict);
    if (verdict !== 'MutationSubmitApplicationSuccess') {
      expect(data.submitApplication.code).toBe('APPLICANT_TOO_YOUNG');
      expect(await applicationWriteCounts()).toEqual(before);
      const draft = await client.ok(SAVE_DRAFT, { input: { roundId: round.globalId } });
      expect(draft.saveApplicationDraft.__typename).toBe('ApplicantTooYoungError');
    }
  });

  it.each([
    { name: 'in SCREENING', spec: { status: 'SCREENING' as const } },
    { name: 'not yet open', spec: { opensAt: new Date(Date.now() + DAY) } },
    { name: 'past its closing date', spec: { opensAt: new Date(Date.now() - 9 * DAY), closesAt: new Date(Date.now() - 1000) } },
    { name: 'COMPLETED', spec: { status: 'COMPLETED' as const } },
  ])('refuses a round $name with RoundClosedError, draft and submission alike', async ({ spec }) => {
    const closed = await createRound(spec);
    const { client } = await applicant({ locale: 'en' });
    const before = await applicationWriteCounts();
    const submitted = await client.ok(SUBMIT, { input: submission(closed) });
    expect(submitted.submitApplication).toEqual({
      __typename: 'RoundClosedError',
      code: 'ROUND_CLOSED',
      message: 'This recruitment round is not open for applications now.',
    });
    const draft = await client.ok(SAVE_DRAFT, { input: { roundId: closed.globalId } });
    expect(draft.saveApplicationDraft.__typename).toBe('RoundClosedError');
    expect(await applicationWriteCounts()).toEqual(before);
  });

  it('does not let anyone apply to a draft round (it does not exist for them)', async () => {
    const draftRound = await createRound({ status: 'DRAFT' });
    const { client } = await applicant();
    const data = await client.ok(SUBMIT, { input: submission(draftRound) });
    expect(data.submitApplication.__typename).toBe('NotFoundError');
  });

  it('refuses an outdated consent version', async () => {
    const { client } = await applicant();
    const before = await applicationWriteCounts();
    const data = await client.ok(SUBMIT, { input: submission(round, { acceptConsentVersion: '2019-01' }) });
    expect(data.submitApplication).toMatchObject({ __typename: 'ConsentOutdatedError', code: 'CONSENT_OUTDATED' });
    expect(await applicationWriteCounts()).toEqual(before);
  });

  it('keeps one application per person per round', async () => {
    const { client } = await applicant();
    expect((await client.ok(SUBMIT, { input: submission(round) })).submitApplication.__typename).toBe('MutationSubmitApplicationSuccess');
    const before = await applicationWriteCounts();
    const again = await client.ok(SUBMIT, { input: submission(round) });
    expect(again.submitApplication).toMatchObject({ __typename: 'ApplicationExistsError', code: 'APPLICATION_EXISTS' });
    const draft = await client.ok(SAVE_DRAFT, { input: { roundId: round.globalId, motivation: 'yeniden' } });
    expect(draft.saveApplicationDraft.__typename).toBe('ApplicationExistsError');
    expect(await applicationWriteCounts()).toEqual(before);
  });

  it('makes one application of 10 simultaneous submits by the same person', async () => {
    const { person, client } = await applicant();
    const target = await createRound();
    const cookie = sessionCookie(client);
    const clients = Array.from({ length: 10 }, () => new GraphQLClient(server.graphqlUrl).setCookie(SESSION_COOKIE, cookie));

    const responses = await fireAtOnce(10, (i) => clients[i]!.request(SUBMIT, { input: submission(target) }));

    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 200));
    expect(responses.flatMap((r) => r.errors ?? [])).toEqual([]);
    const outcomes = responses.map((r) => r.data.submitApplication.__typename).sort();
    expect(outcomes).toEqual(['MutationSubmitApplicationSuccess', ...Array.from({ length: 9 }, () => 'ApplicationExistsError')].sort());
    const applications = await prisma.volunteerApplication.findMany({ where: { applicantId: person.id, roundId: target.id } });
    expect(applications).toHaveLength(1);
    expect(await prisma.applicationEvent.count({ where: { applicationId: applications[0]!.id } })).toBe(1);
    expect(await prisma.applicationAreaChoice.count({ where: { applicationId: applications[0]!.id } })).toBe(1);
    expect(await prisma.consentRecord.count({ where: { userId: person.id, purpose: 'VOLUNTEER_APPLICATION' } })).toBe(1);
    expect(await prisma.outboxMessage.count({ where: { userId: person.id } })).toBe(1);
  });

  it('makes one draft of 10 simultaneous first saves', async () => {
    const { person, client } = await applicant();
    const target = await createRound();
    const cookie = sessionCookie(client);
    const clients = Array.from({ length: 10 }, () => new GraphQLClient(server.graphqlUrl).setCookie(SESSION_COOKIE, cookie));

    const responses = await fireAtOnce(10, (i) => clients[i]!.request(SAVE_DRAFT, { input: { roundId: target.globalId, motivation: `taslak ${i}` } }));

    expect(responses.map((r) => r.data?.saveApplicationDraft.__typename)).toEqual(responses.map(() => 'MutationSaveApplicationDraftSuccess'));
    const applications = await prisma.volunteerApplication.findMany({ where: { applicantId: person.id, roundId: target.id } });
    expect(applications).toHaveLength(1);
    expect(await prisma.applicationEvent.count({ where: { applicationId: applications[0]!.id } })).toBe(1);
  });
});

describe('my applications', () => {
  const MINE = `{ myApplications { id status nextStep canWithdraw round { slug } events { from to at } } }`;

  it('lists the person\'s own applications, newest first, with the timeline and what happens next', async () => {
    const { person, client } = await applicant({ locale: 'en' });
    const older = await createApplication(await createRound(), { applicant: person, status: 'REJECTED' });
    const newer = await createApplication(round, { applicant: person, status: 'INTERVIEW_INVITED' });
    await createApplication(round); // someone else's

    const data = await client.ok(MINE);

    expect(data.myApplications.map((a: { id: string }) => a.id)).toEqual([newer.globalId, older.globalId]);
    expect(data.myApplications[0]).toMatchObject({
      status: 'INTERVIEW_INVITED',
      nextStep: 'Please book one of the published interview times.',
      canWithdraw: true,
      events: [{ from: 'DRAFT', to: 'INTERVIEW_INVITED' }],
    });
    expect(data.myApplications[1]).toMatchObject({ status: 'REJECTED', canWithdraw: false });
  });

  it('withdraws an application and gives back a future interview slot', async () => {
    const { person, client } = await applicant();
    const application = await createApplication(round, { applicant: person, status: 'INTERVIEW_SCHEDULED' });
    const slot = await prisma.interviewSlot.create({
      data: { roundId: round.id, startsAt: new Date(Date.now() + 3 * DAY), endsAt: new Date(Date.now() + 3 * DAY + 1_800_000), capacity: 1, bookedCount: 1 },
    });
    await prisma.interviewBooking.create({ data: { slotId: slot.id, applicationId: application.id } });

    const data = await client.ok(
      `mutation($input: WithdrawApplicationInput!) { withdrawApplication(input: $input) { ... on MutationWithdrawApplicationSuccess { data { status nextStep canWithdraw } } } }`,
      { input: { applicationId: application.globalId } },
    );

    expect(data.withdrawApplication.data).toEqual({ status: 'WITHDRAWN', nextStep: 'Başvurunuzu geri çektiniz.', canWithdraw: false });
    expect((await prisma.interviewSlot.findUniqueOrThrow({ where: { id: slot.id } })).bookedCount).toBe(0);
    expect((await prisma.interviewBooking.findFirstOrThrow({ where: { applicationId: application.id } })).cancelledAt).not.toBeNull();
  });

  it('does not let one person withdraw another\'s application', async () => {
    const victim = await createApplication(round);
    const { client } = await applicant();
    const before = await applicationWriteCounts();
    const data = await client.ok(
      `mutation($input: WithdrawApplicationInput!) { withdrawApplication(input: $input) { __typename ... on Error { code } } }`,
      { input: { applicationId: victim.globalId } },
    );
    expect(data.withdrawApplication).toEqual({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(await applicationWriteCounts()).toEqual(before);
  });
});

describe('who sees an application', () => {
  const READ = (fields: string) => `query($id: ID!) { node(id: $id) { id ... on VolunteerApplication { ${fields} } } }`;

  it('shows another person nothing', async () => {
    const application = await createApplication(round, { motivation: 'Gizli motivasyon metni, otuz karakteri geçer.' });
    const { client } = await applicant();
    const response = await client.request(READ('motivation'), { id: application.globalId });
    expect(response.data?.node).toBeNull();
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(response)).not.toContain('Gizli motivasyon');
  });

  it('shows a coordinator a submitted application with notes, checklist, age and who moved it; not a draft', async () => {
    const coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
    const submitted = await createApplication(round, { applicant: { birthDate: '1990-01-01' } });
    const response = await coordinator.request(READ('age screeningChecklist { ageVerified } screeningNotes { body } events { actorName } applicant { fullName }'), {
      id: submitted.globalId,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.node).toMatchObject({ screeningChecklist: { ageVerified: false }, screeningNotes: [], events: [{ actorName: expect.any(String) }] });
    expect(response.data?.node.age).toBeGreaterThanOrEqual(35);

    const draft = await createApplication(round, { status: 'DRAFT' });
    const hidden = await coordinator.request(READ('motivation'), { id: draft.globalId });
    expect(hidden.data?.node).toBeNull();
    expect(hidden.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it.each(['screeningNotes { body }', 'screeningChecklist { ageVerified }', 'age', 'events { actorName }', 'events { note }'])(
    'refuses the applicant the coordinators\' field %s',
    async (field) => {
      const { person, client } = await applicant();
      const own = await createApplication(round, { applicant: person });
      const response = await client.request(READ(field), { id: own.globalId });
      expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    },
  );
});
