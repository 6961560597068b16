// Forums' base types: events (with eligibility and profile questions), sessions, registrations and
// applications. Drafts are for coordinators; a registration's accessibility needs and an
// application's answers only for the person, the session's facilitators (needs) and coordinators.
import { builder, registerNodeType } from '../../builder.ts';
import { isStaff } from '../../context.ts';
import {
  ForumApplicationStatus,
  ForumEventStatus,
  ForumFindingKind,
  ForumRegistrationStatus,
  ForumSessionKind,
} from '../../generated/prisma/enums.ts';
import { localized } from '../../i18n/localized.ts';
import { UserType } from '../accounts/schema.ts';
import { facilitatedSessions, participatedSessions, runnerOf } from './policy.ts';
import { isWindowOpen } from './registration.ts';

export const ForumEventStatusEnum = builder.enumType(ForumEventStatus, { name: 'ForumEventStatus', description: 'DRAFT: coordinators only. PUBLISHED: public, takes people. CLOSED: over.' });
export const ForumSessionKindEnum = builder.enumType(ForumSessionKind, { name: 'ForumSessionKind', description: 'OPEN: registration up to capacity. FOCUS_GROUP: applicants, then a fair selection.' });
export const ForumRegistrationStatusEnum = builder.enumType(ForumRegistrationStatus, { name: 'ForumRegistrationStatus' });
export const ForumApplicationStatusEnum = builder.enumType(ForumApplicationStatus, { name: 'ForumApplicationStatus' });
export const ForumFindingKindEnum = builder.enumType(ForumFindingKind, { name: 'ForumFindingKind' });
const GenderRef = builder.enumType('ForumGender', { values: ['WOMAN', 'MAN', 'NON_BINARY', 'UNDISCLOSED'] as const, description: 'The gender an event is open to, when it sets one.' });

registerNodeType('ForumEvent');
export const ForumEventType = builder.prismaNode('ForumEvent', {
  id: { field: 'id' },
  select: { id: true, status: true },
  nullable: true,
  description: 'A forum event of the FORUMS programme with its sessions and eligibility. Public once published.',
  authScopes: (event) => event.status !== 'DRAFT' || { staff: true },
  fields: (t) => ({
    title: t.string({ select: { titleTr: true, titleEn: true }, resolve: (o, _args, ctx) => localized(ctx, o.titleTr, o.titleEn) }),
    titleTr: t.exposeString('titleTr'),
    titleEn: t.exposeString('titleEn'),
    description: t.string({ select: { descriptionTr: true, descriptionEn: true }, resolve: (o, _args, ctx) => localized(ctx, o.descriptionTr, o.descriptionEn) }),
    descriptionTr: t.exposeString('descriptionTr'),
    descriptionEn: t.exposeString('descriptionEn'),
    gender: t.field({ type: GenderRef, nullable: true, select: { gender: true }, resolve: (o) => o.gender }),
    minAge: t.exposeInt('minAge'),
    maxAge: t.exposeInt('maxAge', { nullable: true }),
    residentOfIzmir: t.exposeBoolean('residentOfIzmir'),
    status: t.expose('status', { type: ForumEventStatusEnum }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    // An event has a handful of sessions and questions, not the default list's ten.
    sessions: t.relation('sessions', { complexity: { field: 1, multiplier: 5 }, query: { orderBy: [{ startsAt: 'asc' }, { id: 'asc' }], take: 50 } }),
    questions: t.relation('questions', { complexity: { field: 1, multiplier: 5 }, query: { orderBy: [{ position: 'asc' }, { id: 'asc' }] } }),
  }),
});

export const ForumProfileQuestionType = builder.prismaObject('ForumProfileQuestion', {
  description: 'A profile question applicants answer (district group, age band, …); quotas count its options.',
  fields: (t) => ({
    id: t.exposeID('id'),
    key: t.exposeString('key'),
    label: t.string({ select: { labelTr: true, labelEn: true }, resolve: (o, _args, ctx) => localized(ctx, o.labelTr, o.labelEn) }),
    labelTr: t.exposeString('labelTr'),
    labelEn: t.exposeString('labelEn'),
    position: t.exposeInt('position'),
    options: t.relation('options', { complexity: { field: 1, multiplier: 5 }, query: { orderBy: [{ position: 'asc' }, { id: 'asc' }] } }),
  }),
});

export const ForumProfileOptionType = builder.prismaObject('ForumProfileOption', {
  fields: (t) => ({
    id: t.exposeID('id'),
    value: t.exposeString('value'),
    label: t.string({ select: { labelTr: true, labelEn: true }, resolve: (o, _args, ctx) => localized(ctx, o.labelTr, o.labelEn) }),
    labelTr: t.exposeString('labelTr'),
    labelEn: t.exposeString('labelEn'),
  }),
});

const NOBODY = '00000000-0000-0000-0000-000000000000';
export const viewerId = (ctx: { viewer: { id: string } | null }) => ctx.viewer?.id ?? NOBODY;

registerNodeType('ForumSession');
export const ForumSessionType = builder.prismaNode('ForumSession', {
  id: { field: 'id' },
  select: { id: true, event: { select: { status: true } } },
  nullable: true,
  description: 'A session of an event: an open forum or a focus group, with place, agenda and registration window.',
  authScopes: (session) => session.event.status !== 'DRAFT' || { staff: true },
  fields: (t) => ({
    event: t.relation('event'),
    kind: t.expose('kind', { type: ForumSessionKindEnum }),
    title: t.exposeString('title'),
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime' }),
    placeName: t.exposeString('placeName'),
    address: t.exposeString('address'),
    capacity: t.exposeInt('capacity', { nullable: true, description: 'OPEN: seats.' }),
    panelSize: t.exposeInt('panelSize', { nullable: true, description: 'FOCUS_GROUP: places the selection draws.' }),
    agenda: t.exposeString('agenda'),
    opensAt: t.expose('opensAt', { type: 'DateTime' }),
    closesAt: t.expose('closesAt', { type: 'DateTime' }),
    registrationOpen: t.boolean({
      description: 'Whether the window is open now (and, for a focus group, the selection not committed).',
      select: { opensAt: true, closesAt: true, selection: { select: { id: true } } },
      resolve: (s) => isWindowOpen(s) && !s.selection,
    }),
    confirmedCount: t.relationCount('registrations', { where: { status: 'CONFIRMED' }, description: 'OPEN: seats taken.' }),
    waitlistCount: t.relationCount('registrations', { where: { status: 'WAITLISTED' } }),
    applicationCount: t.relationCount('applications', { where: { status: { not: 'WITHDRAWN' } }, description: 'FOCUS_GROUP: applications (not withdrawn).' }),
    findings: t.relation('findings', {
      description: "Notes and recommendations: the session's facilitators and coordinators, and those who took part (its summary).",
      authScopes: async (session, _args, ctx) => (await runnerOf(session.id, ctx)) || (await participatedSessions(ctx)).has(session.id),
      complexity: { field: 1, multiplier: 10 },
      query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: 200 },
    }),
    facilitatorNames: t.stringList({
      description: 'Who facilitates the session (first names only, for participants to know whom to meet).',
      select: { facilitators: { select: { user: { select: { firstName: true } } }, orderBy: { assignedAt: 'asc' } } },
      resolve: (session) => session.facilitators.map((f) => f.user.firstName),
    }),
    // The people themselves, so the coordinators' editor starts from the current list (it replaces it).
    facilitators: t.field({
      type: [UserType],
      description: 'Who facilitates the session, as people (coordinators).',
      authScopes: { staff: true },
      select: (_args, _ctx, nestedSelection) => ({ facilitators: { select: { user: nestedSelection(true) }, orderBy: { assignedAt: 'asc' } } }),
      resolve: (session) => session.facilitators.map((f) => f.user),
    }),
  }),
});

/** Registration and application rows: the person, coordinators, and the session's facilitators. */
const seesParticipant = async (row: { userId: string; sessionId: string }, ctx: Parameters<typeof facilitatedSessions>[0]) =>
  ctx.viewer?.id === row.userId || isStaff(ctx.viewer) || (await facilitatedSessions(ctx)).has(row.sessionId);

registerNodeType('ForumRegistration');
export const ForumRegistrationType = builder.prismaNode('ForumRegistration', {
  id: { field: 'id' },
  select: { id: true, userId: true, sessionId: true },
  nullable: true,
  description: "A place at an open forum. Visible to the person, the session's facilitators and coordinators.",
  authScopes: (row, ctx) => seesParticipant(row, ctx),
  fields: (t) => ({
    session: t.relation('session'),
    status: t.expose('status', { type: ForumRegistrationStatusEnum }),
    waitlistPosition: t.exposeInt('waitlistPosition', { nullable: true }),
    participantName: t.string({ select: { user: { select: { firstName: true, lastName: true } } }, resolve: (r) => `${r.user.firstName} ${r.user.lastName}` }),
    accessibilityNeeds: t.exposeString('accessibilityNeeds', { nullable: true, description: 'Given with consent; for the facilitators and coordinators (and the person).' }),
    accessibilityConsentAt: t.expose('accessibilityConsentAt', { type: 'DateTime', nullable: true }),
    attended: t.exposeBoolean('attended', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

registerNodeType('ForumApplication');
export const ForumApplicationType = builder.prismaNode('ForumApplication', {
  id: { field: 'id' },
  select: { id: true, userId: true, sessionId: true },
  nullable: true,
  description: "An application to a focus group. Visible to the applicant, coordinators, and the session's facilitators (not the answers).",
  authScopes: (row, ctx) => seesParticipant(row, ctx),
  fields: (t) => ({
    session: t.relation('session'),
    status: t.expose('status', { type: ForumApplicationStatusEnum }),
    waitlistRank: t.exposeInt('waitlistRank', { nullable: true, description: 'Place on the reserve list after the draw.' }),
    participantName: t.string({ select: { user: { select: { firstName: true, lastName: true } } }, resolve: (r) => `${r.user.firstName} ${r.user.lastName}` }),
    attended: t.exposeBoolean('attended', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    answers: t.relation('answers', {
      description: 'The profile answers: the applicant and coordinators only.',
      // Answers decide the selection: facilitators see who takes part, never how they answered.
      authScopes: (row, _args, ctx) => ctx.viewer?.id === row.userId || { staff: true },
      complexity: { field: 1, multiplier: 5 },
      query: { orderBy: [{ question: { position: 'asc' } }] },
    }),
  }),
});

export const ForumApplicationAnswerType = builder.prismaObject('ForumApplicationAnswer', {
  fields: (t) => ({
    questionKey: t.string({ select: { question: { select: { key: true } } }, resolve: (a) => a.question.key }),
    value: t.exposeString('optionValue'),
  }),
});

export const ForumFindingType = builder.prismaObject('ForumFinding', {
  description: 'A theme-tagged note or recommendation recorded at a session.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.expose('kind', { type: ForumFindingKindEnum }),
    theme: t.exposeString('theme'),
    body: t.exposeString('body'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

// The viewer's own rows, added once their types exist.
builder.prismaObjectFields('ForumSession', (t) => ({
    myRegistration: t.field({
      type: ForumRegistrationType,
      nullable: true,
      description: "The viewer's registration (any status); null for anonymous callers.",
      select: (_args, ctx, nestedSelection) => {
        const nested = nestedSelection(true);
        return { registrations: { ...(typeof nested === 'object' ? nested : {}), where: { userId: viewerId(ctx) }, take: 1 } };
      },
      resolve: (session) => session.registrations[0] ?? null,
    }),
    myApplication: t.field({
      type: ForumApplicationType,
      nullable: true,
      description: "The viewer's application (any status); null for anonymous callers.",
      select: (_args, ctx, nestedSelection) => {
        const nested = nestedSelection(true);
        return { applications: { ...(typeof nested === 'object' ? nested : {}), where: { userId: viewerId(ctx) }, take: 1 } };
      },
      resolve: (session) => session.applications[0] ?? null,
    }),
}));
