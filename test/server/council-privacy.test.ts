// The council's privacy, as the issue asks it shown: a facilitator cannot see children of other
// committees (node, roster, contact); the guardian's contact is hidden from every other role; a
// guardian sees other members by first name only (a surname asked for is refused, and searched for
// finds nothing); withdrawn consent shows in the roster at once; each view of contact details is in
// the audit log; the scan download is for readers only, and audited.
import { prisma } from '@katilim/server/db/prisma';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChild, createCouncilTerm, facilitatorOf, guardianWithChild, type CouncilChild, type CouncilCommitteeRow } from '../support/council-scenarios.ts';
import { cookieHeader, clientFor } from '../support/scenarios.ts';
import { GraphQLClient } from '../support/graphql-client.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let mine: CouncilCommitteeRow;
let theirs: CouncilCommitteeRow;
let facilitator: Awaited<ReturnType<typeof facilitatorOf>>;
let child: CouncilChild;
let elsewhere: CouncilChild;

beforeAll(async () => {
  server = await startTestServer();
  const { committees } = await createCouncilTerm();
  [mine, theirs] = [committees[0]!, committees[1]!];
  facilitator = await facilitatorOf(server.graphqlUrl, mine);
  child = await createChild({ committee: mine, firstName: 'Aslı', lastName: 'Gizlisoy' });
  elsewhere = await createChild({ committee: theirs, firstName: 'Baran', lastName: 'Başkasoy' });
});
afterAll(() => server?.close());

const NODE = `query($id: ID!) { node(id: $id) { ... on CouncilMember { id firstName lastName } } }`;
const ROSTER = `query($c: ID!, $s: String) { councilMembers(committeeId: $c, first: 20, search: $s) { totalCount edges { node { id firstName } } } }`;
const ROSTER_FULL = `query($c: ID!) { councilMembers(committeeId: $c, first: 20) { edges { node { id firstName lastName } } } }`;
const CONTACT = `query($m: ID!) { councilMemberContact(memberId: $m) { __typename ... on QueryCouncilMemberContactSuccess { data { guardianPhone guardianEmail } } } }`;
const codes = (response: { errors?: { extensions?: { code?: string } }[] }) => (response.errors ?? []).map((error) => error.extensions?.code);

describe('a facilitator and other committees', () => {
  it('sees their own committee’s child, and not another committee’s: node, roster and contact', async () => {
    expect((await facilitator.client.ok(NODE, { id: child.globalId })).node).toEqual({ id: child.globalId, firstName: 'Aslı', lastName: 'Gizlisoy' });
    const node = await facilitator.client.request(NODE, { id: elsewhere.globalId });
    expect(node.data?.node ?? null).toBeNull();
    expect(JSON.stringify(node)).not.toContain('Başkasoy');
    expect(codes(await facilitator.client.request(ROSTER, { c: theirs.globalId }))).toEqual(['FORBIDDEN']);
    expect(codes(await facilitator.client.request(CONTACT, { m: elsewhere.globalId }))).toEqual(['FORBIDDEN']);
  });
});

describe('the guardian’s contact', () => {
  it('is hidden from every role but the committee’s readers (a volunteer, another guardian, another facilitator, a plain account, anonymous)', async () => {
    const otherGuardian = await guardianWithChild(server.graphqlUrl, { committee: mine });
    const otherFacilitator = await facilitatorOf(server.graphqlUrl, theirs);
    const volunteer = await clientFor(server.graphqlUrl, ['VOLUNTEER']);
    const plain = await clientFor(server.graphqlUrl, []);
    for (const caller of [otherGuardian.client, otherFacilitator.client, volunteer.client, plain.client]) {
      const response = await caller.request(CONTACT, { m: child.globalId });
      expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(response)).not.toContain(child.guardian.phone);
    }
    expect(codes(await new GraphQLClient(server.graphqlUrl).request(CONTACT, { m: child.globalId }))).toEqual(['UNAUTHENTICATED']);
    // The schema has no other way to the contact: the guardian type carries no email or phone.
    const fields = await facilitator.client.request(`{ __type(name: "CouncilGuardian") { fields { name } } }`);
    expect(JSON.stringify(fields.data)).not.toMatch(/email|phone/i);
  });

  it('writes one audit entry per view, in the same request, with the reader and the request id', async () => {
    const before = await prisma.auditEntry.count({ where: { action: 'council.contact.read', entityId: child.id } });
    const first = await facilitator.client.ok(CONTACT, { m: child.globalId });
    expect(first.councilMemberContact.data).toEqual({ guardianPhone: child.guardian.phone, guardianEmail: child.guardian.email });
    await facilitator.client.ok(CONTACT, { m: child.globalId });
    const entries = await prisma.auditEntry.findMany({ where: { action: 'council.contact.read', entityId: child.id }, orderBy: { createdAt: 'asc' } });
    expect(entries).toHaveLength(before + 2);
    expect(entries.slice(-2).every((entry) => entry.actorId === facilitator.person.id && entry.entityType === 'CouncilMember' && entry.requestId)).toBe(true);
    expect(new Set(entries.slice(-2).map((entry) => entry.requestId)).size).toBe(2);
  });
});

describe('a guardian and the other members', () => {
  it('sees the other members by first name only; asking for a surname is refused; a surname search finds nothing', async () => {
    const guardian = await guardianWithChild(server.graphqlUrl, { committee: mine, firstName: 'Kendi', lastName: 'Çocuğum' });
    const roster = await guardian.client.ok(ROSTER, { c: mine.globalId });
    expect(roster.councilMembers.edges.map((edge: { node: { firstName: string } }) => edge.node.firstName)).toEqual(expect.arrayContaining(['Aslı', 'Kendi']));
    const surnames = await guardian.client.request(ROSTER_FULL, { c: mine.globalId });
    expect(codes(surnames)).toContain('FORBIDDEN');
    expect(JSON.stringify(surnames)).not.toContain('Gizlisoy');
    const own = await guardian.client.ok(NODE, { id: guardian.child.globalId });
    expect(own.node.lastName).toBe('Çocuğum');
    expect((await guardian.client.ok(ROSTER, { c: mine.globalId, s: 'gizlisoy' })).councilMembers.totalCount).toBe(0);
    expect((await guardian.client.ok(ROSTER, { c: mine.globalId, s: 'ASLI' })).councilMembers.totalCount).toBe(1);
    // Another committee's roster is not theirs to see at all.
    expect(codes(await guardian.client.request(ROSTER, { c: theirs.globalId }))).toEqual(['FORBIDDEN']);
  });
});

describe('withdrawn consent in the roster', () => {
  it('shows SUSPENDED and no photos at once', async () => {
    const subject = await createChild({ committee: mine });
    const LIST = `query($c: ID!) { councilMembers(committeeId: $c, first: 50) { edges { node { id status mediaAllowed } } } }`;
    const row = async () => (await facilitator.client.ok(LIST, { c: mine.globalId })).councilMembers.edges.find((edge: { node: { id: string } }) => edge.node.id === subject.globalId).node;
    expect(await row()).toMatchObject({ status: 'ACTIVE', mediaAllowed: true });
    const WITHDRAW = `mutation($input: WithdrawCouncilConsentInput!) { withdrawCouncilConsent(input: $input) { __typename } }`;
    await facilitator.client.ok(WITHDRAW, { input: { memberId: subject.globalId, purpose: 'COUNCIL_MEDIA' } });
    await facilitator.client.ok(WITHDRAW, { input: { memberId: subject.globalId, purpose: 'COUNCIL_PARTICIPATION' } });
    expect(await row()).toMatchObject({ status: 'SUSPENDED', mediaAllowed: false });
  });
});

describe('the consent scan download', () => {
  it('is served to readers (audited) and 404 to anyone else', async () => {
    const consent = await prisma.councilConsent.findFirstOrThrow({ where: { memberId: child.id } });
    await prisma.councilConsent.update({ where: { id: consent.id }, data: { scan: Buffer.from('%PDF-1.4 test'), scanMimeType: 'application/pdf', scanSha256: 'x' } });
    const url = `${server.url}/council/consent-scans/${consent.id}`;
    const before = await prisma.auditEntry.count({ where: { action: 'council.consent.scan.read', entityId: child.id } });
    const ok = await fetch(url, { headers: { cookie: cookieHeader(facilitator.client) } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toContain('application/pdf');
    expect(await prisma.auditEntry.count({ where: { action: 'council.consent.scan.read', entityId: child.id } })).toBe(before + 1);
    const other = await facilitatorOf(server.graphqlUrl, theirs);
    expect((await fetch(url, { headers: { cookie: cookieHeader(other.client) } })).status).toBe(404);
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(`${server.url}/council/consent-scans/not-an-id`)).status).toBe(404);
  });
});
