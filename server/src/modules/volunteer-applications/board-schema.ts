// The coordinators' review board of a round: lists by status with filters and search, counts,
// bulk moves, screening notes and the checklist.
import { GraphQLError } from 'graphql';
import { builder } from '../../builder.ts';
import { actorOf, type Context } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { translate, type MessageKey } from '../../i18n/messages.ts';
import { keysetPage } from '../common/keyset.ts';
import { nonEmpty } from '../common/schema.ts';
import * as board from './board.ts';
import { applications } from './policy.ts';
import { ApplicationStatusEnum, RecruitmentRoundType, VolunteerAreaType } from './types-schema.ts';
import {
  boardSearchSchema,
  bulkMoveSchema,
  checklistSchema,
  languageFilterSchema,
  rejectApplicationsSchema,
  screeningNoteSchema,
} from './validation.ts';

const AgeBandEnum = builder.enumType('AgeBand', {
  description: "Age today in İzmir, from the applicant's birth date.",
  values: Object.keys(board.AGE_BANDS) as (keyof typeof board.AGE_BANDS)[],
});

const ApplicationStatusCountType = builder.simpleObject('ApplicationStatusCount', {
  fields: (t) => ({ status: t.field({ type: ApplicationStatusEnum }), count: t.int() }),
});

builder.queryFields((t) => ({
  roundApplications: t.prismaConnection({
    type: 'VolunteerApplication',
    cursor: 'id',
    description:
      'Submitted applications of a round, oldest first, filtered. Search folds Turkish case ("ışık" finds "IŞIK"). Drafts are never listed.',
    authScopes: { staff: true },
    args: {
      roundId: t.arg.globalID({ required: true, for: RecruitmentRoundType }),
      status: t.arg({ type: ApplicationStatusEnum, required: false }),
      areaId: t.arg.globalID({ required: false, for: VolunteerAreaType }),
      districtId: t.arg.int({ required: false }),
      ageBand: t.arg({ type: AgeBandEnum, required: false }),
      language: t.arg.string({ required: false, description: 'ISO 639 code: applicants who gave this language.' }),
      search: t.arg.string({ required: false, description: 'Words of the name, email or phone (at most 100 characters).' }),
    },
    resolve: (query, _root, args, ctx) =>
      prisma.volunteerApplication.findMany(keysetPage(nonEmpty(query), board.boardWhere(filterOf(args, ctx)), 'asc')),
    totalCount: (_root, args, ctx) => prisma.volunteerApplication.count({ where: board.boardWhere(filterOf(args, ctx)) }),
  }),
  roundApplicationCounts: t.field({
    type: [ApplicationStatusCountType],
    description: 'How many applications the round has in each status (every status listed, drafts included).',
    authScopes: { staff: true },
    args: { roundId: t.arg.globalID({ required: true, for: RecruitmentRoundType }) },
    resolve: (_root, args) => board.countsByStatus(args.roundId.id),
  }),
}));

type FilterArgs = {
  roundId: { id: string };
  status?: board.BoardFilter['status'];
  areaId?: { id: string } | null;
  districtId?: number | null;
  ageBand?: board.AgeBand | null;
  language?: string | null;
  search?: string | null;
};

/**
 * Query arguments are checked here rather than with `validate`: outside the errors plugin a
 * validation failure would reach the caller as an internal error instead of BAD_USER_INPUT.
 */
function filterOf(args: FilterArgs, ctx: Context): board.BoardFilter {
  for (const [name, schema] of [['search', boardSearchSchema], ['language', languageFilterSchema]] as const) {
    const checked = schema.safeParse(args[name] ?? '');
    if (!checked.success) {
      const message = checked.error.issues[0]!.message as MessageKey;
      throw new GraphQLError(`${name}: ${translate(ctx.locale, message, { maximum: name === 'search' ? 100 : 3 })}`, {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
  }
  return { ...args, roundId: args.roundId.id, areaId: args.areaId?.id ?? null };
}

const MoveSkipReasonEnum = builder.enumType('ApplicationMoveSkipReason', {
  values: {
    ILLEGAL_TRANSITION: { description: 'The application is in a status from which this move is not allowed.' },
    NOT_FOUND: { description: 'No such application.' },
  } as const,
});

const SkippedMoveType = builder.simpleObject('SkippedApplicationMove', {
  description: 'An application a bulk action left as it was, and why.',
  fields: (t) => ({
    applicationId: t.id(),
    reason: t.field({ type: MoveSkipReasonEnum }),
    status: t.field({ type: ApplicationStatusEnum, nullable: true, description: 'Its status, when it exists.' }),
  }),
});

const encodeApplicationId = (id: string) => Buffer.from(`VolunteerApplication:${id}`).toString('base64');

const ApplicationMoveResultType = builder.objectRef<board.BulkResult>('ApplicationMoveResult').implement({
  description: 'What a bulk action moved and what it skipped.',
  fields: (t) => ({
    moved: t.prismaField({
      type: ['VolunteerApplication'],
      resolve: (query, result) =>
        prisma.volunteerApplication.findMany({ ...nonEmpty(query), where: { id: { in: result.movedIds } }, orderBy: { id: 'asc' } }),
    }),
    skipped: t.field({
      type: [SkippedMoveType],
      resolve: (result) => result.skipped.map((skip) => ({ ...skip, applicationId: encodeApplicationId(skip.applicationId) })),
    }),
  }),
});

const BulkApplicationsInput = builder
  .inputType('BulkApplicationsInput', {
    fields: (t) => ({ applicationIds: t.idList({ required: true }) }),
  })
  .validate(bulkMoveSchema);

const RejectApplicationsInput = builder
  .inputType('RejectApplicationsInput', {
    fields: (t) => ({
      applicationIds: t.idList({ required: true }),
      message: t.string({ required: true, description: 'The message for the applicants (Turkish), from a template the coordinator edited.' }),
      messageEn: t.string({ required: false, description: 'The same for applicants who read English; the Turkish one when absent.' }),
    }),
  })
  .validate(rejectApplicationsSchema);

const AddScreeningNoteInput = builder
  .inputType('AddScreeningNoteInput', {
    fields: (t) => ({
      applicationId: t.id({ required: true }),
      body: t.string({ required: true }),
    }),
  })
  .validate(screeningNoteSchema);

const UpdateScreeningChecklistInput = builder
  .inputType('UpdateScreeningChecklistInput', {
    description: 'The ticks to set; those left out stay as they are.',
    fields: (t) => ({
      applicationId: t.id({ required: true }),
      ageVerified: t.boolean({ required: false }),
      consentOnFile: t.boolean({ required: false }),
      motivationAdequate: t.boolean({ required: false }),
      availabilityFits: t.boolean({ required: false }),
      referencesChecked: t.boolean({ required: false }),
    }),
  })
  .validate(checklistSchema);

const reload = (query: object, id: string) => prisma.volunteerApplication.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });

builder.mutationFields((t) => ({
  moveApplicationsToScreening: t.field({
    type: ApplicationMoveResultType,
    description: 'SUBMITTED → SCREENING for each application; the others are skipped with the reason.',
    authScopes: (_root, { input }) => ({ staffOn: [applications(input.applicationIds)] }),
    args: { input: t.arg({ type: BulkApplicationsInput, required: true }) },
    errors: { types: [] },
    resolve: (_root, { input }, ctx) => board.moveToScreening(input.applicationIds, actorOf(ctx)),
  }),
  inviteApplicationsToInterview: t.field({
    type: ApplicationMoveResultType,
    description: 'SCREENING → INTERVIEW_INVITED; each applicant is mailed to book a slot.',
    authScopes: (_root, { input }) => ({ staffOn: [applications(input.applicationIds)] }),
    args: { input: t.arg({ type: BulkApplicationsInput, required: true }) },
    errors: { types: [] },
    resolve: (_root, { input }, ctx) => board.inviteToInterview(input.applicationIds, actorOf(ctx)),
  }),
  rejectApplications: t.field({
    type: ApplicationMoveResultType,
    description: 'Rejects each application that may be rejected; the message goes into the applicant\'s mail.',
    authScopes: (_root, { input }) => ({ staffOn: [applications(input.applicationIds)] }),
    args: { input: t.arg({ type: RejectApplicationsInput, required: true }) },
    errors: { types: [] },
    resolve: (_root, { input }, ctx) =>
      board.reject(input.applicationIds, { tr: input.message, en: input.messageEn ?? null }, actorOf(ctx)),
  }),
  addScreeningNote: t.prismaField({
    type: 'VolunteerApplication',
    description: 'A note visible to coordinators only; answers the application with its notes.',
    authScopes: (_root, { input }) => ({ staffOn: [applications(input.applicationId)] }),
    args: { input: t.arg({ type: AddScreeningNoteInput, required: true }) },
    errors: { types: [NotFoundError] },
    resolve: async (query, _root, { input }, ctx) => {
      await board.addNote(input.applicationId, input.body, actorOf(ctx));
      return reload(query, input.applicationId);
    },
  }),
  updateScreeningChecklist: t.prismaField({
    type: 'VolunteerApplication',
    authScopes: (_root, { input }) => ({ staffOn: [applications(input.applicationId)] }),
    args: { input: t.arg({ type: UpdateScreeningChecklistInput, required: true }) },
    errors: { types: [NotFoundError] },
    resolve: async (query, _root, { input }, ctx) => {
      await board.updateChecklist(input, actorOf(ctx));
      return reload(query, input.applicationId);
    },
  }),
}));
