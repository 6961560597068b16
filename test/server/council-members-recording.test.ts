// Council members, recording: a runner records a child from the guardian's signed paper form (each
// consent with its scan, checked by its bytes), a guardian records their own child in the app; bad
// input is a typed, translated error, never a 500; elections move a position; the roster's SQL
// statements do not grow with the roster.
import { createHash } from 'node:crypto';
import { todayInIstanbul } from '@katilim/schema/istanbul-day';
import { prisma } from '@katilim/server/db/prisma';
import { translate } from '@katilim/server/i18n/messages';
import { foldForSearch } from '@katilim/server/text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../support/applications-scenarios.ts';
import { ALL_PURPOSES, bornYearsAgo, PDF_BASE64, PNG_BASE64, recordInput } from '../support/council-members-scenarios.ts';
import { createChild, createCouncilTerm, facilitatorOf, type CouncilCommitteeRow } from '../support/council-scenarios.ts';
import { GraphQLClient } from '../support/graphql-client.ts';
import { clientFor } from '../support/scenarios.ts';
import { recordSql } from '../support/sql-recorder.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let committee: CouncilCommitteeRow;
let other: CouncilCommitteeRow;
let facilitator: { client: GraphQLClient; person: { id: string } };

beforeAll(async () => {
  server = await startTestServer();
  const { committees } = await createCouncilTerm();
  [committee, other] = [committees[0]!, committees[1]!];
  facilitator = await facilitatorOf(server.graphqlUrl, committee);
});
afterAll(() => server?.close());

const RECORD = `mutation($input: RecordCouncilMemberInput!) {
  recordCouncilMember(input: $input) {
    __typename
    ... on MutationRecordCouncilMemberSuccess { data { id firstName lastName status mediaAllowed standingConsents guardian { firstName hasAccount } consents { purpose method hasScan textVersion givenOn } } }
    ... on InputValidationError { issues { path message } }
    ... on CouncilAgeOutOfBandError { age minAge maxAge }
    ... on Error { code message }
  }
}`;

describe('recording a child from paper', () => {
  it('records the child, guardian and each consent with its scan (sha256 kept), ACTIVE, in one audited transaction', async () => {
    const auditBefore = await prisma.auditEntry.count({ where: { action: 'council.member.record' } });
    const result = await facilitator.client.ok(RECORD, { input: recordInput(committee.globalId) });
    const member = result.recordCouncilMember.data;
    expect(member).toMatchObject({ firstName: 'İpek', lastName: 'Işıkgöz', status: 'ACTIVE', mediaAllowed: true, guardian: { firstName: 'Şule', hasAccount: false } });
    expect(member.consents.map((c: { purpose: string }) => c.purpose).sort()).toEqual([...ALL_PURPOSES].sort());
    expect(member.consents.every((c: { method: string; hasScan: boolean; textVersion: string }) => c.method === 'PAPER' && c.hasScan && c.textVersion === '2026-12')).toBe(true);
    const rowId = Buffer.from(member.id, 'base64').toString().split(':')[1]!;
    const stored = await prisma.councilMember.findUniqueOrThrow({ where: { id: rowId }, include: { consents: true, guardian: true } });
    expect(stored.nameSearchText).toBe('ipek isikgoz');
    expect(stored.guardian.phone).toBe('+905321112233');
    const png = Buffer.from(PNG_BASE64, 'base64');
    expect(stored.consents.every((c) => c.scanSha256 === createHash('sha256').update(png).digest('hex') && c.scanMimeType === 'image/png')).toBe(true);
    const entries = await prisma.auditEntry.findMany({ where: { action: 'council.member.record', entityId: rowId } });
    expect(entries).toHaveLength(1);
    // No free-text personal data in the audit entry.
    expect(JSON.stringify(entries[0]!.data)).not.toMatch(/İpek|Işıkgöz|Şule|ipek@|sule@|5321112233/);
    expect(await prisma.auditEntry.count({ where: { action: 'council.member.record' } })).toBe(auditBefore + 1);
  });

  it('is SUSPENDED without participation consent, and takes a PDF scan', async () => {
    const input = recordInput(committee.globalId, { consents: [{ purpose: 'COUNCIL_MEDIA', givenOn: todayInIstanbul(), scan: { base64: PDF_BASE64 } }] });
    const result = await facilitator.client.ok(RECORD, { input });
    expect(result.recordCouncilMember.data).toMatchObject({ status: 'SUSPENDED', mediaAllowed: true, standingConsents: ['COUNCIL_MEDIA'] });
  });

  const tomorrow = () => {
    const date = new Date(`${todayInIstanbul()}T12:00:00Z`);
    date.setUTCDate(date.getUTCDate() + 1);
    return date.toISOString().slice(0, 10);
  };
  const scanOf = (bytes: Buffer) => ({ base64: bytes.toString('base64') });

  it.each([
    ['a NUL byte in a name', { firstName: 'İp\u0000ek' }, 'InputValidationError', ['firstName']],
    ['an empty surname', { lastName: '  ' }, 'InputValidationError', ['lastName']],
    ['an impossible birth date', { birthDate: '2014-02-30' }, null, null],
    ['a birth date in the future', { birthDate: tomorrow() }, 'InputValidationError', ['birthDate']],
    ['a bad guardian phone', { guardian: { firstName: 'Şule', lastName: 'Işık', relationship: 'Anne', phone: 'telefon' } }, 'InputValidationError', ['guardian', 'phone']],
    ['a consent given tomorrow', { consents: [{ purpose: 'COUNCIL_PARTICIPATION', givenOn: tomorrow(), scan: { base64: PNG_BASE64 } }] }, 'InputValidationError', ['consents', '0', 'givenOn']],
    ['a purpose of another programme', { consents: [{ purpose: 'CHILD_TRIP', givenOn: todayInIstanbul(), scan: { base64: PNG_BASE64 } }] }, 'InputValidationError', ['consents', '0', 'purpose']],
    ['a committee id of another type', { committeeId: globalId('Trip', '0190f0f0-0000-7000-8000-000000000000') }, 'InputValidationError', ['committeeId']],
    ['a scan that is not base64', { consents: [{ purpose: 'COUNCIL_PARTICIPATION', givenOn: todayInIstanbul(), scan: { base64: '%%%' } }] }, 'InputValidationError', ['consents', '0', 'scan', 'base64']],
  ])('refuses %s as a field error', async (_what, change, typename, path) => {
    const before = await prisma.councilMember.count();
    const response = await facilitator.client.request(RECORD, { input: recordInput(committee.globalId, change) });
    if (typename === null) {
      // A date that does not exist is refused by the Date scalar: a translated BAD_USER_INPUT, not a 500.
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    } else {
      expect(response.errors).toBeUndefined();
      expect(response.data.recordCouncilMember.__typename).toBe(typename);
      expect(response.data.recordCouncilMember.issues.map((issue: { path: string[] }) => issue.path)).toContainEqual(path);
    }
    expect(await prisma.councilMember.count()).toBe(before);
  });

  it.each([
    ['a text file as the scan', scanOf(Buffer.from('hello, this is not an image')), 'COUNCIL_SCAN_INVALID'],
    ['a GIF as the scan', scanOf(Buffer.from('GIF89a\u0001\u0000\u0001\u0000')), 'COUNCIL_SCAN_INVALID'],
    ['a scan over 2 MB', scanOf(Buffer.concat([Buffer.from(PNG_BASE64, 'base64'), Buffer.alloc(2 * 1024 * 1024)])), 'INVALID_INPUT'],
    ['no scan for a paper consent', null, 'COUNCIL_SCAN_MISSING'],
  ])('refuses %s', async (_what, scan, code) => {
    const before = await prisma.councilConsent.count();
    const input = recordInput(committee.globalId, { consents: [{ purpose: 'COUNCIL_PARTICIPATION', givenOn: todayInIstanbul(), scan }] });
    const response = await facilitator.client.ok(RECORD, { input });
    expect(response.recordCouncilMember.code).toBe(code);
    expect(await prisma.councilConsent.count()).toBe(before);
  });

  it('refuses a child outside the term’s age band, with the figures, in the caller’s language', async () => {
    const english = new GraphQLClient(server.graphqlUrl, { locale: 'en' }).setCookie('katilim_session', facilitator.client.cookie('katilim_session') ?? '');
    for (const [client, locale] of [[facilitator.client, 'tr'], [english, 'en']] as const) {
      const response = await client.ok(RECORD, { input: recordInput(committee.globalId, { birthDate: bornYearsAgo(8) }) });
      expect(response.recordCouncilMember).toMatchObject({ __typename: 'CouncilAgeOutOfBandError', age: 8, minAge: 10, maxAge: 17 });
      expect(response.recordCouncilMember.message).toBe(translate(locale, 'error.council.ageOutOfBand', { age: 8, minAge: 10, maxAge: 17 }));
    }
  });

  it('refuses a facilitator in another committee (FORBIDDEN) and an unknown district (typed)', async () => {
    const refused = await facilitator.client.request(RECORD, { input: recordInput(other.globalId) });
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    const unknown = await facilitator.client.ok(RECORD, { input: recordInput(committee.globalId, { districtId: 99_999 }) });
    expect(unknown.recordCouncilMember.code).toBe('NOT_FOUND');
  });
});

describe('a guardian records their own child', () => {
  const MINE = `mutation($input: RecordMyCouncilChildInput!) {
    recordMyCouncilChild(input: $input) { __typename ... on MutationRecordMyCouncilChildSuccess { data { id status lastName guardian { hasAccount firstName } consents { method hasScan } } } ... on Error { code } }
  }`;

  it('takes identity and contact from the account, consents IN_APP, and lists the child under myCouncilChildren', async () => {
    const guardian = await clientFor(server.graphqlUrl, [], { firstName: 'Nilüfer' });
    const { guardian: _paper, ...input } = recordInput(committee.globalId);
    const result = await guardian.client.ok(MINE, { input: { ...input, consents: input.consents.map(({ scan: _scan, ...consent }) => consent) } });
    expect(result.recordMyCouncilChild.data).toMatchObject({ status: 'ACTIVE', lastName: 'Işıkgöz', guardian: { hasAccount: true, firstName: 'Nilüfer' } });
    expect(result.recordMyCouncilChild.data.consents.every((c: { method: string; hasScan: boolean }) => c.method === 'IN_APP' && !c.hasScan)).toBe(true);
    const stored = await prisma.councilGuardian.findFirstOrThrow({ where: { userId: guardian.person.id } });
    expect(stored.phone).toBe(guardian.person.phone);
    const mine = await guardian.client.ok(`{ myCouncilChildren { id firstName lastName } }`);
    expect(mine.myCouncilChildren).toEqual([{ id: result.recordMyCouncilChild.data.id, firstName: 'İpek', lastName: 'Işıkgöz' }]);
    const recorded = await prisma.councilMember.findFirstOrThrow({ where: { guardianId: stored.id } });
    expect(recorded.recordedById).toBe(guardian.person.id);
  });
});

describe('elections', () => {
  const ELECT = `mutation($input: RecordCouncilElectionInput!) {
    recordCouncilElection(input: $input) { __typename ... on MutationRecordCouncilElectionSuccess { data { id position votesFor votesCast elected { id position } } } ... on InputValidationError { issues { path } } ... on Error { code } }
  }`;

  it('gives the position to the elected member and takes it from the previous holder, in one step', async () => {
    const chair = await createChild({ committee, position: 'CHAIR' });
    const next = await createChild({ committee });
    const result = await facilitator.client.ok(ELECT, { input: { electedId: next.globalId, position: 'CHAIR', votesFor: 4, votesCast: 7, heldOn: todayInIstanbul() } });
    expect(result.recordCouncilElection.data).toMatchObject({ position: 'CHAIR', votesFor: 4, votesCast: 7, elected: { id: next.globalId, position: 'CHAIR' } });
    expect((await prisma.councilMember.findUniqueOrThrow({ where: { id: chair.id } })).position).toBeNull();
    const history = await facilitator.client.ok(`query($id: ID!) { node(id: $id) { ... on CouncilMember { elections { position votesFor } } } }`, { id: next.globalId });
    expect(history.node.elections).toEqual([{ position: 'CHAIR', votesFor: 4 }]);
  });

  it('refuses more votes for than cast, a suspended member, and a member of a committee one does not run', async () => {
    const member = await createChild({ committee });
    const over = await facilitator.client.ok(ELECT, { input: { electedId: member.globalId, position: 'SECRETARY', votesFor: 8, votesCast: 7, heldOn: todayInIstanbul() } });
    expect(over.recordCouncilElection.issues).toEqual([{ path: ['votesFor'] }]);
    const suspended = await createChild({ committee, consents: ['COUNCIL_MEDIA'] });
    const notActive = await facilitator.client.ok(ELECT, { input: { electedId: suspended.globalId, position: 'SECRETARY', votesFor: 3, votesCast: 7, heldOn: todayInIstanbul() } });
    expect(notActive.recordCouncilElection.code).toBe('COUNCIL_MEMBER_NOT_ACTIVE');
    const elsewhere = await createChild({ committee: other });
    const refused = await facilitator.client.request(ELECT, { input: { electedId: elsewhere.globalId, position: 'SECRETARY', votesFor: 3, votesCast: 7, heldOn: todayInIstanbul() } });
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

describe('the roster', () => {
  const ROSTER = `query($c: ID!, $s: String) { councilMembers(committeeId: $c, first: 50, search: $s) { totalCount edges { node { id firstName lastName status mediaAllowed position } } } }`;

  it('searches names folded the Turkish way, and costs the same statements for 2 members and for 8', async () => {
    const { committees } = await createCouncilTerm({ committees: ['Bilgi'] });
    const [own] = committees;
    const runner = await facilitatorOf(server.graphqlUrl, own!);
    // The builder leaves the search text empty; recording fills it as here (see the recording test above).
    for (const [firstName, lastName] of [['Işıl', 'Çağlar'], ['Umut', 'Şen']] as const) {
      const made = await createChild({ committee: own!, firstName, lastName });
      await prisma.councilMember.update({ where: { id: made.id }, data: { nameSearchText: foldForSearch(`${firstName} ${lastName}`) } });
    }
    const normalise = (sql: string) => sql.replace(/"public"\./g, '').replace(/IN \((?:\$\d+,?)+\)/g, 'IN ($…)').replace(/\$\d+/g, '$?');
    const few = await recordSql(() => runner.client.ok(ROSTER, { c: own!.globalId }));
    for (let i = 0; i < 6; i += 1) await createChild({ committee: own! });
    const many = await recordSql(() => runner.client.ok(ROSTER, { c: own!.globalId }));
    expect(many.result.councilMembers.totalCount).toBe(8);
    expect(many.statements.map(normalise).sort()).toEqual(few.statements.map(normalise).sort());
    expect(few.statements.map(normalise).sort()).toMatchSnapshot();
    const found = await runner.client.ok(ROSTER, { c: own!.globalId, s: 'ISIL caglar' });
    expect(found.councilMembers.edges.map((edge: { node: { firstName: string } }) => edge.node.firstName)).toEqual(['Işıl']);
  });
});
