// Separation of duties: a coordinator who is also an applicant cannot take a staff action on their
// own records; another coordinator can. Every staff mutation of the real schema must be classified
// in its module's table (about a person, with a case, or about nobody, with the reason), so a new one
// cannot skip the rule.
import { prisma } from '@katilim/server/db/prisma';
import { translate } from '@katilim/server/i18n/messages';
import { schema } from '@katilim/server/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplication, createRound } from '../support/applications-scenarios.ts';
import { SESSION_COOKIE } from '@katilim/server/http/cookies';
import { GraphQLClient } from '../support/graphql-client.ts';
import { mutation as mutationDocument } from '../support/mutation-document.ts';
import type { DutiesTable, SelfCase } from './separation-of-duties/table.ts';
import { createBooking, createSlot, DAY } from '../support/interviews-scenarios.ts';
import { clientFor } from '../support/scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let self: { client: GraphQLClient; person: { id: string } };
let peer: { client: GraphQLClient; person: { id: string } };

beforeAll(async () => {
  server = await startTestServer();
  self = await clientFor(server.graphqlUrl, ['COORDINATOR'], { firstName: 'Selin', lastName: 'Kendisi' });
  peer = await clientFor(server.graphqlUrl, ['COORDINATOR'], { firstName: 'Pınar', lastName: 'Meslektaş' });
});
afterAll(() => server?.close());

/** Only the result's type matters here: some mutations' success data is a scalar, others an object. */
const mutation = (field: string, inputType: string) => mutationDocument(field, inputType, '__typename');

// Each module's rows, by file (test/server/separation-of-duties/<module>.ts); table.ts says what a row is.
const TABLES = Object.entries(import.meta.glob<{ duties: DutiesTable }>('./separation-of-duties/*.ts', { eager: true }))
  .filter(([file]) => !file.endsWith('/table.ts'))
  .map(([, table]) => table.duties);
const ABOUT_A_PERSON: Record<string, SelfCase> = Object.assign({}, ...TABLES.map((table) => table.aboutAPerson));
const ABOUT_NOBODY: Record<string, string> = Object.assign({}, ...TABLES.map((table) => table.aboutNobody));

/** Every row a staff action can write (each module counts its own), to prove a refused one wrote nothing. */
async function writeCounts() {
  const [roles, audit, outbox] = await Promise.all([prisma.roleGrant.count(), prisma.auditEntry.count(), prisma.outboxMessage.count()]);
  return { roles, audit, outbox, modules: await Promise.all(TABLES.map((table) => table.counts())) };
}

describe('every staff mutation is classified', () => {
  it('finds each mutation that needs the staff scope in one of the two tables', () => {
    const unclassified: string[] = [];
    for (const [name, field] of Object.entries(schema.getMutationType()!.getFields())) {
      const scopes = (field.extensions as { pothosOptions?: { authScopes?: unknown } }).pothosOptions?.authScopes;
      // A scope function is asked with empty input: it names its records (staffOn) or a plain scope.
      const everything: unknown = new Proxy({}, { get: () => [] });
      const resolved = typeof scopes === 'function' ? scopes({}, { input: everything }, {}, {}) : scopes;
      const keys = resolved && typeof resolved === 'object' ? Object.keys(resolved) : [];
      if (keys.includes('staffOn') && !(name in ABOUT_A_PERSON)) unclassified.push(`${name} (staffOn, no case)`);
      if (keys.includes('staff') && !(name in ABOUT_NOBODY)) unclassified.push(`${name} (staff scope, not declared about nobody)`);
      if (name in ABOUT_A_PERSON && !keys.includes('staffOn')) unclassified.push(`${name} (has a case but does not use staffOn)`);
      // A row about nobody must still be a staff mutation, or the table names something the rule no longer covers.
      if (name in ABOUT_NOBODY && !keys.includes('staff')) unclassified.push(`${name} (declared about nobody but not under the staff scope)`);
    }
    expect(unclassified).toEqual([]);
  });
});

describe('a coordinator and their own records', () => {
  it.each(Object.entries(ABOUT_A_PERSON))('%s: refused on their own record, writing nothing; done by another coordinator', async (field, spec) => {
    const document = mutation(field, spec.inputType);
    const input = await spec.input(self.person);
    const before = await writeCounts();

    const refused = await self.client.request(document, { input });
    expect(refused.status).toBe(200);
    expect(refused.errors?.map((error) => [error.extensions?.code, (error.extensions as { reason?: string })?.reason, error.message])).toEqual([
      ['FORBIDDEN', 'SELF_ACTION', translate('tr', 'error.selfAction')],
    ]);
    expect(await writeCounts()).toEqual(before);

    const done = await peer.client.ok(document, { input });
    expect(done[field].__typename).toBe(`Mutation${field[0]!.toUpperCase()}${field.slice(1)}Success`);
    expect(await writeCounts()).not.toEqual(before);
  });

  it('answers in the caller’s language', async () => {
    const english = new GraphQLClient(server.graphqlUrl, { locale: 'en' }).setCookie(SESSION_COOKIE, self.client.cookie(SESSION_COOKIE)!);
    const input = await ABOUT_A_PERSON.addScreeningNote!.input(self.person);
    const response = await english.request(mutation('addScreeningNote', 'AddScreeningNoteInput'), { input });
    expect(response.errors?.map((error) => error.message)).toEqual([translate('en', 'error.selfAction')]);
  });

  it('a mixed batch is refused whole when one application is the caller’s own', async () => {
    const round = await createRound();
    const others = await createApplication(round);
    const own = await createApplication(round, { applicant: self.person });
    const before = await writeCounts();
    const response = await self.client.request(mutation('moveApplicationsToScreening', 'BulkApplicationsInput'), {
      input: { applicationIds: [others.globalId, own.globalId] },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await writeCounts()).toEqual(before);
  });
});

describe('bookings a coordinator may change as applicant or as staff', () => {
  const CANCEL = `mutation($input: CancelInterviewBookingInput!) {
    cancelInterviewBooking(input: $input) { __typename ... on Error { code } }
  }`;

  const withCutoff = async <T extends { id: string }>(round: T, hours: number) => {
    await prisma.recruitmentRound.update({ where: { id: round.id }, data: { bookingCutoffHours: hours } });
    return round;
  };

  it('holds a coordinator to the cut-off on their own booking, as any applicant', async () => {
    const round = await withCutoff(await createRound({ status: 'INTERVIEWING' }), 24);
    const slot = await createSlot(round, { inHours: 3 });
    const own = await createBooking(round, slot, { applicant: self.person });
    const before = await writeCounts();
    const data = await self.client.ok(CANCEL, { input: { bookingId: own.globalId } });
    expect(data.cancelInterviewBooking).toEqual({ __typename: 'BookingCutoffPassedError', code: 'BOOKING_CUTOFF_PASSED' });
    expect(await writeCounts()).toEqual(before);

    // Another coordinator is not bound by the cut-off.
    const cancelled = await peer.client.ok(CANCEL, { input: { bookingId: own.globalId } });
    expect(cancelled.cancelInterviewBooking.__typename).toBe('MutationCancelInterviewBookingSuccess');
  });

  it('lets a coordinator cancel their own booking before the cut-off, as the applicant', async () => {
    const round = await withCutoff(await createRound({ status: 'INTERVIEWING' }), 24);
    const own = await createBooking(round, await createSlot(round, { inHours: 3 * (DAY / 3_600_000) }), { applicant: self.person });
    const data = await self.client.ok(CANCEL, { input: { bookingId: own.globalId } });
    expect(data.cancelInterviewBooking.__typename).toBe('MutationCancelInterviewBookingSuccess');
    const event = await prisma.applicationEvent.findFirstOrThrow({ where: { applicationId: own.applicationId }, orderBy: { createdAt: 'desc' } });
    expect(event).toMatchObject({ toStatus: 'INTERVIEW_INVITED', actorId: self.person.id });
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { action: 'interview.cancel', entityId: own.id } });
    expect(audit.data).toMatchObject({ byApplicant: true });
  });
});
