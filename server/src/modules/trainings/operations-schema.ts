// Trainings' queries and mutations: qualifications, courses, sessions, enrolment, attendance and activation.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../builder.ts';
import { actorOf } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { IllegalTransitionError, QualificationsMissingError } from '../volunteer-applications/errors.ts';
import { RecruitmentRoundType, VolunteerApplicationType } from '../volunteer-applications/types-schema.ts';
import { nonEmpty } from '../common/schema.ts';
import { requiredText } from '../common/validation.ts';
import { activateVolunteer } from './activation.ts';
import { recordSessionAttendance } from './completion.ts';
import { CapacityBelowEnrolmentsError, CourseNotReadyError, EnrolmentNotInCourseError, InvalidMakeUpError, QualificationExistsError, TrainingFullError } from './errors.ts';
import * as trainings from './service.ts';
import { enrolments } from './policy.ts';
import { applications } from '../volunteer-applications/policy.ts';
import { capacitySchema, courseRuleSchema, idListSchema, minSessionsSchema, sessionTimesSchema, validityMonthsSchema } from './validation.ts';
import { AttendanceStatusEnum, CompletionRuleEnum, EnrolmentSkipReasonEnum, QualificationType, TrainingCourseType, TrainingEnrolmentType, TrainingSessionType } from './types-schema.ts';

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
