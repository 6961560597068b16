// Trainings, attendance, qualifications and activation (issue 3).
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder, registerNodeType } from '../../builder.ts';
import { actorOf, type Context } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { AttendanceStatus, CompletionRule } from '../../generated/prisma/enums.ts';
import { UserType } from '../accounts/schema.ts';
import { IllegalTransitionError, QualificationsMissingError } from '../volunteer-applications/errors.ts';
import { ApplicationStatusEnum, RecruitmentRoundType, VolunteerApplicationType } from '../volunteer-applications/types-schema.ts';
import { ErrorInterface, errorType, nonEmpty } from '../common/schema.ts';
import { requiredText } from '../common/validation.ts';
import { activateVolunteer } from './activation.ts';
import { completionProgress, recordSessionAttendance } from './completion.ts';
import {
  CapacityBelowEnrolmentsError,
  CourseNotReadyError,
  EnrolmentNotInCourseError,
  InvalidMakeUpError,
  QualificationExistsError,
  TrainingFullError,
} from './errors.ts';
import * as trainings from './service.ts';
import { enrolments } from './policy.ts';
import { applications } from '../volunteer-applications/policy.ts';
import {
  capacitySchema,
  courseRuleSchema,
  idListSchema,
  minSessionsSchema,
  sessionTimesSchema,
  validityMonthsSchema,
} from './validation.ts';

export const CompletionRuleEnum = builder.enumType(CompletionRule, { name: 'CompletionRule' });
export const AttendanceStatusEnum = builder.enumType(AttendanceStatus, { name: 'AttendanceStatus' });
const EnrolmentSkipReasonEnum = builder.enumType('EnrolmentSkipReason', {
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

const byLocale = (ctx: Context, tr: string, en: string) => (ctx.locale === 'en' ? en : tr);

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
      resolve: (q, _args, ctx) => byLocale(ctx, q.nameTr, q.nameEn),
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
      resolve: (held, _args, ctx) => byLocale(ctx, held.qualification.nameTr, held.qualification.nameEn),
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
      resolve: (assignment, _args, ctx) => byLocale(ctx, assignment.area.nameTr, assignment.area.nameEn),
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
      description: 'Hours served on volunteer shifts. Always 0 for now: shifts come in a later release.',
      resolve: () => 0,
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
    title: t.string({ select: { titleTr: true, titleEn: true }, resolve: (c, _args, ctx) => byLocale(ctx, c.titleTr, c.titleEn) }),
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

// ── Queries ──

builder.queryFields((t) => ({
  qualifications: t.prismaField({
    type: ['Qualification'],
    description: 'Every qualification, by name.',
    authScopes: { staff: true },
    resolve: (query) => prisma.qualification.findMany({ ...nonEmpty(query), orderBy: [{ nameTr: 'asc' }, { id: 'asc' }] }),
  }),
  trainingCourses: t.prismaField({
    type: ['TrainingCourse'],
    description: "The round's courses with their sessions, enrolments and attendance, oldest first.",
    complexity: { field: 1, multiplier: 2 },
    authScopes: { staff: true },
    args: { roundId: t.arg.globalID({ required: true, for: RecruitmentRoundType }) },
    resolve: (query, _root, args) =>
      prisma.trainingCourse.findMany({ ...nonEmpty(query), where: { roundId: args.roundId.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  }),
}));

// ── Mutations ──

const CreateQualificationInput = builder.inputType('CreateQualificationInput', {
  fields: (t) => ({
    nameTr: t.string({ required: true, validate: requiredText(160) }),
    nameEn: t.string({ required: true, validate: requiredText(160) }),
    validityMonths: t.int({ required: true, validate: validityMonthsSchema }),
  }),
});

const SetRoundRequiredQualificationsInput = builder.inputType('SetRoundRequiredQualificationsInput', {
  fields: (t) => ({
    roundId: t.globalID({ required: true, for: RecruitmentRoundType }),
    qualificationIds: t.globalIDList({ required: true, for: QualificationType, validate: idListSchema(20, 0) }),
  }),
});

const CreateTrainingCourseInput = builder.inputType('CreateTrainingCourseInput', {
  validate: courseRuleSchema,
  fields: (t) => ({
    roundId: t.globalID({ required: true, for: RecruitmentRoundType }),
    titleTr: t.string({ required: true, validate: requiredText(160) }),
    titleEn: t.string({ required: true, validate: requiredText(160) }),
    completionRule: t.field({ type: CompletionRuleEnum, required: true }),
    minSessions: t.int({ required: false, description: 'Required for MIN_SESSIONS.', validate: minSessionsSchema.nullish() }),
    qualificationId: t.globalID({ required: true, for: QualificationType }),
  }),
});

const AddTrainingSessionInput = builder.inputType('AddTrainingSessionInput', {
  validate: sessionTimesSchema,
  fields: (t) => ({
    courseId: t.globalID({ required: true, for: TrainingCourseType }),
    title: t.string({ required: true, validate: requiredText(160) }),
    startsAt: t.field({ type: 'DateTime', required: true }),
    endsAt: t.field({ type: 'DateTime', required: true }),
    place: t.string({ required: true, validate: requiredText(200) }),
    trainer: t.string({ required: true, validate: requiredText(120) }),
    capacity: t.int({ required: true, validate: capacitySchema }),
    makeUpForId: t.globalID({
      required: false,
      for: TrainingSessionType,
      description: 'Makes this a make-up session: attending it counts for that regular session.',
    }),
  }),
});

const EnrolInTrainingInput = builder.inputType('EnrolInTrainingInput', {
  fields: (t) => ({
    courseId: t.globalID({ required: true, for: TrainingCourseType }),
    applicationIds: t.globalIDList({ required: true, for: VolunteerApplicationType, validate: idListSchema(200) }),
  }),
});

const AttendanceEntryInput = builder.inputType('AttendanceEntryInput', {
  fields: (t) => ({
    enrolmentId: t.globalID({ required: true, for: TrainingEnrolmentType }),
    status: t.field({ type: AttendanceStatusEnum, required: true }),
  }),
});

const RecordSessionAttendanceInput = builder.inputType('RecordSessionAttendanceInput', {
  fields: (t) => ({
    sessionId: t.globalID({ required: true, for: TrainingSessionType }),
    entries: t.field({ type: [AttendanceEntryInput], required: true, validate: idListSchema(500) }),
  }),
});

const ActivateVolunteerInput = builder.inputType('ActivateVolunteerInput', {
  fields: (t) => ({ applicationId: t.globalID({ required: true, for: VolunteerApplicationType }) }),
});

const SkippedApplication = builder.simpleObject('SkippedApplication', {
  fields: (t) => ({
    applicationId: t.id(),
    reason: t.field({ type: EnrolmentSkipReasonEnum }),
  }),
});

const EnrolmentResult = builder.simpleObject('EnrolmentResult', {
  fields: (t) => ({
    course: t.field({ type: TrainingCourseType, description: 'The course, to read its enrolments afresh.' }),
    enrolled: t.field({ type: [TrainingEnrolmentType] }),
    skipped: t.field({ type: [SkippedApplication] }),
  }),
});


builder.mutationFields((t) => ({
  createQualification: t.prismaField({
    type: 'Qualification',
    authScopes: { staff: true },
    args: { input: t.arg({ type: CreateQualificationInput, required: true }) },
    errors: { types: [QualificationExistsError] },
    resolve: async (query, _root, { input }, ctx) => {
      const created = await trainings.createQualification(input, actorOf(ctx));
      return prisma.qualification.findUniqueOrThrow({ ...nonEmpty(query), where: { id: created.id } });
    },
  }),
  setRoundRequiredQualifications: t.prismaField({
    type: 'RecruitmentRound',
    description: 'Replaces what a volunteer of the round must hold to be activated.',
    authScopes: { staff: true },
    args: { input: t.arg({ type: SetRoundRequiredQualificationsInput, required: true }) },
    errors: { types: [NotFoundError] },
    resolve: async (query, _root, { input }, ctx) => {
      await trainings.setRoundRequiredQualifications(input.roundId.id, input.qualificationIds.map((q) => q.id), actorOf(ctx));
      return prisma.recruitmentRound.findUniqueOrThrow({ ...nonEmpty(query), where: { id: input.roundId.id } });
    },
  }),
  createTrainingCourse: t.prismaField({
    type: 'TrainingCourse',
    authScopes: { staff: true },
    args: { input: t.arg({ type: CreateTrainingCourseInput, required: true }) },
    errors: { types: [NotFoundError] },
    resolve: async (query, _root, { input }, ctx) => {
      const course = await trainings.createTrainingCourse(
        { ...input, roundId: input.roundId.id, qualificationId: input.qualificationId.id },
        actorOf(ctx),
      );
      return prisma.trainingCourse.findUniqueOrThrow({ ...nonEmpty(query), where: { id: course.id } });
    },
  }),
  addTrainingSession: t.prismaField({
    type: 'TrainingSession',
    authScopes: { staff: true },
    args: { input: t.arg({ type: AddTrainingSessionInput, required: true }) },
    errors: { types: [NotFoundError, InvalidMakeUpError, CapacityBelowEnrolmentsError] },
    resolve: async (query, _root, { input }, ctx) => {
      const session = await trainings.addTrainingSession(
        { ...input, courseId: input.courseId.id, makeUpForId: input.makeUpForId?.id ?? null },
        actorOf(ctx),
      );
      return prisma.trainingSession.findUniqueOrThrow({ ...nonEmpty(query), where: { id: session.id } });
    },
  }),
  enrolInTraining: t.field({
    type: EnrolmentResult,
    description: 'Enrols accepted applicants (ACCEPTED → IN_TRAINING); others are skipped with a reason.',
    authScopes: (_root, { input }) => ({ staffOn: [applications(input.applicationIds)] }),
    args: { input: t.arg({ type: EnrolInTrainingInput, required: true }) },
    errors: { types: [NotFoundError, CourseNotReadyError, TrainingFullError] },
    resolve: async (_root, { input }, ctx) => {
      const outcome = await trainings.enrolInTraining(
        input.courseId.id,
        input.applicationIds.map((id) => id.id),
        actorOf(ctx),
      );
      return {
        course: await prisma.trainingCourse.findUniqueOrThrow({ where: { id: input.courseId.id }, select: { id: true } }),
        enrolled: await prisma.trainingEnrolment.findMany({
          where: { id: { in: outcome.enrolmentIds } },
          select: { id: true, application: { select: { applicantId: true } } },
          orderBy: { id: 'asc' },
        }),
        skipped: outcome.skipped.map((s) => ({ applicationId: encodeGlobalID('VolunteerApplication', s.applicationId), reason: s.reason })),
      };
    },
  }),
  recordSessionAttendance: t.prismaField({
    type: ['TrainingEnrolment'],
    description: 'Records attendance at a session and completes the course for those it brings over the line. Answers the enrolments.',
    complexity: { field: 1, multiplier: 5 },
    authScopes: (_root, { input }) => ({ staffOn: [enrolments(input.entries.map((entry) => entry.enrolmentId))] }),
    args: { input: t.arg({ type: RecordSessionAttendanceInput, required: true }) },
    errors: { types: [NotFoundError, EnrolmentNotInCourseError] },
    resolve: async (query, _root, { input }, ctx) => {
      const { enrolmentIds } = await recordSessionAttendance(
        input.sessionId.id,
        input.entries.map((entry) => ({ enrolmentId: entry.enrolmentId.id, status: entry.status })),
        actorOf(ctx),
      );
      return prisma.trainingEnrolment.findMany({ ...nonEmpty(query), where: { id: { in: enrolmentIds } }, orderBy: { id: 'asc' } });
    },
  }),
  activateVolunteer: t.prismaField({
    type: 'VolunteerApplication',
    description: 'Makes a person in training who holds the qualifications the round requires an active volunteer in their areas.',
    authScopes: (_root, { input }) => ({ staffOn: [applications(input.applicationId)] }),
    args: { input: t.arg({ type: ActivateVolunteerInput, required: true }) },
    errors: { types: [NotFoundError, IllegalTransitionError, QualificationsMissingError] },
    resolve: async (query, _root, { input }, ctx) => {
      await activateVolunteer(input.applicationId.id, actorOf(ctx));
      return prisma.volunteerApplication.findUniqueOrThrow({ ...nonEmpty(query), where: { id: input.applicationId.id } });
    },
  }),
}));
