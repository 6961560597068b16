// Trainings' types: qualifications, courses, sessions, enrolments, attendance and their errors, and the
// training fields of rounds, applications and users (issue 3).
import { builder, registerNodeType } from '../../builder.ts';
import { AttendanceStatus, CompletionRule } from '../../generated/prisma/enums.ts';
import { UserType } from '../accounts/schema.ts';
import { QualificationsMissingError } from '../volunteer-applications/errors.ts';
import { ApplicationStatusEnum } from '../volunteer-applications/types-schema.ts';
import { ErrorInterface, errorType } from '../common/schema.ts';
import { approvedMinutes } from '../shifts/hours.ts';
import { completionProgress } from './completion.ts';
import { CapacityBelowEnrolmentsError, CourseNotReadyError, EnrolmentNotInCourseError, InvalidMakeUpError, QualificationExistsError, TrainingFullError } from './errors.ts';
import { localized } from '../../i18n/localized.ts';

export const CompletionRuleEnum = builder.enumType(CompletionRule, { name: 'CompletionRule' });
export const AttendanceStatusEnum = builder.enumType(AttendanceStatus, { name: 'AttendanceStatus' });
export const EnrolmentSkipReasonEnum = builder.enumType('EnrolmentSkipReason', {
  description: 'Why an application was left out of an enrolment.',
  values: {
    NOT_FOUND: { description: 'No such application.' },
    OTHER_ROUND: { description: "The application belongs to another round than the course's." },
    NOT_ACCEPTED: { description: 'Only accepted applicants (or people already in training) can be enrolled.' },
    ALREADY_ENROLLED: { description: 'The person is already enrolled in this course.' },
  } as const,
});

errorType(QualificationExistsError, 'QualificationExistsError', 'A qualification with this name already exists.');
errorType(InvalidMakeUpError, 'InvalidMakeUpError', 'A make-up session must replace a regular session of the same course.');
errorType(EnrolmentNotInCourseError, 'EnrolmentNotInCourseError', "An attendance entry names someone not enrolled in the session's course.");
builder.objectType(TrainingFullError, {
  name: 'TrainingFullError',
  description: 'The sessions of the course have no room for everyone being enrolled; nobody was enrolled.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof TrainingFullError,
  fields: (t) => ({
    capacity: t.exposeInt('capacity', { description: 'Seats of the smallest regular session.' }),
    enrolled: t.exposeInt('enrolled'),
    requested: t.exposeInt('requested'),
  }),
});
builder.objectType(CapacityBelowEnrolmentsError, {
  name: 'CapacityBelowEnrolmentsError',
  description: 'A regular session cannot seat fewer people than the course has enrolled.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof CapacityBelowEnrolmentsError,
  fields: (t) => ({ capacity: t.exposeInt('capacity'), enrolled: t.exposeInt('enrolled') }),
});
builder.objectType(CourseNotReadyError, {
  name: 'CourseNotReadyError',
  description: 'The course has fewer regular sessions than its completion rule needs, so nobody could finish it.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof CourseNotReadyError,
  fields: (t) => ({ sessionsNeeded: t.exposeInt('sessionsNeeded'), sessions: t.exposeInt('sessions') }),
});


// ── Qualifications ──

registerNodeType('Qualification');
export const QualificationType = builder.prismaNode('Qualification', {
  id: { field: 'id' },
  select: { id: true },
  nullable: true,
  description: 'What completing a training proves, for a number of months.',
  authScopes: { loggedIn: true },
  fields: (t) => ({
    name: t.string({
      description: "In the caller's language.",
      select: { nameTr: true, nameEn: true },
      resolve: (q, _args, ctx) => localized(ctx, q.nameTr, q.nameEn),
    }),
    nameTr: t.exposeString('nameTr'),
    nameEn: t.exposeString('nameEn'),
    validityMonths: t.exposeInt('validityMonths'),
  }),
});

builder.objectField(QualificationsMissingError, 'missing', (t) =>
  t.field({
    type: [QualificationType],
    description: 'The qualifications the round requires that the person holds no valid grant of.',
    resolve: (error) => [...error.missing],
  }),
);

builder.prismaObject('UserQualification', {
  description: "A qualification a person earned; it is valid while it has not expired.",
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.string({
      select: { qualification: { select: { nameTr: true, nameEn: true } } },
      resolve: (held, _args, ctx) => localized(ctx, held.qualification.nameTr, held.qualification.nameEn),
    }),
    qualification: t.relation('qualification'),
    grantedAt: t.expose('grantedAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    valid: t.boolean({ select: { expiresAt: true }, resolve: (held) => held.expiresAt > new Date() }),
  }),
});

builder.prismaObject('VolunteerAreaAssignment', {
  description: 'An area an active volunteer works in.',
  fields: (t) => ({
    areaId: t.exposeID('areaId'),
    name: t.string({
      select: { area: { select: { nameTr: true, nameEn: true } } },
      resolve: (assignment, _args, ctx) => localized(ctx, assignment.area.nameTr, assignment.area.nameEn),
    }),
    since: t.expose('since', { type: 'DateTime' }),
  }),
});

const VolunteerProfile = builder.prismaObject('User', {
  variant: 'VolunteerProfile',
  description: 'What a person brings as a volunteer: qualifications, areas and hours served.',
  fields: (t) => ({
    qualifications: t.relation('qualifications', { query: { orderBy: [{ expiresAt: 'desc' }, { id: 'asc' }] } }),
    areas: t.relation('volunteerAreas', { query: { orderBy: { since: 'asc' } } }),
    hoursServed: t.int({
      description: 'Whole hours served on volunteer shifts: approved minutes only, rounded down.',
      select: { id: true },
      resolve: async (user) => Math.floor((await approvedMinutes(user.id)) / 60),
    }),
    minutesServed: t.int({
      description: 'Minutes served on volunteer shifts, approved ones only.',
      select: { id: true },
      resolve: (user) => approvedMinutes(user.id),
    }),
  }),
});

builder.prismaObjectField('User', 'volunteerProfile', (t) =>
  t.variant(VolunteerProfile, {
    description: 'Visible to the person, coordinators and administrators.',
    authScopes: (user, _args, ctx) =>
      ctx.viewer?.id === user.id || ctx.ownedUserIds.has(user.id) || { staff: true, admin: true },
  }),
);

// ── Courses, sessions, enrolments ──

registerNodeType('TrainingCourse');
export const TrainingCourseType = builder.prismaNode('TrainingCourse', {
  id: { field: 'id' },
  select: { id: true },
  nullable: true,
  description: 'A training of several sessions; completing it grants a qualification.',
  authScopes: { loggedIn: true },
  fields: (t) => ({
    title: t.string({ select: { titleTr: true, titleEn: true }, resolve: (c, _args, ctx) => localized(ctx, c.titleTr, c.titleEn) }),
    titleTr: t.exposeString('titleTr'),
    titleEn: t.exposeString('titleEn'),
    completionRule: t.expose('completionRule', { type: CompletionRuleEnum }),
    minSessions: t.exposeInt('minSessions', { nullable: true, description: 'For MIN_SESSIONS: how many regular sessions complete the course.' }),
    qualification: t.relation('qualification'),
    sessions: t.relation('sessions', {
      description: 'Regular and make-up sessions, in time order.',
      complexity: { field: 1, multiplier: 3 },
      query: { orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] },
    }),
    enrolments: t.relation('enrolments', {
      description: 'Everyone enrolled, by name. Coordinators only.',
      complexity: { field: 1, multiplier: 5 },
      authScopes: { staff: true },
      query: { orderBy: [{ application: { applicant: { lastName: 'asc' } } }, { id: 'asc' }] },
    }),
  }),
});

registerNodeType('TrainingSession');
export const TrainingSessionType = builder.prismaNode('TrainingSession', {
  id: { field: 'id' },
  select: { id: true },
  nullable: true,
  authScopes: { loggedIn: true },
  fields: (t) => ({
    title: t.exposeString('title'),
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime' }),
    place: t.exposeString('place'),
    trainer: t.exposeString('trainer'),
    capacity: t.exposeInt('capacity'),
    isMakeUp: t.boolean({ select: { makeUpForId: true }, resolve: (s) => s.makeUpForId !== null }),
    makeUpFor: t.relation('makeUpFor', { nullable: true, description: 'The regular session this make-up stands in for.' }),
  }),
});

builder.prismaObject('SessionAttendance', {
  fields: (t) => ({
    sessionId: t.globalID({ resolve: (a) => ({ type: 'TrainingSession', id: a.sessionId }) }),
    status: t.expose('status', { type: AttendanceStatusEnum }),
    recordedAt: t.expose('recordedAt', { type: 'DateTime' }),
  }),
});

const CompletionProgressType = builder.simpleObject('CompletionProgress', {
  description: "How far a person is through a course: regular sessions attended (a make-up counts for the session it replaces).",
  fields: (t) => ({
    attended: t.int(),
    required: t.int(),
    complete: t.boolean(),
  }),
});

registerNodeType('TrainingEnrolment');
export const TrainingEnrolmentType = builder.prismaNode('TrainingEnrolment', {
  id: { field: 'id' },
  select: { id: true, application: { select: { applicantId: true } } },
  nullable: true,
  description: "One person's place in a course, with their attendance. Visible to the person and to coordinators.",
  authScopes: (enrolment, ctx) => ctx.viewer?.id === enrolment.application.applicantId || { staff: true },
  fields: (t) => ({
    enrolledAt: t.expose('enrolledAt', { type: 'DateTime' }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    course: t.relation('course'),
    attendance: t.relation('attendance', { complexity: { field: 1, multiplier: 2 } }),
    applicant: t.field({
      type: UserType,
      select: (_args, _ctx, nestedSelection) => ({ application: { select: { applicant: nestedSelection(true) } } }),
      resolve: (enrolment) => enrolment.application.applicant,
    }),
    application: t.relation('application'),
    applicationStatus: t.field({
      type: ApplicationStatusEnum,
      select: { application: { select: { status: true } } },
      resolve: (enrolment) => enrolment.application.status,
    }),
    progress: t.field({
      type: CompletionProgressType,
      select: {
        course: { select: { completionRule: true, minSessions: true, sessions: { select: { id: true, makeUpForId: true } } } },
        attendance: { where: { status: 'ATTENDED' }, select: { sessionId: true } },
      },
      resolve: (enrolment) =>
        completionProgress(enrolment.course, enrolment.course.sessions, new Set(enrolment.attendance.map((a) => a.sessionId))),
    }),
    missingQualifications: t.field({
      type: [QualificationType],
      complexity: { field: 1, multiplier: 1 },
      description: 'What the round requires that the person holds no valid grant of: empty when they can be activated.',
      select: () => ({
        application: {
          select: {
            round: { select: { requiredQualifications: { select: { qualification: true } } } },
            applicant: { select: { qualifications: { where: { expiresAt: { gt: new Date() } }, select: { qualificationId: true } } } },
          },
        },
      }),
      resolve: ({ application }) => {
        const held = new Set(application.applicant.qualifications.map((q) => q.qualificationId));
        return application.round.requiredQualifications
          .map((r) => r.qualification)
          .filter((q) => !held.has(q.id))
          .sort((a, b) => a.nameTr.localeCompare(b.nameTr, 'tr'));
      },
    }),
  }),
});

// ── On rounds and applications ──

builder.prismaObjectFields('RecruitmentRound', (t) => ({
  requiredQualifications: t.field({
    type: [QualificationType],
    description: 'What a volunteer of this round must hold (valid) to be activated.',
    select: (_args, _ctx, nestedSelection) => ({
      requiredQualifications: { select: { qualification: nestedSelection(true) }, orderBy: { qualification: { nameTr: 'asc' } } },
    }),
    resolve: (round) => round.requiredQualifications.map((r) => r.qualification),
  }),
}));

builder.prismaObjectField('RecruitmentRound', 'enrolmentCandidates', (t) =>
  t.relation('applications', {
    description: 'Applications that can be enrolled in a training: accepted, or already in training (at most 500), by name.',
    authScopes: { staff: true },
    query: {
      where: { status: { in: ['ACCEPTED', 'IN_TRAINING'] } },
      orderBy: [{ applicant: { lastName: 'asc' } }, { id: 'asc' }],
      take: 500,
    },
  }),
);

builder.prismaObjectField('VolunteerApplication', 'trainings', (t) =>
  t.relation('enrolments', {
    description: 'The courses this application is enrolled in, with their sessions and the attendance recorded.',
    complexity: { field: 1, multiplier: 2 },
    query: { orderBy: [{ enrolledAt: 'asc' }, { id: 'asc' }] },
  }),
);
