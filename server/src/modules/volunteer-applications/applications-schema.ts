// Applying: my applications, the draft, the submission, withdrawal.
import { builder } from '../../builder.ts';
import { actorOf } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { ConsentOutdatedError } from '../accounts/errors.ts';
import { nonEmpty } from '../common/schema.ts';
import { ApplicantTooYoungError, ApplicationExistsError, IllegalTransitionError, RoundClosedError } from './errors.ts';
import { AvailabilityEnum, LanguageLevelEnum } from './types-schema.ts';
import * as applications from './service.ts';
import { applicationDraftSchema, applicationIdSchema, submitApplicationSchema } from './validation.ts';

builder.queryField('myApplications', (t) =>
  t.prismaField({
    type: ['VolunteerApplication'],
    description: "The logged-in person's applications, newest first (drafts included).",
    authScopes: { loggedIn: true },
    resolve: (query, _root, _args, ctx) =>
      prisma.volunteerApplication.findMany({ ...nonEmpty(query), where: { applicantId: ctx.viewer!.id }, orderBy: { id: 'desc' } }),
  }),
);

const ApplicationLanguageInput = builder.inputType('ApplicationLanguageInput', {
  fields: (t) => ({
    language: t.string({ required: true, description: 'ISO 639 code, e.g. "en".' }),
    level: t.field({ type: LanguageLevelEnum, required: true }),
  }),
});

const SaveApplicationDraftInput = builder
  .inputType('SaveApplicationDraftInput', {
    description: 'Whatever is filled in so far; fields left out stay as they were, null clears them.',
    fields: (t) => ({
      roundId: t.id({ required: true }),
      areaIds: t.idList({ required: false, description: 'Ranked: the first is the 1st choice.' }),
      languages: t.field({ type: [ApplicationLanguageInput], required: false }),
      availability: t.field({ type: [AvailabilityEnum], required: false }),
      districtId: t.int({ required: false }),
      motivation: t.string({ required: false }),
      experience: t.string({ required: false }),
    }),
  })
  .validate(applicationDraftSchema);

const SubmitApplicationInput = builder
  .inputType('SubmitApplicationInput', {
    fields: (t) => ({
      roundId: t.id({ required: true }),
      areaIds: t.idList({ required: true, description: '1 to 3 areas of the round, 1st choice first.' }),
      languages: t.field({ type: [ApplicationLanguageInput], required: false, description: 'Required when translation is chosen.' }),
      availability: t.field({ type: [AvailabilityEnum], required: true }),
      districtId: t.int({ required: true }),
      motivation: t.string({ required: true, description: '30 to 2000 characters.' }),
      experience: t.string({ required: false }),
      acceptConsentVersion: t.string({ required: true, description: 'The version of the application KVKK text accepted.' }),
    }),
  })
  .validate(submitApplicationSchema);

const WithdrawApplicationInput = builder
  .inputType('WithdrawApplicationInput', {
    fields: (t) => ({ applicationId: t.id({ required: true }) }),
  })
  .validate(applicationIdSchema);

const reload = (query: object, id: string) => prisma.volunteerApplication.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });

builder.mutationFields((t) => ({
  saveApplicationDraft: t.prismaField({
    type: 'VolunteerApplication',
    description: 'Creates or updates the logged-in person\'s draft for a round, to finish later.',
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: SaveApplicationDraftInput, required: true }) },
    errors: { types: [RoundClosedError, ApplicationExistsError, ApplicantTooYoungError, NotFoundError] },
    resolve: async (query, _root, { input }, ctx) => reload(query, (await applications.saveDraft(ctx.viewer!.id, input, actorOf(ctx))).id),
  }),
  submitApplication: t.prismaField({
    type: 'VolunteerApplication',
    description: 'Sends the application (from the draft, if any) with its KVKK consent; the applicant is mailed.',
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: SubmitApplicationInput, required: true }) },
    errors: { types: [RoundClosedError, ApplicationExistsError, ApplicantTooYoungError, ConsentOutdatedError, NotFoundError] },
    resolve: async (query, _root, { input }, ctx) => reload(query, (await applications.submit(ctx.viewer!.id, input, actorOf(ctx))).id),
  }),
  withdrawApplication: t.prismaField({
    type: 'VolunteerApplication',
    description: 'The applicant withdraws their application; a booked future interview is given back.',
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: WithdrawApplicationInput, required: true }) },
    errors: { types: [IllegalTransitionError, NotFoundError] },
    resolve: async (query, _root, { input }, ctx) =>
      reload(query, (await applications.withdraw(ctx.viewer!.id, input.applicationId, actorOf(ctx))).id),
  }),
}));
