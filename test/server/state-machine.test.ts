// The application state machine through the API: every move the applications slice makes
// (submit, withdraw, screen, invite, reject) from every status, legal ones leaving an event, an audit
// entry and a mail in the applicant's language, illegal ones a typed refusal and nothing written.
// Which moves are legal is the shared rule (@katilim/schema/application-status), itself checked
// against a hand-written table of every (from, to, actor) in schema/src/application-status.test.ts.
import { APPLICATION_STATUSES, canTransition, type ApplicationStatusName, type TransitionActor } from '@katilim/schema/application-status';
import { prisma } from '@katilim/server/db/prisma';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applicationWriteCounts,
  createApplication,
  createRound,
  submission,
  type Round,
} from '../support/applications-scenarios.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { clientFor } from '../support/scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let coordinator: GraphQLClient;
let round: Round;
beforeAll(async () => {
  server = await startTestServer();
  coordinator = (await clientFor(server.graphqlUrl, ['COORDINATOR'])).client;
  round = await createRound();
});
afterAll(() => server?.close());

const bulk = (field: string, input: string) =>
  `mutation($input: ${input}!) { ${field}(input: $input) { __typename ... on Error { code }
     ... on Mutation${field[0]!.toUpperCase()}${field.slice(1)}Success { data { moved { id status } skipped { applicationId reason status } } } } }`;

type Operation = {
  name: string;
  to: ApplicationStatusName;
  actor: TransitionActor;
  run: (application: { globalId: string }, applicant: GraphQLClient) => Promise<{ outcome: 'moved' | 'refused'; detail: unknown }>;
};

const WITHDRAW = `mutation($input: WithdrawApplicationInput!) {
  withdrawApplication(input: $input) {
    __typename
    ... on MutationWithdrawApplicationSuccess { data { id status } }
    ... on IllegalTransitionError { from to code message }
    ... on Error { code message }
  }
}`;

async function bulkMove(field: string, input: string, extra: Record<string, unknown>, applicationId: string) {
  const data = await coordinator.ok(bulk(field, input), { input: { applicationIds: [applicationId], ...extra } });
  const result = data[field].data;
  return result.moved.length === 1
    ? { outcome: 'moved' as const, detail: result.moved[0] }
    : { outcome: 'refused' as const, detail: result.skipped[0] };
}

const OPERATIONS: Operation[] = [
  {
    name: 'withdrawApplication',
    to: 'WITHDRAWN',
    actor: 'APPLICANT',
    run: async (application, applicant) => {
      const data = await applicant.ok(WITHDRAW, { input: { applicationId: application.globalId } });
      const result = data.withdrawApplication;
      return result.__typename === 'MutationWithdrawApplicationSuccess'
        ? { outcome: 'moved', detail: result.data }
        : { outcome: 'refused', detail: result };
    },
  },
  {
    name: 'moveApplicationsToScreening',
    to: 'SCREENING',
    actor: 'COORDINATOR',
    run: (application) => bulkMove('moveApplicationsToScreening', 'BulkApplicationsInput', {}, application.globalId),
  },
  {
    name: 'inviteApplicationsToInterview',
    to: 'INTERVIEW_INVITED',
    actor: 'COORDINATOR',
    run: (application) => bulkMove('inviteApplicationsToInterview', 'BulkApplicationsInput', {}, application.globalId),
  },
  {
    name: 'rejectApplications',
    to: 'REJECTED',
    actor: 'COORDINATOR',
    run: (application) =>
      bulkMove(
        'rejectApplications',
        'RejectApplicationsInput',
        { message: 'Bu dönem için başka adaylarla ilerliyoruz.', messageEn: 'We are going ahead with other candidates this round.' },
        application.globalId,
      ),
  },
];

const MAIL_SUBJECT: Partial<Record<ApplicationStatusName, Record<'tr' | 'en', string>>> = {
  SUBMITTED: { tr: 'Katılım: başvurunuz — Alındı', en: 'Katılım: your application — Received' },
  SCREENING: { tr: 'Katılım: başvurunuz — İnceleniyor', en: 'Katılım: your application — Under review' },
  INTERVIEW_INVITED: { tr: 'Katılım: başvurunuz — Görüşmeye davet edildiniz', en: 'Katılım: your application — Invited to an interview' },
  REJECTED: { tr: 'Katılım: başvurunuz — Olumsuz sonuçlandı', en: 'Katılım: your application — Not successful' },
  WITHDRAWN: { tr: 'Katılım: başvurunuz — Geri çekildi', en: 'Katılım: your application — Withdrawn' },
};

let caseNumber = 0;
/** An applicant (alternately Turkish- and English-speaking) with a logged-in client and an application in `from`. */
async function applicationIn(from: ApplicationStatusName) {
  caseNumber += 1;
  const locale = caseNumber % 2 === 0 ? ('en' as const) : ('tr' as const);
  const { person, client } = await clientFor(server.graphqlUrl);
  await prisma.user.update({ where: { id: person.id }, data: { locale } });
  const application = await createApplication(round, { status: from, applicant: person });
  return { application, client, locale, person };
}

describe.each(OPERATIONS)('$name (→ $to by $actor)', (operation) => {
  const cases = APPLICATION_STATUSES.map((from) => ({ from, verdict: canTransition(from, operation.to, operation.actor) ? 'legal' : 'illegal' }));

  it.each(cases)('from $from: $verdict', async ({ from, verdict }) => {
    const { application, client, locale, person } = await applicationIn(from);
    const before = await applicationWriteCounts();

    const { outcome, detail } = await operation.run(application, client);

    const stored = await prisma.volunteerApplication.findUniqueOrThrow({ where: { id: application.id } });
    if (verdict === 'illegal') {
      expect(outcome).toBe('refused');
      expect(detail).toMatchObject(
        operation.name === 'withdrawApplication'
          ? { __typename: 'IllegalTransitionError', code: 'ILLEGAL_TRANSITION', from, to: operation.to }
          : { applicationId: application.globalId, reason: 'ILLEGAL_TRANSITION', status: from },
      );
      expect(stored.status).toBe(from);
      expect(await applicationWriteCounts()).toEqual(before);
      return;
    }

    expect(outcome).toBe('moved');
    expect(detail).toMatchObject({ id: application.globalId, status: operation.to });
    expect(stored.status).toBe(operation.to);
    const events = await prisma.applicationEvent.findMany({ where: { applicationId: application.id }, orderBy: { createdAt: 'asc' } });
    expect(events.at(-1)).toMatchObject({ fromStatus: from, toStatus: operation.to });
    expect(await prisma.auditEntry.count({ where: { entityId: application.id, action: 'application.transition' } })).toBe(1);
    const mails = await prisma.outboxMessage.findMany({ where: { userId: person.id } });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ locale, subject: MAIL_SUBJECT[operation.to]![locale] });
    if (operation.to === 'REJECTED') {
      expect(mails[0]!.bodyText).toContain(locale === 'en' ? 'going ahead with other candidates' : 'başka adaylarla ilerliyoruz');
    }
    expect(await applicationWriteCounts()).toEqual({ ...before, events: before.events + 1, audit: before.audit + 1, outbox: before.outbox + 1 });
  });
});

describe('submitApplication (DRAFT → SUBMITTED by the applicant)', () => {
  const SUBMIT = `mutation($input: SubmitApplicationInput!) {
    submitApplication(input: $input) {
      __typename
      ... on MutationSubmitApplicationSuccess { data { id status events { from to } } }
      ... on Error { code }
    }
  }`;

  it.each(['tr', 'en'] as const)('moves a draft to SUBMITTED with an event, audit and a mail in %s', async (locale) => {
    const { person, client } = await clientFor(server.graphqlUrl);
    await prisma.user.update({ where: { id: person.id }, data: { locale } });
    const draft = await createApplication(round, { status: 'DRAFT', applicant: person });

    const data = await client.ok(SUBMIT, { input: submission(round) });

    expect(data.submitApplication).toEqual({
      __typename: 'MutationSubmitApplicationSuccess',
      data: { id: draft.globalId, status: 'SUBMITTED', events: [{ from: null, to: 'DRAFT' }, { from: 'DRAFT', to: 'SUBMITTED' }] },
    });
    expect(await prisma.auditEntry.count({ where: { entityId: draft.id, action: 'application.transition' } })).toBe(1);
    const mails = await prisma.outboxMessage.findMany({ where: { userId: person.id } });
    expect(mails.map((mail) => mail.subject)).toEqual([MAIL_SUBJECT.SUBMITTED![locale]]);
  });

  it.each(APPLICATION_STATUSES.filter((status) => status !== 'DRAFT'))(
    'refuses to submit again once %s, writing nothing',
    async (from) => {
      const { person, client } = await clientFor(server.graphqlUrl);
      const application = await createApplication(round, { status: from, applicant: person });
      const before = await applicationWriteCounts();

      const data = await client.ok(SUBMIT, { input: submission(round) });

      expect(data.submitApplication).toEqual({ __typename: 'ApplicationExistsError', code: 'APPLICATION_EXISTS' });
      expect((await prisma.volunteerApplication.findUniqueOrThrow({ where: { id: application.id } })).status).toBe(from);
      expect(await applicationWriteCounts()).toEqual(before);
    },
  );
});
