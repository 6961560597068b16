// The caller's mistakes that used to be server errors or slipped through (issue 6, points 4 and 8):
// NUL in text, ids of the wrong type, paging arguments, impossible and far-off dates, a consent text
// that does not exist, unknown nodes and names that give no slug. Each is a typed, translated
// answer, and nothing is written.
import { YEAR_RANGE, addDays, parseCalendarDate, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { randomUUID } from 'node:crypto';
import { prisma } from '@katilim/server/db/prisma';
import { SESSION_COOKIE } from '@katilim/server/http/cookies';
import { translate, type Locale, type MessageKey } from '@katilim/server/i18n/messages';
import { dayWithinYears, decodeGlobalIdOf, requiredText, text } from '@katilim/server/modules/common/validation';
import { schema } from '@katilim/server/schema';
import { slugify } from '@katilim/server/text';
import { parseInstant } from '@katilim/server/time';
import fc from 'fast-check';
import { isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areaGlobalId, createRound, globalId, type Round } from '../support/applications-scenarios.ts';
import { GraphQLClient } from '../support/graphql-client.ts';
import { clientFor } from '../support/scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let round: Round;
const coordinators = {} as Record<Locale, GraphQLClient>;
let admin: GraphQLClient;
beforeAll(async () => {
  server = await startTestServer();
  round = await createRound();
  const { client } = await clientFor(server.graphqlUrl, ['COORDINATOR']);
  for (const locale of ['tr', 'en'] as const) {
    coordinators[locale] = new GraphQLClient(server.graphqlUrl, { locale }).setCookie(SESSION_COOKIE, client.cookie(SESSION_COOKIE)!);
  }
  admin = (await clientFor(server.graphqlUrl, ['ADMIN'])).client;
});
afterAll(() => server?.close());

const DAY = 86_400_000;
const LOCALES = ['tr', 'en'] as const;

const CREATE_ROUND = `mutation($input: RecruitmentRoundInput!) {
  createRecruitmentRound(input: $input) {
    __typename
    ... on MutationCreateRecruitmentRoundSuccess { data { slug } }
    ... on InputValidationError { issues { path message } }
    ... on Error { code message }
  }
}`;

function roundInput(overrides: Record<string, unknown> = {}) {
  return {
    titleTr: `Dönem ${randomUUID().slice(0, 6)}`,
    titleEn: 'Round',
    descriptionTr: 'Açıklama',
    descriptionEn: 'Description',
    trainingInfoTr: 'Eğitim',
    trainingInfoEn: 'Training',
    opensAt: new Date(Date.now() + DAY).toISOString(),
    closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
    seatsSought: 10,
    areaIds: [areaGlobalId(round.areas[0]!)],
    ...overrides,
  };
}

const roundCount = () => prisma.recruitmentRound.count();

/** The one top-level error of a refused call, with its code and message. */
function onlyError(response: { errors?: { message: string; extensions?: { code?: string } }[] }) {
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  return { code: error!.extensions?.code, message: error!.message };
}

describe('DateTime and Date read only real, reasonable dates', () => {
  const badInstants = [
    ['30 February', '2026-02-30T10:00:00Z'],
    ['year 0000', '0000-01-01T00:00:00Z'],
    ['a negative year', '-000001-01-01T00:00:00Z'],
    ['an expanded year', '+275760-09-13T00:00:00Z'],
    ['no zone', '2026-06-01T10:00:00'],
    ['a date alone', '2026-06-01'],
    ['hour 24', '2026-06-01T24:00:00Z'],
    ['a number', 1_780_000_000_000],
  ] as const;

  it.each(LOCALES.flatMap((locale) => badInstants.map(([label, value]) => [label, locale, value] as const)))(
    'refuses %s as a DateTime, in %s, writing nothing',
    async (_label, locale, value) => {
      const before = await roundCount();
      const response = await coordinators[locale].request(CREATE_ROUND, { input: roundInput({ opensAt: value }) });
      expect(response.status).toBeLessThan(500);
      expect(onlyError(response)).toEqual({ code: 'BAD_USER_INPUT', message: translate(locale, 'error.invalidDateTime') });
      expect(await roundCount()).toBe(before);
    },
  );

  it.each([
    ['UTC with milliseconds', '2026-12-01T09:00:00.000Z'],
    ['an Istanbul offset', '2026-12-01T12:00:00+03:00'],
    ['no seconds', '2026-12-01T09:00Z'],
  ])('accepts %s', async (_label, opensAt) => {
    const response = await coordinators.tr.request(CREATE_ROUND, {
      input: roundInput({ opensAt, closesAt: '2026-12-20T09:00:00Z' }),
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.createRecruitmentRound.__typename).toBe('MutationCreateRecruitmentRoundSuccess');
  });

  const SLOTS = `query($roundId: ID!, $from: Date!, $to: Date!) { interviewSlots(roundId: $roundId, from: $from, to: $to) { id } }`;

  it.each([
    ['30 February', '2026-02-30'],
    ['month 13', '2026-13-01'],
    ['year 0000', '0000-01-01'],
    ['an expanded year', '+275760-09-13'],
    ['a time', '2026-06-01T00:00:00Z'],
  ])('refuses %s as a Date', async (_label, from) => {
    const response = await coordinators.en.request(SLOTS, { roundId: round.globalId, from, to: addDays(todayInIstanbul(), 1) });
    expect(onlyError(response)).toEqual({ code: 'BAD_USER_INPUT', message: translate('en', 'error.invalidDate') });
  });

  it.each([
    ['opens ten years from now', { opensAt: new Date(Date.now() + 3650 * DAY).toISOString(), closesAt: new Date(Date.now() + 3660 * DAY).toISOString() }, 'opensAt', 'validation.dateRange'],
    ['runs for three years', { closesAt: new Date(Date.now() + 3 * 365 * DAY).toISOString() }, 'closesAt', 'validation.periodTooLong'],
  ] as const)('refuses a round that %s as a field error', async (_label, overrides, field, key) => {
    const before = await roundCount();
    const { data } = await coordinators.tr.request(CREATE_ROUND, { input: roundInput(overrides) });
    expect(data?.createRecruitmentRound.__typename).toBe('InputValidationError');
    const messages = translate('tr', key as MessageKey, { maximum: 5 });
    expect(data?.createRecruitmentRound.issues).toContainEqual({ path: [field], message: messages });
    expect(await roundCount()).toBe(before);
  });
});

describe('NUL in any text', () => {
  it('is a field error of the shared text rule', () => {
    const result = requiredText(80).safeParse('Eşit\u0000İzmir');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['validation.noNul']);
  });

  it.each(LOCALES)('is a typed field error of a mutation, in %s, writing nothing', async (locale) => {
    const before = await roundCount();
    const response = await coordinators[locale].request(CREATE_ROUND, { input: roundInput({ descriptionEn: 'Eşit\u0000İzmir' }) });
    expect(response.errors).toBeUndefined();
    expect(response.data?.createRecruitmentRound).toEqual({
      __typename: 'InputValidationError',
      issues: [{ path: ['descriptionEn'], message: translate(locale, 'validation.noNul') }],
      code: 'INVALID_INPUT',
      message: translate(locale, 'error.invalidInput'),
    });
    expect(await roundCount()).toBe(before);
  });

  it('is refused in an inline string literal of a query, which has no zod rule', async () => {
    const response = await new GraphQLClient(server.graphqlUrl).request(`{ recruitmentRound(slug: "donem\\u0000") { id } }`);
    expect(onlyError(response)).toEqual({ code: 'BAD_USER_INPUT', message: translate('tr', 'error.invalidInput') });
    expect(response.errors![0]!.extensions).toMatchObject({ issues: [{ path: ['slug'], message: translate('tr', 'validation.noNul') }] });
  });

  it('is refused in a search argument, naming it', async () => {
    const response = await admin.request(`query($search: String) { users(first: 5, search: $search) { totalCount } }`, { search: 'ay\u0000şe' });
    expect(onlyError(response).code).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.extensions).toMatchObject({ issues: [{ path: ['search'] }] });
  });
});

describe('ids and paging the relay plugin cannot read', () => {
  const rowId = '0b6f2c1e-5d4a-4c3b-9a8f-7e6d5c4b3a21';
  const encode = (text: string) => Buffer.from(text).toString('base64');
  it.each([
    ['a global id of the type', encode(`User:${rowId}`), rowId],
    ['a global id of another type', encode(`RecruitmentRound:${rowId}`), null],
    ['a bare row id', rowId, null],
    ['a row id that is not a uuid', encode('User:42'), null],
    ['anything after the uuid', encode(`User:${rowId}:x`), null],
    ['an upper-case uuid', encode(`User:${rowId.toUpperCase()}`), null],
    ['not base64 at all', '🙂', null],
  ])('decodeGlobalIdOf: %s', (_label, value, expected) => {
    expect(decodeGlobalIdOf('User', value)).toBe(expected);
  });

  it.each(LOCALES)('a well-formed id of another type is BAD_USER_INPUT, in %s', async (locale) => {
    const response = await coordinators[locale].request(`query($roundId: ID!) { trainingCourses(roundId: $roundId) { id } }`, {
      roundId: globalId('User', randomUUID()),
    });
    expect(onlyError(response)).toEqual({ code: 'BAD_USER_INPUT', message: translate(locale, 'error.invalidId') });
  });

  it.each([
    ['first: -1', { first: -1 }],
    ['last: -1', { last: -1 }],
    ['a junk after cursor', { after: 'not-a-cursor' }],
    ['a junk before cursor', { before: '🙂' }],
  ])('%s is BAD_USER_INPUT', async (_label, variables) => {
    const response = await admin.request(
      `query($first: Int, $last: Int, $after: String, $before: String) { auditEntries(first: $first, last: $last, after: $after, before: $before) { edges { cursor } } }`,
      variables,
    );
    expect(onlyError(response)).toEqual({ code: 'BAD_USER_INPUT', message: translate('tr', 'error.invalidPagination') });
  });
});

describe('values graphql-js cannot coerce', () => {
  it.each(LOCALES)('an Int over 2^31 is BAD_USER_INPUT naming the argument, in %s', async (locale) => {
    const client = new GraphQLClient(server.graphqlUrl, { locale });
    const response = await client.request(`query($first: Int) { recruitmentRounds(first: $first) { edges { cursor } } }`, { first: 2 ** 31 });
    expect(onlyError(response)).toEqual({ code: 'BAD_USER_INPUT', message: translate(locale, 'error.invalidVariable', { field: 'first' }) });
  });

  it('a missing required field names the input', async () => {
    const { titleTr: _left, ...input } = roundInput();
    const response = await coordinators.en.request(CREATE_ROUND, { input });
    expect(onlyError(response)).toEqual({ code: 'BAD_USER_INPUT', message: translate('en', 'error.invalidVariable', { field: 'input' }) });
  });
});

describe('reads of things that do not exist', () => {
  it.each(LOCALES)('consentText for a purpose with no text is NOT_FOUND, in %s', async (locale) => {
    const response = await new GraphQLClient(server.graphqlUrl, { locale }).request(`{ consentText(purpose: COMMUNICATIONS) { version } }`);
    expect(onlyError(response)).toEqual({ code: 'NOT_FOUND', message: translate(locale, 'error.notFound') });
    expect(response.data).toBeNull();
  });

  // Every type behind node(id:), read from the schema, so a new module's node is held to it too.
  const nodeTypes = Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node'))
    .map((type) => type.name);

  it.each(nodeTypes)(
    'node(id:) of an unknown %s is null',
    async (type) => {
      const response = await coordinators.tr.request(`query($id: ID!) { node(id: $id) { id } }`, { id: globalId(type, randomUUID()) });
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ node: null });
    },
  );
});

describe('names with nothing to make a slug of', () => {
  const CREATE_AREA = `mutation($input: CreateVolunteerAreaInput!) {
    createVolunteerArea(input: $input) { __typename ... on MutationCreateVolunteerAreaSuccess { data { slug } } ... on Error { code } }
  }`;
  const CREATE_QUALIFICATION = `mutation($input: CreateQualificationInput!) {
    createQualification(input: $input) { __typename ... on MutationCreateQualificationSuccess { data { id } } ... on Error { code } }
  }`;

  it('give two emoji-only areas two usable slugs', async () => {
    const slugs = [];
    for (const name of ['🌊🌊', '🔥🔥']) {
      const { data } = await coordinators.tr.request(CREATE_AREA, { input: { nameTr: name, nameEn: name } });
      expect(data?.createVolunteerArea.__typename).toBe('MutationCreateVolunteerAreaSuccess');
      slugs.push(data?.createVolunteerArea.data.slug as string);
    }
    expect(slugs).toEqual([expect.stringMatching(/^alan-[0-9a-f]{6}$/), expect.stringMatching(/^alan-[0-9a-f]{6}$/)]);
    expect(new Set(slugs).size).toBe(2);
  });

  it('give two punctuation-only qualifications their own slugs', async () => {
    for (const name of ['!!!', '???']) {
      const { data } = await coordinators.tr.request(CREATE_QUALIFICATION, { input: { nameTr: name, nameEn: name, validityMonths: 12 } });
      expect(data?.createQualification.__typename).toBe('MutationCreateQualificationSuccess');
    }
    const slugs = (await prisma.qualification.findMany({ where: { nameTr: { in: ['!!!', '???'] } } })).map((q) => q.slug);
    expect(slugs).toEqual(expect.arrayContaining([expect.stringMatching(/^yeterlilik-[0-9a-f]{6}$/)]));
    expect(new Set(slugs).size).toBe(2);
  });

  it('give an emoji-only round title a usable slug, and Turkish letters are folded', async () => {
    const emoji = await coordinators.tr.request(CREATE_ROUND, { input: roundInput({ titleTr: '🎉🎉🎉' }) });
    expect(emoji.data?.createRecruitmentRound.data.slug).toMatch(/^donem-[0-9a-f]{6}$/);
    const turkish = await coordinators.tr.request(CREATE_ROUND, { input: roundInput({ titleTr: 'Çocuk Hakları İçin Işık' }) });
    expect(turkish.data?.createRecruitmentRound.data.slug).toBe('cocuk-haklari-icin-isik');
  });
});

describe('properties of the shared rules, for any input (fast-check, fixed seed)', () => {
  const settings = { seed: 61, numRuns: 2000 };

  it('slugify always gives a non-empty slug of a-z, 0-9 and single hyphens', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (name) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slugify(name)) && slugify(name).length <= 80),
      settings,
    );
  });

  it('dayWithinYears refuses a day further than its years from today, either way', () => {
    const rule = dayWithinYears(2);
    expect(rule.safeParse(addDays(todayInIstanbul(), 30)).success).toBe(true);
    expect(rule.safeParse('2199-01-01').error?.issues.map((issue) => issue.message)).toEqual(['validation.dateRange']);
    expect(rule.safeParse('1901-01-01').success).toBe(false);
  });

  it('text() never lets a NUL through', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 50 }), fc.string({ maxLength: 50 }), (before, after) => {
        return !text(200).safeParse(`${before}\u0000${after}`).success;
      }),
      settings,
    );
  });

  it('a Date is read back exactly as the day it names, or refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1, max: 10_000 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const value = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const parsed = parseCalendarDate(value);
        const real = new Date(Date.UTC(y, m - 1, d));
        const exists = real.getUTCFullYear() === y && real.getUTCMonth() === m - 1 && real.getUTCDate() === d;
        return parsed === (exists && y >= YEAR_RANGE.min && y <= YEAR_RANGE.max ? value : null);
      }),
      settings,
    );
  });

  it('a DateTime never lands outside the years it allows', () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), (date) => {
        const parsed = parseInstant(date.toISOString());
        const year = date.getUTCFullYear();
        return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max ? parsed?.getTime() === date.getTime() : parsed === null;
      }),
      settings,
    );
  });
});
