// Recruitment rounds and volunteer areas: the public call pages and what coordinators publish.
import { builder } from '../../builder.ts';
import { actorOf, isStaff } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { nonEmpty } from '../common/schema.ts';
import { RoundHasApplicationsError, SlugTakenError } from './errors.ts';
import * as rounds from './rounds.ts';
import { RecruitmentRoundType, RoundStatusEnum } from './types-schema.ts';
import { createAreaSchema, createRoundSchema, updateRoundSchema } from './validation.ts';

builder.queryFields((t) => ({
  recruitmentRounds: t.prismaConnection({
    type: 'RecruitmentRound',
    cursor: 'id',
    description: 'Recruitment rounds, newest opening first. Drafts are listed for coordinators only.',
    authScopes: { public: true },
    args: { status: t.arg({ type: RoundStatusEnum, required: false }) },
    resolve: (query, _root, args, ctx) =>
      prisma.recruitmentRound.findMany({
        ...query,
        where: isStaff(ctx.viewer)
          ? { ...(args.status ? { status: args.status } : {}) }
          : { status: args.status && args.status !== 'DRAFT' ? args.status : { not: 'DRAFT' } },
        orderBy: [{ opensAt: 'desc' }, { id: 'desc' }],
      }),
  }),
  recruitmentRound: t.prismaField({
    type: 'RecruitmentRound',
    nullable: true,
    description: 'One round by its short name (the call page); null when unknown or not published.',
    authScopes: { public: true },
    args: { slug: t.arg.string({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      prisma.recruitmentRound.findFirst({
        ...query,
        where: { slug: args.slug.trim().toLowerCase(), ...(isStaff(ctx.viewer) ? {} : { status: { not: 'DRAFT' } }) },
      }),
  }),
  volunteerAreas: t.prismaField({
    type: ['VolunteerArea'],
    description: 'The areas of volunteer work in use, oldest first.',
    authScopes: { public: true },
    resolve: (query) => prisma.volunteerArea.findMany({ ...nonEmpty(query), where: { active: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  }),
}));

type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** What a coordinator fills in for a round, on creation and on edit alike. */
const roundFields = (t: PothosSchemaTypes.InputFieldBuilder<BuilderTypes, 'InputObject'>) => ({
  slug: t.string({ required: false, description: 'Short name in the address; made from the Turkish title when absent.' }),
  titleTr: t.string({ required: true }),
  titleEn: t.string({ required: true }),
  descriptionTr: t.string({ required: true }),
  descriptionEn: t.string({ required: true }),
  trainingInfoTr: t.string({ required: true }),
  trainingInfoEn: t.string({ required: true }),
  opensAt: t.field({ type: 'DateTime', required: true }),
  closesAt: t.field({ type: 'DateTime', required: true }),
  seatsSought: t.int({ required: true }),
  bookingCutoffHours: t.int({ required: false, description: 'Interviews can be booked, moved or cancelled until this many hours before.' }),
  areaIds: t.idList({ required: true }),
});

const RecruitmentRoundInput = builder
  .inputType('RecruitmentRoundInput', { fields: (t) => roundFields(t) })
  .validate(createRoundSchema);

const UpdateRecruitmentRoundInput = builder
  .inputType('UpdateRecruitmentRoundInput', {
    fields: (t) => ({ roundId: t.id({ required: true }), ...roundFields(t) }),
  })
  .validate(updateRoundSchema);

const SetRecruitmentRoundStatusInput = builder.inputType('SetRecruitmentRoundStatusInput', {
  fields: (t) => ({
    roundId: t.globalID({ required: true, for: RecruitmentRoundType }),
    status: t.field({ type: RoundStatusEnum, required: true }),
  }),
});

const CreateVolunteerAreaInput = builder
  .inputType('CreateVolunteerAreaInput', {
    fields: (t) => ({
      slug: t.string({ required: false }),
      nameTr: t.string({ required: true }),
      nameEn: t.string({ required: true }),
    }),
  })
  .validate(createAreaSchema);

const reloadRound = (query: object, id: string) => prisma.recruitmentRound.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });

builder.mutationFields((t) => ({
  createRecruitmentRound: t.prismaField({
    type: 'RecruitmentRound',
    description: 'A new round, in DRAFT until its status is set.',
    authScopes: { staff: true },
    args: { input: t.arg({ type: RecruitmentRoundInput, required: true }) },
    errors: { types: [SlugTakenError, NotFoundError] },
    resolve: async (query, _root, { input }, ctx) => reloadRound(query, (await rounds.createRound(input, actorOf(ctx))).id),
  }),
  updateRecruitmentRound: t.prismaField({
    type: 'RecruitmentRound',
    authScopes: { staff: true },
    args: { input: t.arg({ type: UpdateRecruitmentRoundInput, required: true }) },
    errors: { types: [SlugTakenError, NotFoundError] },
    resolve: async (query, _root, { input }, ctx) => reloadRound(query, (await rounds.updateRound(input, actorOf(ctx))).id),
  }),
  setRecruitmentRoundStatus: t.prismaField({
    type: 'RecruitmentRound',
    description: 'Opens, advances or closes a round; back to DRAFT only while nobody applied.',
    authScopes: { staff: true },
    args: { input: t.arg({ type: SetRecruitmentRoundStatusInput, required: true }) },
    errors: { types: [NotFoundError, RoundHasApplicationsError] },
    resolve: async (query, _root, { input }, ctx) =>
      reloadRound(query, (await rounds.setRoundStatus(input.roundId.id, input.status, actorOf(ctx))).id),
  }),
  createVolunteerArea: t.prismaField({
    type: 'VolunteerArea',
    authScopes: { staff: true },
    args: { input: t.arg({ type: CreateVolunteerAreaInput, required: true }) },
    errors: { types: [SlugTakenError] },
    resolve: async (query, _root, { input }, ctx) => {
      const area = await rounds.createArea(input, actorOf(ctx));
      return prisma.volunteerArea.findUniqueOrThrow({ ...nonEmpty(query), where: { id: area.id } });
    },
  }),
}));
