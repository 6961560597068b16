// The council's organisation (members part): terms with their age band, committees, and who runs
// them. Terms and committees are public; the facilitators and changes are council coordinators'.
import { builder } from '../../builder.ts';
import { actorOf, isStaff } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { errorType, nonEmpty } from '../common/schema.ts';
import { globalIdOf } from '../common/validation.ts';
import { CouncilCommitteeExistsError, CouncilNotFacilitatorError, CouncilTermExistsError } from './errors-members.ts';
import * as terms from './members-terms.ts';
import { councilReach } from './policy.ts';
import { committeeDescriptionText, committeeNameText, termAge, termNameText, termRuleSchema } from './validation-members.ts';

errorType(CouncilNotFacilitatorError, 'CouncilNotFacilitatorError', 'The person does not hold the FACILITATOR role.');
errorType(CouncilCommitteeExistsError, 'CouncilCommitteeExistsError', 'The term already has a committee of that name.');
errorType(CouncilTermExistsError, 'CouncilTermExistsError', 'A term of that name exists.');

// ── Fields ──

builder.prismaObject('CouncilFacilitator', {
  select: { committeeId: true, userId: true },
  description: 'A person who runs a committee.',
  fields: (t) => ({
    user: t.relation('user'),
    assignedAt: t.expose('assignedAt', { type: 'DateTime' }),
  }),
});

builder.prismaObjectFields('CouncilTerm', (t) => ({
  committees: t.relation('committees', {
    description: 'The term’s committees in the order they were made; archived ones only when asked.',
    args: { includeArchived: t.arg.boolean({ required: false, defaultValue: false }) },
    complexity: { field: 1, multiplier: 8 },
    query: (args) => ({ where: args.includeArchived ? {} : { archivedAt: null }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  }),
}));

builder.prismaObjectFields('CouncilCommittee', (t) => ({
  facilitators: t.relation('facilitators', {
    description: 'Who runs the committee (council coordinators and admins).',
    authScopes: { staff: true, admin: true },
    query: { orderBy: { assignedAt: 'asc' } },
  }),
  memberCount: t.relationCount('members', {
    description: 'Members on the roll (active or suspended): a figure, no one named.',
    where: { status: { not: 'LEFT' }, erasedAt: null },
  }),
}));

// ── Queries ──

builder.queryFields((t) => ({
  councilTerms: t.prismaField({
    type: ['CouncilTerm'],
    description: 'The council’s terms, newest first. Public.',
    authScopes: { public: true },
    resolve: (query) => prisma.councilTerm.findMany({ ...query, orderBy: [{ startsOn: 'desc' }, { id: 'desc' }], take: 50 }),
  }),
  councilFacilitation: t.prismaField({
    type: ['CouncilCommittee'],
    description: 'The committees the caller runs (every open committee for council coordinators), newest term first.',
    authScopes: { staff: true, facilitator: true },
    resolve: async (query, _root, _args, ctx) => {
      const reach = await councilReach(ctx);
      return prisma.councilCommittee.findMany({
        ...query,
        where: { archivedAt: null, ...(isStaff(ctx.viewer) ? {} : { id: { in: [...reach.facilitates] } }) },
        orderBy: [{ term: { startsOn: 'desc' } }, { createdAt: 'asc' }, { id: 'asc' }],
        take: 100,
      });
    },
  }),
  councilFacilitatorCandidates: t.prismaField({
    type: ['User'],
    description: 'People holding the FACILITATOR role, to assign to committees (council coordinators).',
    authScopes: { staff: true },
    resolve: (query) =>
      prisma.user.findMany({ ...query, where: { erasedAt: null, roles: { some: { role: 'FACILITATOR' } } }, orderBy: [{ firstName: 'asc' }, { lastName: 'asc' }, { id: 'asc' }], take: 100 }),
  }),
}));

// ── Inputs ──

const CouncilTermInput = builder.inputType('CouncilTermInput', {
  validate: termRuleSchema,
  fields: (t) => ({
    id: t.id({ required: false, validate: globalIdOf('CouncilTerm').nullish(), description: 'Absent for a new term.' }),
    name: t.string({ required: true, validate: termNameText }),
    startsOn: t.field({ type: 'Date', required: true }),
    endsOn: t.field({ type: 'Date', required: true }),
    minAge: t.int({ required: true, validate: termAge }),
    maxAge: t.int({ required: true, validate: termAge }),
  }),
});

const committeeFields = {
  nameTr: committeeNameText,
  nameEn: committeeNameText,
  descriptionTr: committeeDescriptionText,
  descriptionEn: committeeDescriptionText,
};
const CreateCouncilCommitteeInput = builder.inputType('CreateCouncilCommitteeInput', {
  fields: (t) => ({
    termId: t.id({ required: true, validate: globalIdOf('CouncilTerm') }),
    nameTr: t.string({ required: true, validate: committeeFields.nameTr }),
    nameEn: t.string({ required: true, validate: committeeFields.nameEn }),
    descriptionTr: t.string({ required: false, validate: committeeFields.descriptionTr }),
    descriptionEn: t.string({ required: false, validate: committeeFields.descriptionEn }),
  }),
});
const UpdateCouncilCommitteeInput = builder.inputType('UpdateCouncilCommitteeInput', {
  fields: (t) => ({
    id: t.id({ required: true, validate: globalIdOf('CouncilCommittee') }),
    nameTr: t.string({ required: true, validate: committeeFields.nameTr }),
    nameEn: t.string({ required: true, validate: committeeFields.nameEn }),
    descriptionTr: t.string({ required: false, validate: committeeFields.descriptionTr }),
    descriptionEn: t.string({ required: false, validate: committeeFields.descriptionEn }),
    archived: t.boolean({ required: false, description: 'true archives it, false restores it; absent leaves it.' }),
  }),
});
const CouncilFacilitatorInput = builder.inputType('CouncilFacilitatorInput', {
  fields: (t) => ({
    committeeId: t.id({ required: true, validate: globalIdOf('CouncilCommittee') }),
    userId: t.id({ required: true, validate: globalIdOf('User') }),
  }),
});

// ── Mutations ──

const termFields = (input: { name: string; startsOn: string; endsOn: string; minAge: number; maxAge: number }) => ({
  name: input.name,
  startsOn: input.startsOn,
  endsOn: input.endsOn,
  minAge: input.minAge,
  maxAge: input.maxAge,
});
const committeeData = (input: { nameTr: string; nameEn: string; descriptionTr?: string | null; descriptionEn?: string | null }) => ({
  nameTr: input.nameTr,
  nameEn: input.nameEn,
  descriptionTr: input.descriptionTr ?? '',
  descriptionEn: input.descriptionEn ?? '',
});

builder.mutationFields((t) => ({
  saveCouncilTerm: t.prismaField({
    type: 'CouncilTerm',
    description: 'Creates a term (with the five standing committees) or, given its id, updates it.',
    authScopes: { staff: true },
    args: { input: t.arg({ type: CouncilTermInput, required: true }) },
    errors: { types: [NotFoundError, CouncilTermExistsError] },
    resolve: async (query, _root, { input }, ctx) => {
      const id = input.id ? (await terms.updateTerm(input.id, termFields(input), actorOf(ctx)), input.id) : (await terms.createTerm(termFields(input), actorOf(ctx))).id;
      return prisma.councilTerm.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });
    },
  }),
  createCouncilCommittee: t.prismaField({
    type: 'CouncilCommittee',
    authScopes: { staff: true },
    args: { input: t.arg({ type: CreateCouncilCommitteeInput, required: true }) },
    errors: { types: [NotFoundError, CouncilCommitteeExistsError] },
    resolve: async (query, _root, { input }, ctx) => {
      const { id } = await terms.createCommittee(input.termId, committeeData(input), actorOf(ctx));
      return prisma.councilCommittee.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });
    },
  }),
  updateCouncilCommittee: t.prismaField({
    type: 'CouncilCommittee',
    description: 'Renames a committee, and archives (archived: true) or restores it.',
    authScopes: { staff: true },
    args: { input: t.arg({ type: UpdateCouncilCommitteeInput, required: true }) },
    errors: { types: [NotFoundError] },
    resolve: async (query, _root, { input }, ctx) => {
      await terms.updateCommittee(input.id, committeeData(input), input.archived ?? null, actorOf(ctx));
      return prisma.councilCommittee.findUniqueOrThrow({ ...nonEmpty(query), where: { id: input.id } });
    },
  }),
  assignCouncilFacilitator: t.prismaField({
    type: 'CouncilCommittee',
    authScopes: { staff: true },
    args: { input: t.arg({ type: CouncilFacilitatorInput, required: true }) },
    errors: { types: [NotFoundError, CouncilNotFacilitatorError] },
    resolve: async (query, _root, { input }, ctx) => {
      await terms.assignFacilitator(input.committeeId, input.userId, actorOf(ctx));
      return prisma.councilCommittee.findUniqueOrThrow({ ...nonEmpty(query), where: { id: input.committeeId } });
    },
  }),
  removeCouncilFacilitator: t.prismaField({
    type: 'CouncilCommittee',
    authScopes: { staff: true },
    args: { input: t.arg({ type: CouncilFacilitatorInput, required: true }) },
    errors: { types: [NotFoundError] },
    resolve: async (query, _root, { input }, ctx) => {
      await terms.removeFacilitator(input.committeeId, input.userId, actorOf(ctx));
      return prisma.councilCommittee.findUniqueOrThrow({ ...nonEmpty(query), where: { id: input.committeeId } });
    },
  }),
}));
