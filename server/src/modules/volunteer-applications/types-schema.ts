// Volunteer recruitment's shared types: rounds, areas, applications and their errors.
import { ageInIstanbul } from '@katilim/schema/age';
import { canTransition, type ApplicationStatusName } from '@katilim/schema/application-status';
import { builder, registerNodeType } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { ApplicationStatus, Availability, LanguageLevel, RoundStatus } from '../../generated/prisma/enums.ts';
import { TRANSLATION_AREA_SLUG } from '../../seed/reference.ts';
import { ErrorInterface, errorType } from '../common/schema.ts';
import { applicationStatusText } from './mail-templates.ts';
import { readChecklist } from './board.ts';
import {
  ApplicantTooYoungError,
  ApplicationExistsError,
  IllegalTransitionError,
  QualificationsMissingError,
  RoundClosedError,
  RoundHasApplicationsError,
  SlugTakenError,
} from './errors.ts';
import { acceptsApplications } from './rounds.ts';
import { CHECKLIST_KEYS, type ChecklistKey } from './validation.ts';
import { localized } from '../../i18n/localized.ts';

export const ApplicationStatusEnum = builder.enumType(ApplicationStatus, { name: 'ApplicationStatus' });

// The database's statuses and the shared pipeline's (@katilim/schema) are one set: a compile error otherwise.
type SameSet<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
type _StatusesAgree = Holds<SameSet<ApplicationStatus, ApplicationStatusName>>;

export const IllegalTransitionErrorType = builder.objectType(IllegalTransitionError, {
  name: 'IllegalTransitionError',
  description: 'The application cannot make this move from its current status.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof IllegalTransitionError,
  fields: (t) => ({
    from: t.field({ type: ApplicationStatusEnum, resolve: (error) => error.from }),
    to: t.field({ type: ApplicationStatusEnum, resolve: (error) => error.to }),
  }),
});
errorType(RoundClosedError, 'RoundClosedError', 'The round is not accepting applications now.');
errorType(ApplicationExistsError, 'ApplicationExistsError', 'The person already has an application in this round.');
errorType(QualificationsMissingError, 'QualificationsMissingError', 'The applicant lacks a qualification the round requires.');

// ─── Rounds, areas, applications: the types (operations live in *-schema.ts beside this file) ───

export const RoundStatusEnum = builder.enumType(RoundStatus, { name: 'RoundStatus' });
export const AvailabilityEnum = builder.enumType(Availability, { name: 'Availability' });
export const LanguageLevelEnum = builder.enumType(LanguageLevel, { name: 'LanguageLevel' });

errorType(ApplicantTooYoungError, 'ApplicantTooYoungError', 'Volunteers must be 18 or older (from the birth date on the account).');
errorType(SlugTakenError, 'SlugTakenError', 'The short name is already used by another round or area.');
errorType(RoundHasApplicationsError, 'RoundHasApplicationsError', 'A round with applications cannot go back to draft.');

/**
 * Coordinators run recruitment, as they run interviews and trainings. Administrators manage
 * accounts; one who also coordinates grants themself the role (least privilege, audited).
 */


registerNodeType('VolunteerArea');
export const VolunteerAreaType = builder.prismaNode('VolunteerArea', {
  id: { field: 'id' },
  // node(id:) answers null for an unknown id, as the schema says, instead of failing.
  nullable: true,
  description: 'A field of volunteer work; its name comes in the caller\'s language.',
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.string({ select: { nameTr: true, nameEn: true }, resolve: (area, _args, ctx) => localized(ctx, area.nameTr, area.nameEn) }),
    nameTr: t.exposeString('nameTr'),
    nameEn: t.exposeString('nameEn'),
    active: t.exposeBoolean('active'),
    requiresLanguages: t.boolean({
      description: 'Choosing this area makes languages with their level required (translation).',
      select: { slug: true },
      resolve: (area) => area.slug === TRANSLATION_AREA_SLUG,
    }),
  }),
});

registerNodeType('RecruitmentRound');
export const RecruitmentRoundType = builder.prismaNode('RecruitmentRound', {
  id: { field: 'id' },
  select: { id: true, status: true },
  nullable: true,
  description: 'A call for volunteers. Rounds in DRAFT are visible to coordinators only.',
  authScopes: (round) => round.status !== 'DRAFT' || { staff: true },
  fields: (t) => ({
    slug: t.exposeString('slug'),
    title: t.string({ select: { titleTr: true, titleEn: true }, resolve: (r, _a, ctx) => localized(ctx, r.titleTr, r.titleEn) }),
    description: t.string({
      select: { descriptionTr: true, descriptionEn: true },
      resolve: (r, _a, ctx) => localized(ctx, r.descriptionTr, r.descriptionEn),
    }),
    trainingInfo: t.string({
      select: { trainingInfoTr: true, trainingInfoEn: true },
      resolve: (r, _a, ctx) => localized(ctx, r.trainingInfoTr, r.trainingInfoEn),
    }),
    status: t.expose('status', { type: RoundStatusEnum }),
    opensAt: t.expose('opensAt', { type: 'DateTime' }),
    closesAt: t.expose('closesAt', { type: 'DateTime' }),
    seatsSought: t.exposeInt('seatsSought'),
    bookingCutoffHours: t.exposeInt('bookingCutoffHours'),
    isOpenForApplications: t.boolean({
      description: 'OPEN and between its opening and closing dates, now.',
      select: { status: true, opensAt: true, closesAt: true },
      resolve: (round) => acceptsApplications(round),
    }),
    areas: t.field({
      type: [VolunteerAreaType],
      select: (_args, _ctx, nestedSelection) => ({
        areas: { select: { area: nestedSelection(true) }, orderBy: { area: { createdAt: 'asc' } } },
      }),
      resolve: (round) => round.areas.map(({ area }) => area),
    }),
    myApplication: t.field({
      type: VolunteerApplicationType,
      nullable: true,
      description: "The logged-in person's application to this round (their draft included), or null.",
      select: (_args, ctx, nestedSelection) => ({
        applications: nestedSelection({ where: { applicantId: ctx.viewer?.id ?? NO_ONE }, take: 1 }),
      }),
      resolve: (round) => round.applications[0] ?? null,
    }),
    // What coordinators edit: both languages, and how many applied.
    titleTr: t.exposeString('titleTr', { authScopes: { staff: true } }),
    titleEn: t.exposeString('titleEn', { authScopes: { staff: true } }),
    descriptionTr: t.exposeString('descriptionTr', { authScopes: { staff: true } }),
    descriptionEn: t.exposeString('descriptionEn', { authScopes: { staff: true } }),
    trainingInfoTr: t.exposeString('trainingInfoTr', { authScopes: { staff: true } }),
    trainingInfoEn: t.exposeString('trainingInfoEn', { authScopes: { staff: true } }),
    createdAt: t.expose('createdAt', { type: 'DateTime', authScopes: { staff: true } }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', authScopes: { staff: true } }),
    applicationCount: t.relationCount('applications', {
      description: 'Submitted applications (drafts not counted).',
      authScopes: { staff: true },
      where: { status: { not: 'DRAFT' } },
    }),
  }),
});

/** Matches no row: the id of nobody, for a logged-out caller's "my application". */
const NO_ONE = '00000000-0000-0000-0000-000000000000';

const ApplicationLanguageType = builder.simpleObject('ApplicationLanguage', {
  fields: (t) => ({
    language: t.string({ description: 'ISO 639 code, e.g. "en", "ar", "ku".' }),
    level: t.field({ type: LanguageLevelEnum }),
  }),
});

function readLanguages(value: unknown): { language: string; level: LanguageLevel }[] {
  return Array.isArray(value)
    ? value.filter((entry): entry is { language: string; level: LanguageLevel } => typeof entry?.language === 'string' && entry.level in LanguageLevel)
    : [];
}

const ScreeningChecklistType = builder.simpleObject('ScreeningChecklist', {
  description: 'The screening ticks of one application (coordinators only).',
  fields: (t) => Object.fromEntries(CHECKLIST_KEYS.map((key) => [key, t.boolean()])) as Record<ChecklistKey, ReturnType<typeof t.boolean>>,
});

/** Notes, checklist, age: coordinators only, and never on their own application. */
const staffNotApplicant = (application: { applicantId: string }, _args: unknown, ctx: Context) =>
  ctx.viewer?.id === application.applicantId ? false : { staff: true };

registerNodeType('VolunteerApplication');
export const VolunteerApplicationType = builder.prismaNode('VolunteerApplication', {
  id: { field: 'id' },
  select: { id: true, applicantId: true, status: true },
  nullable: true,
  description: 'One person\'s application to one round. The applicant sees it; coordinators see it once submitted.',
  authScopes: (application, ctx) => ctx.viewer?.id === application.applicantId || (application.status !== 'DRAFT' && { staff: true }),
  fields: (t) => ({
    round: t.relation('round'),
    applicant: t.relation('applicant'),
    status: t.expose('status', { type: ApplicationStatusEnum }),
    choices: t.relation('choices', {
      description: 'The areas chosen, 1st choice first.',
      query: { orderBy: { rank: 'asc' } },
      // At most three: counted as such, so the review board's columns fit the complexity limit.
      complexity: { field: 1, multiplier: 3 },
    }),
    languages: t.field({ type: [ApplicationLanguageType], select: { languages: true }, resolve: (a) => readLanguages(a.languages) }),
    availability: t.expose('availability', { type: [AvailabilityEnum] }),
    district: t.relation('district', { nullable: true }),
    motivation: t.exposeString('motivation'),
    experience: t.exposeString('experience'),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    statusChangedAt: t.expose('statusChangedAt', { type: 'DateTime' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    events: t.relation('events', {
      description: 'The timeline: every status change, oldest first.',
      query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    }),
    nextStep: t.string({
      description: 'What happens next, for the applicant, in their language.',
      select: { status: true },
      resolve: (a, _args, ctx) => applicationStatusText[ctx.locale][a.status]?.next ?? '',
    }),
    canWithdraw: t.boolean({
      select: { status: true },
      resolve: (a) => canTransition(a.status, 'WITHDRAWN', 'APPLICANT'),
    }),
    age: t.int({
      description: 'Age today in İzmir, from the account\'s birth date.',
      authScopes: staffNotApplicant,
      select: { applicant: { select: { birthDate: true } } },
      resolve: (a) => ageInIstanbul(a.applicant.birthDate.toISOString().slice(0, 10))!,
    }),
    screeningNotes: t.relation('notes', {
      authScopes: staffNotApplicant,
      query: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] },
    }),
    screeningChecklist: t.field({
      type: ScreeningChecklistType,
      authScopes: staffNotApplicant,
      select: { screeningChecklist: true },
      resolve: (a) => readChecklist(a.screeningChecklist),
    }),
  }),
});

builder.prismaObject('ApplicationAreaChoice', {
  fields: (t) => ({
    rank: t.exposeInt('rank', { description: '1 for the first choice.' }),
    area: t.relation('area'),
  }),
});

const actorName = (person: { firstName: string; lastName: string; erasedAt: Date | null } | null) =>
  person && !person.erasedAt ? `${person.firstName} ${person.lastName}` : null;

builder.prismaObject('ApplicationEvent', {
  description: 'One status change on the timeline of an application.',
  fields: (t) => ({
    id: t.exposeID('id'),
    from: t.expose('fromStatus', { type: ApplicationStatusEnum, nullable: true, description: 'Null when the application was started.' }),
    to: t.expose('toStatus', { type: ApplicationStatusEnum }),
    at: t.expose('createdAt', { type: 'DateTime' }),
    actorName: t.string({
      nullable: true,
      description: 'Who made the change (coordinators only).',
      authScopes: { staff: true },
      select: { actor: { select: { firstName: true, lastName: true, erasedAt: true } } },
      resolve: (event) => actorName(event.actor),
    }),
    note: t.exposeString('note', { nullable: true, authScopes: { staff: true } }),
  }),
});

builder.prismaObject('ScreeningNote', {
  authScopes: { staff: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    body: t.exposeString('body'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    authorName: t.string({
      nullable: true,
      select: { author: { select: { firstName: true, lastName: true, erasedAt: true } } },
      resolve: (note) => actorName(note.author),
    }),
  }),
});
