// Council members: consents given and withdrawn with their effect at once (participation → status,
// media → mediaAllowed, child contact → the child's contact), never deleted; leaving; ageing out
// with the clock set forward (mail queued once); a guardian's export and erasure; erasure on paper.
import { todayInIstanbul } from '@katilim/schema/istanbul-day';
import { prisma } from '@katilim/server/db/prisma';
import { ageOutMembers } from '@katilim/server/modules/council/age-out';
import { erasePerson, exportPersonData } from '@katilim/server/modules/privacy/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG_BASE64 } from '../support/council-members-scenarios.ts';
import { createChild, createCouncilTerm, facilitatorOf, guardianWithChild, type CouncilCommitteeRow } from '../support/council-scenarios.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { clientFor } from '../support/scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let committee: CouncilCommitteeRow;
let facilitator: { client: GraphQLClient; person: { id: string; email: string } };

beforeAll(async () => {
  server = await startTestServer();
  committee = (await createCouncilTerm({ committees: ['Kent Hakları'] })).committees[0]!;
  facilitator = await facilitatorOf(server.graphqlUrl, committee);
});
afterAll(() => server?.close());

const GIVE = `mutation($input: CouncilConsentInput!) { giveCouncilConsent(input: $input) { __typename ... on MutationGiveCouncilConsentSuccess { data { status mediaAllowed standingConsents consents { purpose method withdrawnAt } } } ... on Error { code } } }`;
const WITHDRAW = `mutation($input: WithdrawCouncilConsentInput!) { withdrawCouncilConsent(input: $input) { __typename ... on MutationWithdrawCouncilConsentSuccess { data { status mediaAllowed standingConsents } } ... on Error { code } } }`;
const CONTACT = `query($m: ID!) { councilMemberContact(memberId: $m) { __typename ... on QueryCouncilMemberContactSuccess { data { guardianPhone guardianEmail childEmail childContactAllowed } } } }`;
const ROSTER = `query($c: ID!) { councilMembers(committeeId: $c, first: 50) { edges { node { id status mediaAllowed } } } }`;

const inRoster = async (memberGlobalId: string) =>
  (await facilitator.client.ok(ROSTER, { c: committee.globalId })).councilMembers.edges.map((edge: { node: { id: string } }) => edge.node).find((node: { id: string }) => node.id === memberGlobalId);

describe('consents and their effect', () => {
  it('participation withdrawn suspends the child at once; given again (paper, scan) makes them ACTIVE; rows are kept', async () => {
    const child = await createChild({ committee });
    const withdrawn = await facilitator.client.ok(WITHDRAW, { input: { memberId: child.globalId, purpose: 'COUNCIL_PARTICIPATION' } });
    expect(withdrawn.withdrawCouncilConsent.data.status).toBe('SUSPENDED');
    expect(await inRoster(child.globalId)).toMatchObject({ status: 'SUSPENDED' });
    const again = await facilitator.client.ok(GIVE, { input: { memberId: child.globalId, consent: { purpose: 'COUNCIL_PARTICIPATION', givenOn: todayInIstanbul(), scan: { base64: PNG_BASE64 } } } });
    expect(again.giveCouncilConsent.data.status).toBe('ACTIVE');
    const rows = await prisma.councilConsent.findMany({ where: { memberId: child.id, purpose: 'COUNCIL_PARTICIPATION' } });
    expect(rows).toHaveLength(2);
    expect(rows.filter((row) => row.withdrawnAt !== null)).toHaveLength(1);
    const twice = await facilitator.client.ok(GIVE, { input: { memberId: child.globalId, consent: { purpose: 'COUNCIL_PARTICIPATION', givenOn: todayInIstanbul(), scan: { base64: PNG_BASE64 } } } });
    expect(twice.giveCouncilConsent.code).toBe('COUNCIL_CONSENT_UNCHANGED');
  });

  it('media withdrawn by the guardian in the app: mediaAllowed false in the roster at once', async () => {
    const guardian = await guardianWithChild(server.graphqlUrl, { committee });
    expect(await inRoster(guardian.child.globalId)).toMatchObject({ mediaAllowed: true });
    const result = await guardian.client.ok(WITHDRAW, { input: { memberId: guardian.child.globalId, purpose: 'COUNCIL_MEDIA' } });
    expect(result.withdrawCouncilConsent.data).toMatchObject({ mediaAllowed: false, status: 'ACTIVE' });
    expect(await inRoster(guardian.child.globalId)).toMatchObject({ mediaAllowed: false });
    const back = await guardian.client.ok(GIVE, { input: { memberId: guardian.child.globalId, consent: { purpose: 'COUNCIL_MEDIA', givenOn: todayInIstanbul() } } });
    expect(back.giveCouncilConsent.data.consents[0]).toMatchObject({ purpose: 'COUNCIL_MEDIA', method: 'IN_APP', withdrawnAt: null });
  });

  it('child contact withdrawn: the child’s own contact is no longer given out', async () => {
    const child = await createChild({ committee, childEmail: 'cocuk@example.com' });
    expect((await facilitator.client.ok(CONTACT, { m: child.globalId })).councilMemberContact.data).toMatchObject({ childEmail: 'cocuk@example.com', childContactAllowed: true });
    await facilitator.client.ok(WITHDRAW, { input: { memberId: child.globalId, purpose: 'COUNCIL_CHILD_CONTACT' } });
    expect((await facilitator.client.ok(CONTACT, { m: child.globalId })).councilMemberContact.data).toMatchObject({ childEmail: null, childContactAllowed: false });
  });

  it('a member who left takes no more consents', async () => {
    const child = await createChild({ committee });
    const left = await facilitator.client.ok(`mutation($input: RemoveCouncilMemberInput!) { removeCouncilMember(input: $input) { __typename ... on MutationRemoveCouncilMemberSuccess { data { status leftReason } } } }`, {
      input: { memberId: child.globalId, reason: 'GUARDIAN_WITHDREW' },
    });
    expect(left.removeCouncilMember.data).toEqual({ status: 'LEFT', leftReason: 'GUARDIAN_WITHDREW' });
    expect((await facilitator.client.ok(WITHDRAW, { input: { memberId: child.globalId, purpose: 'COUNCIL_MEDIA' } })).withdrawCouncilConsent.code).toBe('COUNCIL_MEMBER_LEFT');
  });
});

describe('ageing out', () => {
  it('marks LEFT (AGED_OUT) on the day the child turns maxAge + 1 in İzmir, mails the guardian and facilitator once', async () => {
    const { committees } = await createCouncilTerm({ committees: ['Doğa'], maxAge: 17 });
    const own = committees[0]!;
    const runner = await facilitatorOf(server.graphqlUrl, own);
    const child = await createChild({ committee: own, birthDate: '2010-06-15', guardianLocale: 'en', position: 'CHAIR' });
    const younger = await createChild({ committee: own, birthDate: '2010-06-16' });
    const outbox = () => prisma.outboxMessage.findMany({ where: { template: { in: ['councilAgedOutGuardian', 'councilAgedOutFacilitator'] }, toAddress: { in: [child.guardian.email!, runner.person.email] } } });

    // The evening before, in İzmir (21:30 UTC on 14 June is 00:30 on the 15th there): already the birthday.
    expect(await ageOutMembers(new Date('2028-06-14T20:30:00Z'))).toBe(0);
    expect(await ageOutMembers(new Date('2028-06-14T21:30:00Z'))).toBe(1);
    const after = await prisma.councilMember.findUniqueOrThrow({ where: { id: child.id } });
    expect(after).toMatchObject({ status: 'LEFT', leftReason: 'AGED_OUT', position: null });
    expect((await prisma.councilMember.findUniqueOrThrow({ where: { id: younger.id } })).status).toBe('ACTIVE');
    const mails = await outbox();
    expect(mails.map((mail) => [mail.template, mail.locale]).sort()).toEqual([
      ['councilAgedOutFacilitator', 'tr'],
      ['councilAgedOutGuardian', 'en'],
    ]);
    expect(mails.find((mail) => mail.template === 'councilAgedOutGuardian')!.bodyText).toContain('turned 18');

    // Twice-run safe: the next run leaves the child and the mail alone; the next day takes only the younger one.
    expect(await ageOutMembers(new Date('2028-06-14T21:30:00Z'))).toBe(0);
    expect(await outbox()).toHaveLength(2);
    expect(await ageOutMembers(new Date('2028-06-15T21:30:00Z'))).toBe(1);
    expect((await prisma.councilMember.findUniqueOrThrow({ where: { id: younger.id } })).leftReason).toBe('AGED_OUT');
    const later = await outbox();
    expect(later.filter((mail) => mail.toAddress === child.guardian.email)).toHaveLength(1);
    expect(later.filter((mail) => mail.toAddress === runner.person.email)).toHaveLength(2);
  });
});

describe('export and erasure', () => {
  it('exports the guardian’s rows and each child’s record (consents without scan bytes); erasure anonymises them, keeping the birth year', async () => {
    const guardian = await guardianWithChild(server.graphqlUrl, { committee, firstName: 'Defne', lastName: 'Özbilgin', birthDate: '2013-05-17', childEmail: 'defne@example.com' });
    await prisma.councilConsent.updateMany({ where: { memberId: guardian.child.id }, data: { scan: Buffer.from(PNG_BASE64, 'base64'), scanMimeType: 'image/png', scanSha256: 'abc123' } });
    const actor = { userId: guardian.person.id, requestId: 'test', ip: null };
    const exported = JSON.parse((await exportPersonData(guardian.person.id, actor)).json);
    const council = JSON.stringify(exported);
    expect(council).toContain('Özbilgin');
    expect(council).toContain('abc123');
    expect(council).not.toContain(PNG_BASE64.slice(0, 20));

    await erasePerson(guardian.person.id, actor);
    const member = await prisma.councilMember.findUniqueOrThrow({ where: { id: guardian.child.id }, include: { consents: true, guardian: true } });
    expect(member).toMatchObject({ firstName: '—', lastName: '—', email: null, status: 'LEFT' });
    expect(member.birthDate.toISOString().slice(0, 10)).toBe('2013-01-01');
    expect(member.consents.every((consent) => consent.scan === null)).toBe(true);
    expect(member.guardian).toMatchObject({ firstName: '—', email: null, userId: null });
    expect(JSON.stringify(await prisma.councilGuardian.findMany({ where: { id: member.guardianId } }))).not.toContain(guardian.person.email);
  });

  it('a coordinator erases a child on paper (guardian without an account)', async () => {
    const coordinator = await clientFor(server.graphqlUrl, ['COORDINATOR']);
    const child = await createChild({ committee, lastName: 'Kâğıtçı' });
    const result = await coordinator.client.ok(`mutation($input: CouncilMemberRefInput!) { eraseCouncilMember(input: $input) { __typename } }`, { input: { memberId: child.globalId } });
    expect(result.eraseCouncilMember.__typename).toBe('MutationEraseCouncilMemberSuccess');
    expect(await prisma.councilMember.count({ where: { lastName: 'Kâğıtçı' } })).toBe(0);
    expect(await prisma.auditEntry.count({ where: { action: 'council.member.erase', entityId: child.id } })).toBe(1);
  });
});
