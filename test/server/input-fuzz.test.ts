// Bad input anywhere must never be a server error. The test walks the real schema (so a new
// operation is fuzzed without being listed), builds variables that are valid except for one leaf,
// puts a bad value of that leaf's type there, and sends it over HTTP as the role the operation
// admits (every case) and as anonymous and the other admitted roles (a seeded sample). Nothing may
// answer HTTP 500 or INTERNAL_SERVER_ERROR or a library's untranslated message, and a refused call
// must leave every table as it was.
import { addDays, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { randomUUID } from 'node:crypto';
import { prisma } from '@katilim/server/db/prisma';
import type { Role } from '@katilim/server/generated/prisma/enums';
import { schema } from '@katilim/server/schema';
import { ACCOUNT_CONSENT_VERSION, VOLUNTEER_APPLICATION_CONSENT_VERSION } from '@katilim/server/seed/reference';
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplication, createRound, globalId } from '../support/applications-scenarios.ts';
import { GraphQLClient, type GraphQLResponse } from '../support/graphql-client.ts';
import { createBooking, createSlot } from '../support/interviews-scenarios.ts';
import { TEST_PASSWORD, clientFor, createPerson } from '../support/scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { createCourse, createQualification, enrol } from '../support/trainings-scenarios.ts';

const SEED = 20_261_130;
/** Shares of the cases also sent as anonymous and as each other role the operation admits. */
const SAMPLE_SHARE = { anonymous: 0.1, otherRole: 0.04 };
/**
 * Tables that a refused call may write by design: a failed log-in is recorded so that the
 * per-account and per-address limits can count it, and a mail-sending request counts against its
 * IP's budget whether or not it is then refused (a flood of bad requests is still a flood).
 */
const WRITTEN_ON_REFUSAL = new Set(['LoginAttempt', 'RateLimitEvent']);

type Caller = 'anonymous' | Role;
type Fixture = Awaited<ReturnType<typeof createFixture>>;

let server: TestServer;
let fixture: Fixture;
let clients: Record<Caller, GraphQLClient>;
let tables: string[];

beforeAll(async () => {
  server = await startTestServer();
  const callers = {} as Record<Caller, GraphQLClient>;
  const people = {} as Record<Role, { id: string; email: string }>;
  for (const role of ['VOLUNTEER', 'FACILITATOR', 'COORDINATOR', 'ADMIN'] as const) {
    const { person, client } = await clientFor(server.graphqlUrl, [role]);
    callers[role] = client;
    people[role] = person;
  }
  callers.anonymous = new GraphQLClient(server.graphqlUrl);
  clients = callers;
  fixture = await createFixture(people);
  const rows = await prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  tables = rows.map((row) => row.name).filter((name) => !WRITTEN_ON_REFUSAL.has(name));
});
afterAll(() => server?.close());

/** One row of each kind, so that every id in a valid input names something real. */
async function createFixture(people: Record<Role, { id: string; email: string }>) {
  const round = await createRound({ status: 'INTERVIEWING' });
  const otherRound = await createRound({ status: 'INTERVIEWING' });
  const application = await createApplication(round, { applicant: people.VOLUNTEER, status: 'INTERVIEW_INVITED' });
  const slot = await createSlot(round, { inHours: 72, capacity: 3 });
  const booking = await createBooking(otherRound, await createSlot(otherRound, { inHours: 96 }), { applicant: people.VOLUNTEER });
  const qualification = await createQualification();
  const course = await createCourse(round);
  const enrolment = await enrol(course, await createApplication(round, { status: 'IN_TRAINING' }));
  const victim = await createPerson({ roles: ['VOLUNTEER'] });
  const ids: Record<string, [type: string, id: string]> = {
    applicationId: ['VolunteerApplication', application.id],
    applicationIds: ['VolunteerApplication', application.id],
    slotId: ['InterviewSlot', slot.id],
    bookingId: ['InterviewBooking', booking.id],
    roundId: ['RecruitmentRound', round.id],
    courseId: ['TrainingCourse', course.id],
    sessionId: ['TrainingSession', course.sessions[0]!.id],
    makeUpForId: ['TrainingSession', course.sessions[0]!.id],
    qualificationId: ['Qualification', qualification.id],
    qualificationIds: ['Qualification', qualification.id],
    areaId: ['VolunteerArea', round.areas[0]!.id],
    areaIds: ['VolunteerArea', round.areas[0]!.id],
    userId: ['User', victim.id],
    interviewerIds: ['User', people.COORDINATOR.id],
    enrolmentId: ['TrainingEnrolment', enrolment.id],
    id: ['User', people.VOLUNTEER.id],
    ids: ['User', people.VOLUNTEER.id],
  };
  return { round, victim, ids };
}

// ─── Valid values: minimal, by type and by the name of the field ───

const DAY = 86_400_000;
const soon = (days: number) => new Date(Date.now() + days * DAY).toISOString();

function validString(name: string, operation: string): string {
  const inTenDays = addDays(todayInIstanbul(), 10);
  const byName: Record<string, () => string> = {
    email: () => (operation === 'register' ? `fuzz-${randomUUID().slice(0, 8)}@example.org` : fixture.victim.email),
    password: () => (operation === 'logIn' ? TEST_PASSWORD : 'a-good-long-password'),
    firstName: () => 'Şule',
    lastName: () => 'Işıklı',
    phone: () => '0532 123 45 67',
    birthDate: () => '1994-03-08',
    acceptConsentVersion: () => (operation === 'register' ? ACCOUNT_CONSENT_VERSION : VOLUNTEER_APPLICATION_CONSENT_VERSION),
    token: () => 'a'.repeat(43),
    slug: () => fixture.round.slug,
    language: () => 'en',
    times: () => '10:00',
    motivation: () => 'Eşitlik için yerelde emek vermek istiyorum; atölyelerde görev almak isterim.',
    onlineUrl: () => 'https://meet.izmir.bel.tr/gorusme',
    fromDate: () => inTenDays,
    toDate: () => inTenDays,
  };
  return byName[name]?.() ?? 'Eşit İzmir gönüllüleri';
}

function validScalar(scalar: string, name: string, operation: string): unknown {
  switch (scalar) {
    case 'ID': {
      if (name === 'criterionId') return randomUUID();
      const [type, id] = fixture.ids[name] ?? ['User', fixture.victim.id];
      return globalId(type, id);
    }
    case 'Int': {
      const byName: Record<string, number> = { districtId: 9, capacity: 5, validityMonths: 12, seatsSought: 10, durationMinutes: 45, score: 3, first: 5, last: 5, bookingCutoffHours: 24 };
      return byName[name] ?? 1;
    }
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'Date':
      return name === 'to' ? addDays(todayInIstanbul(), 7) : name === 'from' ? todayInIstanbul() : addDays(todayInIstanbul(), 10);
    case 'DateTime': {
      const byName: Record<string, string> = { opensAt: soon(1), closesAt: soon(30), startsAt: soon(10), endsAt: soon(10.1) };
      return byName[name] ?? soon(5);
    }
    default:
      return validString(name, operation);
  }
}

/** A valid value of the type: required fields only, one item in a list (every value of an enum list). */
function validValue(type: GraphQLInputType, name: string, operation: string): unknown {
  if (isNonNullType(type)) return validValue(type.ofType, name, operation);
  if (isListType(type)) {
    const item = isNonNullType(type.ofType) ? type.ofType.ofType : type.ofType;
    if (isEnumType(item)) return item.getValues().map((value) => value.name);
    return [validValue(type.ofType, name, operation)];
  }
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, validValue(field.type, field.name, operation)]),
    );
  }
  return validScalar(type.name, name, operation);
}

// ─── Bad values, by scalar ───

const NODE_TYPES = () => Object.values(schema.getTypeMap()).filter((type) => isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node'));

const BAD_TEXT = {
  empty: '',
  '10,000 characters': 'ş'.repeat(10_000),
  NUL: 'Eşit\u0000İzmir',
  emoji: '🙂🎉👩🏽‍🤝‍👩🏻',
  RTL: 'مرحبا \u202Eبالعالم',
  'İı': 'İıIi',
};

// Besides the table, each text leaf gets one string fast-check drew from all of UTF-16 (lone
// surrogates and control characters included); the seed keeps the draw the same on every run.
const ARBITRARY_TEXTS = fc.sample(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), { seed: SEED, numRuns: 500 });
let arbitraryDrawn = 0;

function badScalars(scalar: string, name: string): Record<string, unknown> {
  switch (scalar) {
    case 'String':
      return { ...BAD_TEXT, 'arbitrary UTF-16': ARBITRARY_TEXTS[arbitraryDrawn++ % ARBITRARY_TEXTS.length] };
    case 'ID': {
      const [expected] = fixture.ids[name] ?? ['User'];
      const wrongType = expected === 'User' ? 'RecruitmentRound' : 'User';
      const unknownRows = Object.fromEntries(
        (name === 'id' || name === 'ids' ? NODE_TYPES().map((type) => type.name) : [expected]).map((type) => [`unknown ${type}`, globalId(type, randomUUID())]),
      );
      // Emoji, RTL and "İı" are malformed ids like any other junk: the three text cases below suffice.
      return {
        empty: BAD_TEXT.empty,
        '10,000 characters': BAD_TEXT['10,000 characters'],
        NUL: BAD_TEXT.NUL,
        'malformed base64': '!!not*base64!!',
        'not a uuid': globalId(expected, 'not-a-uuid'),
        'wrong type': globalId(wrongType, fixture.victim.id),
        ...unknownRows,
      };
    }
    case 'Int':
      return { '-1': -1, '0': 0, '2^31': 2 ** 31, 'max Int': 2 ** 31 - 1, '1e9': 1e9 };
    case 'Float':
      return { '-1': -1, '0': 0, '1e308': 1e308 };
    case 'Date':
      return { '30 February': '2026-02-30', 'month 13': '2026-13-01', 'year 0000': '0000-01-01', negative: '-0001-01-01', expanded: '+275760-09-13', empty: '', junk: 'yarın' };
    case 'DateTime':
      return {
        '30 February': '2026-02-30T10:00:00Z',
        'year 0000': '0000-01-01T00:00:00Z',
        negative: '-000001-01-01T00:00:00Z',
        expanded: '+275760-09-13T00:00:00Z',
        'far future': '9999-12-31T23:59:59Z',
        empty: '',
        junk: 'yarın',
      };
    default:
      return {};
  }
}

/** One bad leaf; the value is made when the case runs, so that fresh values (emails) stay fresh. */
type Variant = { leaf: string; value: () => unknown };

/** Full values of the type in which exactly one leaf is bad; an enum leaf takes each of its values in turn. */
function variants(type: GraphQLInputType, name: string, operation: string): Variant[] {
  if (isNonNullType(type)) return variants(type.ofType, name, operation);
  if (isListType(type)) {
    const item = () => validValue(type.ofType, name, operation);
    return [
      { leaf: `${name}[] empty`, value: () => [] },
      { leaf: `${name}[] 1,000 items`, value: () => Array.from({ length: 1000 }, item) },
      ...variants(type.ofType, name, operation).map((v) => ({ leaf: v.leaf, value: () => [v.value()] })),
    ];
  }
  if (isInputObjectType(type)) {
    return Object.values(type.getFields()).flatMap((field) =>
      variants(field.type, field.name, operation).map((v) => ({
        leaf: `${name}.${v.leaf}`,
        value: () => ({ ...(validValue(type, name, operation) as object), [field.name]: v.value() }),
      })),
    );
  }
  if (isEnumType(type)) {
    return type.getValues().map((value) => ({ leaf: `${name}: ${value.name}`, value: () => value.name }));
  }
  if (isScalarType(type)) {
    return Object.entries(badScalars(type.name, name)).map(([label, value]) => ({ leaf: `${name}: ${label}`, value: () => value }));
  }
  return [];
}

// ─── Documents ───

/** What to read back: the typename everywhere, ids, a mutation's data and any typed error. */
function selection(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (isScalarType(named) || isEnumType(named)) return '';
  if (isUnionType(named)) {
    const members = named.getTypes().map((member) => `... on ${member.name} ${selection(member, depth + 1)}`);
    return `{ __typename ${members.join(' ')} }`;
  }
  const fields = isObjectType(named) || isInterfaceType(named) ? named.getFields() : {};
  const parts = ['__typename'];
  if (fields.id && !fields.id.args.length) parts.push('id');
  if (fields.code && fields.message) parts.push('code message');
  if (depth < 3) {
    for (const key of ['data', 'edges', 'node']) {
      const field = fields[key];
      if (field && !field.args.length) parts.push(`${key} ${selection(field.type, depth + 1)}`);
    }
  }
  return `{ ${parts.join(' ')} }`;
}

function documentFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const declared = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const head = declared ? `${kind} Fuzz(${declared})` : kind;
  return `${head} { ${field.name}${passed ? `(${passed})` : ''} ${selection(field.type)} }`;
}

/** The callers a root field admits, read from its auth scopes: the first one gets every case. */
function admittedCallers(field: GraphQLField<unknown, unknown>): Role[] {
  const scopes = (field.extensions as { pothosOptions?: { authScopes?: unknown } }).pothosOptions?.authScopes;
  const flags = scopes && typeof scopes === 'object' ? Object.keys(scopes as object) : [];
  const byScope: Record<string, Role> = { admin: 'ADMIN', coordinator: 'COORDINATOR', facilitator: 'FACILITATOR', volunteer: 'VOLUNTEER' };
  const named = flags.map((flag) => byScope[flag]).filter((role): role is Role => role !== undefined);
  return named.length ? named : ['VOLUNTEER', 'FACILITATOR', 'COORDINATOR', 'ADMIN'];
}

type Operation = { name: string; kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> };

const OPERATIONS: Operation[] = [
  ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ name: `Query.${field.name}`, kind: 'query' as const, field })),
  ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ name: `Mutation.${field.name}`, kind: 'mutation' as const, field })),
].filter((operation) => operation.field.args.length > 0);

type Case = { caller: Caller; leaf: string; variables: () => Record<string, unknown> };

function casesOf({ field, name }: Operation): Case[] {
  const operation = field.name;
  const base = () =>
    Object.fromEntries(field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => [arg.name, validValue(arg.type, arg.name, operation)]));
  const leaves = field.args.flatMap((arg) =>
    variants(arg.type, arg.name, operation).map((v) => ({ leaf: v.leaf, variables: () => ({ ...base(), [arg.name]: v.value() }) })),
  );
  const [first, ...others] = admittedCallers(field);
  const all: Case[] = leaves.map((leaf) => ({ caller: first!, ...leaf }));
  // fast-check picks the sample with a fixed seed: the same cases on every run.
  const sampled = (['anonymous', ...others] as Caller[]).flatMap((caller, n) => {
    const share = caller === 'anonymous' ? SAMPLE_SHARE.anonymous : SAMPLE_SHARE.otherRole;
    const size = Math.min(leaves.length, Math.max(1, Math.round(leaves.length * share)));
    return fc
      .sample(fc.shuffledSubarray(leaves, { minLength: size, maxLength: size }), { seed: SEED + n + name.length, numRuns: 1 })[0]!
      .map((leaf) => ({ caller, ...leaf }));
  });
  return [...all, ...sampled];
}

async function rowCounts(): Promise<Record<string, number>> {
  const columns = tables.map((table) => `(SELECT count(*) FROM "${table}")::int AS "${table}"`).join(', ');
  const [row] = await prisma.$queryRawUnsafe<Record<string, number>[]>(`SELECT ${columns}`);
  return row!;
}

function typenames(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => typenames(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '__typename' && typeof inner === 'string') found.push(inner);
      else typenames(inner, found);
    }
  }
  return found;
}

/** How graphql-js and Pothos word their own errors: the caller must get a translated message instead. */
const LIBRARY_TEXT = /^(Variable "|Invalid (global ID|cursor)|ID: |Arguments? "|Cursor |Expected |Int cannot|Float cannot|String cannot|Field ")/;

const refused = (response: GraphQLResponse) => (response.errors?.length ?? 0) > 0 || typenames(response.data).some((name) => name.endsWith('Error'));

describe('every operation, every argument, bad values', () => {
  it('covers every root operation that takes arguments', () => {
    expect(OPERATIONS.length).toBeGreaterThan(40);
  });

  it.each(OPERATIONS.map((operation) => [operation.name, operation] as const))('%s', async (_name, operation) => {
    const document = documentFor(operation.kind, operation.field);
    const failures: string[] = [];
    let before = await rowCounts();
    for (const testCase of casesOf(operation)) {
      const response = await clients[testCase.caller].request(document, testCase.variables());
      const after = await rowCounts();
      const label = `${testCase.caller} ${testCase.leaf}`;
      const body = JSON.stringify({ errors: response.errors, data: response.data });
      if (response.status >= 500) failures.push(`${label}: HTTP ${response.status}`);
      if (body.includes('INTERNAL_SERVER_ERROR')) failures.push(`${label}: INTERNAL_SERVER_ERROR`);
      if (response.errors?.some((error) => !error.extensions?.code || !error.message)) failures.push(`${label}: an error without code or message`);
      const untranslated = response.errors?.find((error) => LIBRARY_TEXT.test(error.message));
      if (untranslated) failures.push(`${label}: untranslated "${untranslated.message.slice(0, 80)}"`);
      if ((operation.kind === 'query' || refused(response)) && JSON.stringify(after) !== JSON.stringify(before)) {
        const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
        failures.push(`${label}: refused but wrote ${changed.join(', ')}`);
      }
      before = after;
    }
    expect(failures).toEqual([]);
  });
});
