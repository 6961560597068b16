// KVKK over the whole recruitment pipeline: a person registers, applies, is screened, interviewed,
// scored, trained and activated. Their export holds every row the data model ties to them; after
// erasure no text column of any table still holds their name, email or phone, while a second
// person's records are exactly as they were.
import { randomUUID } from 'node:crypto';
import { prisma } from '@katilim/server/db/prisma';
import { personalDataDeclarations } from '@katilim/server/generated/personal-data-map';
import { foldForSearch } from '@katilim/server/text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationConsentVersion, areaGlobalId, createApplication, createRound, globalId, idOf } from '../support/applications-scenarios.ts';
import { GraphQLClient } from '../support/graphql-client.ts';
import { addCriteria, createSlot } from '../support/interviews-scenarios.ts';
import { keyOf, modelNames, modelsReferringToPeople, rowsAbout } from '../support/personal-data-model.ts';
import { clientFor, createPerson, currentConsentVersion } from '../support/scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { createShift, signUp } from '../support/shifts-scenarios.ts';
import { createCourse, enrol, markAttendance, requireQualifications } from '../support/trainings-scenarios.ts';
import { createDeparture, createRegistration } from '../support/trips-scenarios.ts';
import { createChild, createCouncilMeeting, createCouncilTerm } from '../support/council-scenarios.ts';
import { createForumApplication, createForumQuestions, createForumRegistration, createForumSession, openToAll } from '../support/forums-scenarios.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const SUBJECT = {
  firstName: 'Nevriye',
  lastName: 'Karakoçlu',
  email: 'nevriye.karakoclu@example.org',
  phone: '0555 274 19 63',
  password: 'nevriye-uzun-parola',
};
const CONTROL = { firstName: 'Gülizar', lastName: 'Ertunç', email: 'gulizar.ertunc@example.org' };

/** Runs a mutation that must succeed and gives back its `data`. */
async function must(client: GraphQLClient, field: string, inputType: string, input: Record<string, unknown>, data = 'id') {
  const document = `mutation($input: ${inputType}!) { ${field}(input: $input) {
    __typename ... on Mutation${field[0]!.toUpperCase()}${field.slice(1)}Success { data { ${data} } }
    ... on InputValidationError { issues { path message } } ... on Error { code message } } }`;
  const result = (await client.ok(document, { input }))[field];
  expect(result.__typename, JSON.stringify(result)).toMatch(/Success$/);
  return result.data;
}

const EXPORT_MINE = `mutation { exportMyData { __typename ... on MutationExportMyDataSuccess { data { json } } } }`;
const EXPORT_USER = `mutation($id: ID!) { exportUserData(input: { userId: $id }) { __typename ... on MutationExportUserDataSuccess { data { json } } } }`;
const ERASE_MINE = `mutation($password: String!) { eraseMyAccount(input: { password: $password }) { __typename ... on Error { code } } }`;

type Exported = { records: Record<string, Record<string, unknown>[]> };

/** For each model, the keys of rows the data model ties to the person that the export left out. */
async function missingFromExport(exported: Exported, userId: string) {
  const missing: Record<string, string[]> = {};
  for (const model of modelsReferringToPeople().keys()) {
    const exportedKeys = new Set((exported.records[model] ?? []).map((row) => keyOf(model, row)));
    const left = (await rowsAbout(model, userId)).map((row) => keyOf(model, row)).filter((key) => !exportedKeys.has(key));
    if (left.length) missing[model] = left;
  }
  return missing;
}

/** Every text, varchar, json and array column of every table, searched for any of the needles. */
async function tracesOf(needles: string[]): Promise<string[]> {
  const patterns = needles.map((needle) => `%${needle.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
  const columns = await prisma.$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
      AND data_type IN ('text', 'character varying', 'json', 'jsonb', 'ARRAY')
    ORDER BY table_name, column_name`;
  expect(columns.length).toBeGreaterThan(40);
  const hits: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const [row] = await prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "${table}" WHERE "${column}"::text ILIKE ANY ($1::text[])`,
      patterns,
    );
    if (row!.n > 0) hits.push(`${table}.${column} (${row!.n})`);
  }
  return hits;
}

async function snapshotOf(userId: string) {
  const rows: Record<string, unknown[]> = {};
  for (const model of modelNames) rows[model] = await rowsAbout(model, userId);
  return rows;
}

describe('a person who went through the whole pipeline', () => {
  it('gets every record about them in the export, and after erasure nothing names them', async () => {
    const { person: coordinator, client: staff } = await clientFor(server.graphqlUrl, ['COORDINATOR'], { firstName: 'Derya', lastName: 'Koordinatör' });
    const round = await createRound({ areas: ['workshops', 'field-work'] });
    const criteria = await addCriteria(round);
    const slot = await createSlot(round, { inHours: 72, interviewers: [coordinator] });
    const course = await createCourse(round, { sessions: 1 });
    await requireQualifications(round, course.qualification);

    // Registered, verified, logged in (once with a wrong password first).
    const browser = new GraphQLClient(server.graphqlUrl);
    await must(browser, 'register', 'RegisterInput', {
      email: SUBJECT.email,
      password: SUBJECT.password,
      firstName: SUBJECT.firstName,
      lastName: SUBJECT.lastName,
      phone: SUBJECT.phone,
      birthDate: '1988-04-12',
      districtId: 21,
      gender: 'WOMAN',
      acceptConsentVersion: currentConsentVersion,
    });
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: SUBJECT.email } });
    await must(browser, 'verifyEmail', 'TokenInput', { token: /token=([\w-]+)/.exec(mail.bodyText)![1] }, 'emailVerified');
    const logIn = `mutation($input: LogInInput!) { logIn(input: $input) { __typename } }`;
    expect((await browser.ok(logIn, { input: { email: SUBJECT.email, password: 'not-the-password' } })).logIn.__typename).toBe('InvalidCredentialsError');
    expect((await browser.ok(logIn, { input: { email: SUBJECT.email, password: SUBJECT.password } })).logIn.__typename).toBe('MutationLogInSuccess');
    const subject = await prisma.user.findUniqueOrThrow({ where: { email: SUBJECT.email } });

    // Applied in their own words, screened with a note, invited, booked.
    const application = await must(browser, 'submitApplication', 'SubmitApplicationInput', {
      roundId: round.globalId,
      areaIds: [areaGlobalId(round.area('workshops')), areaGlobalId(round.area('field-work'))],
      languages: [],
      availability: ['WEEKENDS'],
      districtId: 21,
      motivation: 'Ben Nevriye Karakoçlu; Karşıyaka’da kadın dayanışma atölyelerinde yer almak istiyorum.',
      experience: 'Karakoçlu Derneği’nde iki yıl gönüllülük.',
      acceptConsentVersion: applicationConsentVersion,
    });
    await must(staff, 'moveApplicationsToScreening', 'BulkApplicationsInput', { applicationIds: [application.id] }, '__typename');
    await must(staff, 'addScreeningNote', 'AddScreeningNoteInput', { applicationId: application.id, body: `Nevriye Hanım ile ${SUBJECT.phone} numarasından görüşüldü.` });
    await must(staff, 'inviteApplicationsToInterview', 'BulkApplicationsInput', { applicationIds: [application.id] }, '__typename');
    const booking = await must(browser, 'bookInterviewSlot', 'BookInterviewSlotInput', { applicationId: application.id, slotId: slot.globalId });
    // A staff remark on the timeline, as a coordinator's phone call would leave it.
    await prisma.applicationEvent.updateMany({ where: { applicationId: idOf(application.id), toStatus: 'SCREENING' }, data: { note: 'Nevriye Karakoçlu aradı, belgeleri getirecek.' } });

    // Interviewed, scored, accepted with a note; trained, qualified, activated.
    await must(staff, 'recordInterviewOutcome', 'RecordInterviewOutcomeInput', {
      bookingId: booking.id,
      attended: true,
      outcome: 'ACCEPT',
      scores: criteria.map((criterion) => ({ criterionId: criterion.id, score: 3 })),
      note: `Nevriye Karakoçlu çok istekli; ${SUBJECT.email} adresinden belgeleri gönderecek.`,
    });
    await must(staff, 'enrolInTraining', 'EnrolInTrainingInput', { courseId: course.globalId, applicationIds: [application.id] }, 'enrolled { id }');
    const enrolment = await prisma.trainingEnrolment.findFirstOrThrow({ where: { applicationId: idOf(application.id) } });
    await must(staff, 'recordSessionAttendance', 'RecordSessionAttendanceInput', {
      sessionId: course.sessions[0]!.globalId,
      entries: [{ enrolmentId: globalId('TrainingEnrolment', enrolment.id), status: 'ATTENDED' }],
    });
    await must(staff, 'activateVolunteer', 'ActivateVolunteerInput', { applicationId: application.id }, 'status');
    // Shifts as an active volunteer: a shift served (hours, certificate), a swap offered, an
    // invitation, a no-show standing and a calendar feed. (Rows made directly: the shift rules have their own tests.)
    const shift = await createShift({ startsInHours: -72 });
    const served = await signUp(shift, subject.id);
    await prisma.shiftSignup.update({ where: { id: served.id }, data: { attendance: 'PRESENT', minutes: 180, overrideReason: 'Nevriye Karakoçlu için istisna' } });
    const later = await createShift();
    const colleague = await createPerson({ firstName: 'Sevim' });
    const offered = await signUp(later, subject.id);
    await prisma.shiftSwap.create({ data: { signupId: offered.id, fromUserId: subject.id, toUserId: colleague.id } });
    await prisma.shiftInvitation.create({ data: { shiftId: later.id, userId: subject.id, invitedById: coordinator.id } });
    await prisma.shiftStanding.create({ data: { userId: subject.id, noShows: 1 } });
    await prisma.participationCertificate.create({
      data: { userId: subject.id, code: 'NEVRIYE-0001', byArea: [], totalMinutes: 180, periodFrom: new Date('2026-01-01'), periodTo: new Date('2026-12-31') },
    });
    await prisma.calendarFeed.create({ data: { userId: subject.id, tokenHash: 'journey-feed-hash' } });
    // An older audit entry that carried contact details in its data.
    await prisma.auditEntry.create({
      data: { action: 'support.contact', entityType: 'User', entityId: subject.id, data: { name: `${SUBJECT.firstName} ${SUBJECT.lastName}`, email: SUBJECT.email, phone: subject.phone } },
    });

    // A second person with records of every kind, who must come out of all this untouched.
    const control = await createPerson(CONTROL);
    const controlApplication = await createApplication(round, { applicant: control, status: 'IN_TRAINING', motivation: 'Gülizar Ertunç olarak saha çalışmasına katılmak istiyorum.' });
    await prisma.screeningNote.create({ data: { applicationId: controlApplication.id, body: 'Gülizar Hanım deneyimli.', authorId: coordinator.id } });
    const controlBooking = await prisma.interviewBooking.create({
      data: { slotId: (await createSlot(round, { inHours: -48 })).id, applicationId: controlApplication.id, attended: true, outcome: 'ACCEPT', outcomeNote: 'Gülizar Ertunç uygun.' },
    });
    await prisma.interviewScore.create({ data: { bookingId: controlBooking.id, criterionId: criteria[0]!.id, score: 4 } });
    await markAttendance(course.sessions[0]!.id, (await enrol(course, controlApplication)).id, 'ATTENDED');
    await prisma.outboxMessage.create({ data: { template: 'verifyEmail', locale: 'tr', toAddress: control.email, userId: control.id, subject: 'Merhaba', bodyText: 'Merhaba Gülizar' } });
    await signUp(later, control.id, 'WAITLISTED');
    // A gulf tour with her daughter (the registration names both), boarded at the pier; the control person on the same boat.
    const departure = await createDeparture();
    const tripRegistration = await createRegistration(departure, subject.id, { companions: ['2018-04-02'] });
    await prisma.tripBoardingEvent.create({
      data: { clientEventId: randomUUID(), participantId: tripRegistration.participants[0]!.id, action: 'BOARD', at: new Date(), recordedById: coordinator.id },
    });
    await createRegistration(departure, control.id);
    // She is also the guardian (with an account) of a child on the Children's Council: consents on
    // paper, a meeting attended, the committee's vote on a proposal, an election as secretary. The
    // control person's child sits on the same committee.
    const { committees } = await createCouncilTerm({ committees: ['Kent Hakları'] });
    const committee = committees[0]!;
    const child = await createChild({ committee, firstName: 'Deniz', lastName: SUBJECT.lastName, guardianUserId: subject.id });
    const controlChild = await createChild({ committee, firstName: 'Ege', guardianUserId: control.id });
    const meeting = await createCouncilMeeting({ committee, startsInHours: -48 });
    await prisma.councilAttendance.createMany({
      data: [child, controlChild].map((member) => ({ meetingId: meeting.id, memberId: member.id, status: 'PRESENT' as const, recordedById: coordinator.id })),
    });
    const proposal = await prisma.councilProposal.create({
      data: { committeeId: committee.id, title: 'Parka gölgelik', problem: 'Güneş', suggestion: 'Ağaç dikilsin', status: 'ADOPTED', votedMeetingId: meeting.id, votedAt: meeting.startsAt, createdById: coordinator.id },
    });
    await prisma.councilProposalVote.createMany({
      data: [child, controlChild].map((member) => ({ proposalId: proposal.id, memberId: member.id, meetingId: meeting.id, choice: 'FOR' as const })),
    });
    await prisma.councilElection.create({
      data: { committeeId: committee.id, position: 'SECRETARY', electedId: child.id, meetingId: meeting.id, votesFor: 5, votesCast: 8, heldOn: meeting.startsAt, recordedById: coordinator.id },
    });

    // A youth forum: a seat at the open forum with her accessibility needs (given with consent), an
    // application to its focus group with her profile answers; the control person registers too.
    const forum = await createForumSession({ event: await openToAll() });
    const focusGroup = await createForumSession({ event: forum.event, kind: 'FOCUS_GROUP' });
    await createForumQuestions(forum.event);
    await prisma.forumRegistration.create({ data: { sessionId: forum.id, userId: subject.id, status: 'CONFIRMED', accessibilityNeeds: 'Rampa ve işaret dili', accessibilityConsentAt: new Date() } });
    await createForumApplication(focusGroup, subject.id, { district: 'north', age: '25-30' });
    await createForumRegistration(forum, control.id);
    // … and, having taken part, a comment on the session's summary (kept with her consent).
    await prisma.forumComment.create({ data: { sessionId: forum.id, userId: subject.id, body: 'Gece ulaşımı konuşulmalı, Rampa ve işaret dili iyiydi.', consentAt: new Date() } });

    // The pipeline left something in every model that refers to a person through relations.
    const emptyModels = [];
    for (const model of modelsReferringToPeople().keys()) if ((await rowsAbout(model, subject.id)).length === 0) emptyModels.push(model);
    // (The subject is no interviewer nor facilitator, nor staff subscribed to the monthly monitoring
    // report; the others hold people without a relation, or as the staff who made a trip, drew a
    // lottery, opened a term, drafted a proposal or recorded an answer.)
    expect(emptyModels.sort()).toEqual([
      'CouncilFacilitator',
      'CouncilMeeting',
      'CouncilProposal',
      'CouncilProposalResponse',
      'CouncilTerm',
      'ForumEvent',
      'ForumFacilitator',
      'ForumFinding',
      'ForumSelection',
      'InterviewSlotInterviewer',
      'LoginAttempt',
      'MonitoringSubscription',
      'RecruitmentRound',
      'ShiftOpportunity',
      'Trip',
      'TripDeparture',
    ]);

    // Export: every row tied to them, none of the control person's, staff notes included.
    const exported: Exported = JSON.parse((await browser.ok(EXPORT_MINE)).exportMyData.data.json);
    expect(await missingFromExport(exported, subject.id)).toEqual({});
    expect(Object.keys(exported.records).sort()).toEqual(personalDataDeclarations.flatMap((declaration) => declaration.models).sort());
    const controlKeys = new Set<string>();
    for (const model of modelNames) for (const row of await rowsAbout(model, control.id)) controlKeys.add(`${model}:${keyOf(model, row)}`);
    const leaked = Object.entries(exported.records).flatMap(([model, rows]) => rows.map((row) => `${model}:${keyOf(model, row)}`)).filter((key) => controlKeys.has(key));
    expect(leaked).toEqual([]);
    expect(exported.records.InterviewBooking).toEqual([expect.objectContaining({ outcome: 'ACCEPT', outcomeNote: expect.stringContaining('çok istekli') })]);
    expect(exported.records.InterviewScore).toHaveLength(criteria.length);
    expect(exported.records.ScreeningNote).toEqual([expect.objectContaining({ body: expect.stringContaining('Nevriye Hanım') })]);
    expect(exported.records.SessionAttendance).toEqual([expect.objectContaining({ status: 'ATTENDED' })]);
    expect(exported.records.LoginAttempt).toHaveLength(await prisma.loginAttempt.count({ where: { email: SUBJECT.email } }));
    expect(exported.records.LoginAttempt!.length).toBe(2);
    const aboutThem = await prisma.auditEntry.findMany({ where: { entityType: 'User', entityId: subject.id }, select: { id: true } });
    expect(exported.records.AuditEntry!.map((row) => row.id)).toEqual(expect.arrayContaining(aboutThem.map((row) => row.id)));
    // … and what staff did to their application, booking and enrolment, once each.
    const aboutTheirRecords = await prisma.auditEntry.findMany({ where: { entityId: { in: [idOf(application.id), idOf(booking.id), enrolment.id] } }, select: { id: true, action: true } });
    expect(aboutTheirRecords.map((row) => row.action)).toEqual(expect.arrayContaining(['application.transition', 'interview.outcome', 'training.complete']));
    const exportedAuditIds = exported.records.AuditEntry!.map((row) => row.id);
    expect(exportedAuditIds).toEqual(expect.arrayContaining(aboutTheirRecords.map((row) => row.id)));
    expect(new Set(exportedAuditIds).size).toBe(exportedAuditIds.length);

    // The interviewer's own export lists the interviews they sat on.
    const { client: admin } = await clientFor(server.graphqlUrl, ['ADMIN']);
    const staffExport: Exported = JSON.parse((await admin.ok(EXPORT_USER, { id: globalId('User', coordinator.id) })).exportUserData.data.json);
    expect(await missingFromExport(staffExport, coordinator.id)).toEqual({});
    expect(staffExport.records.InterviewSlotInterviewer!.length).toBeGreaterThan(0);
    expect(staffExport.records.ScreeningNote!.length).toBeGreaterThan(0);
    // What the coordinator did, not what they wrote about the applicants or the applicants' words.
    expect(JSON.stringify(staffExport)).not.toMatch(/Nevriye|Karakoçlu|Gülizar|5552741963|istekli|dayanışma atölyelerinde/i);

    // Erasure: nothing anywhere still names them; the control person's rows are as they were.
    const needles = [SUBJECT.firstName, SUBJECT.lastName, SUBJECT.email, SUBJECT.phone, subject.phone, subject.phone.slice(3), foldForSearch(SUBJECT.lastName)];
    expect((await tracesOf(needles)).length).toBeGreaterThan(5);
    const controlBefore = await snapshotOf(control.id);
    expect((await browser.ok(ERASE_MINE, { password: SUBJECT.password })).eraseMyAccount.__typename).toBe('MutationEraseMyAccountSuccess');

    expect(await tracesOf(needles)).toEqual([]);
    expect(await snapshotOf(control.id)).toEqual(controlBefore);
    expect(await tracesOf([CONTROL.firstName, CONTROL.lastName, CONTROL.email])).not.toEqual([]);
    // Rows kept for statistics stay, anonymous: the application, its outcome and scores, the training record.
    expect(await prisma.volunteerApplication.findUniqueOrThrow({ where: { id: idOf(application.id) } })).toMatchObject({ status: 'ACTIVE', motivation: '', experience: '' });
    expect(await prisma.interviewBooking.findUniqueOrThrow({ where: { id: idOf(booking.id) } })).toMatchObject({ outcome: 'ACCEPT', outcomeNote: null });
    expect(await prisma.interviewScore.count({ where: { bookingId: idOf(booking.id) } })).toBe(criteria.length);
    expect(await prisma.sessionAttendance.count({ where: { enrolmentId: enrolment.id } })).toBe(1);
  });
});

describe('a coordinator who worked on other people’s applications', () => {
  it('is erased without touching the records of the people they worked with', async () => {
    const { person: coordinator, client: staff } = await clientFor(server.graphqlUrl, ['COORDINATOR'], { firstName: 'Hülya', lastName: 'Tezcanlı', email: 'hulya.tezcanli@izmir.test' });
    const round = await createRound({ status: 'SCREENING' });
    const slot = await createSlot(round, { interviewers: [coordinator] });
    const application = await createApplication(round, { applicant: { firstName: 'Sevgül', lastName: 'Ardıç' } });
    await must(staff, 'moveApplicationsToScreening', 'BulkApplicationsInput', { applicationIds: [application.globalId] }, '__typename');
    await must(staff, 'addScreeningNote', 'AddScreeningNoteInput', { applicationId: application.globalId, body: 'Belgeleri tam, görüşmeye çağrılmalı.' });
    const applicantBefore = await snapshotOf(application.applicantId);

    const { client: admin } = await clientFor(server.graphqlUrl, ['ADMIN']);
    const erase = `mutation($id: ID!) { eraseUser(input: { userId: $id }) { __typename } }`;
    expect((await admin.ok(erase, { id: globalId('User', coordinator.id) })).eraseUser.__typename).toBe('MutationEraseUserSuccess');

    expect(await tracesOf(['Hülya', 'Tezcanlı', 'hulya.tezcanli', coordinator.phone])).toEqual([]);
    // The applicant's note, timeline and the slot's interviewer stay; the author is the placeholder.
    expect(await snapshotOf(application.applicantId)).toEqual(applicantBefore);
    expect(await prisma.screeningNote.findMany({ where: { applicationId: application.id }, select: { body: true, authorId: true } })).toEqual([
      { body: 'Belgeleri tam, görüşmeye çağrılmalı.', authorId: coordinator.id },
    ]);
    expect(await prisma.interviewSlotInterviewer.count({ where: { slotId: slot.id, userId: coordinator.id } })).toBe(1);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: coordinator.id } })).toMatchObject({ firstName: 'Silinmiş', lastName: 'Kişi', phone: '' });
  });
});
