// The monthly reports in GraphQL: the list with download paths (coordinators and admins), their
// subscription to the mail, and generating a missing month now (admins).
import { builder } from '../../builder.ts';
import { actorOf } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { errorType } from '../common/schema.ts';
import { MonitoringMonthNotOverError } from './report-errors.ts';
import { generateMonthlyReport, previousMonth, reportPaths } from './report.ts';
import { month } from './validation.ts';

errorType(MonitoringMonthNotOverError, 'MonitoringMonthNotOverError', 'The month is not over yet (İzmir time).');

builder.prismaObject('MonitoringReport', {
  description: 'The stored report of one month: figures from recorded events, the PDF and the CSV.',
  fields: (t) => ({
    month: t.exposeString('month', { description: 'YYYY-MM.' }),
    generatedAt: t.expose('generatedAt', { type: 'DateTime' }),
    figuresHash: t.exposeString('figuresHash', { description: "SHA-256 of the figures' JSON: a re-generation of the month gives the same." }),
    pdfPath: t.string({ select: { month: true }, description: 'Turkish; add ?lang=en for English.', resolve: (report) => reportPaths.pdf(report.month) }),
    csvPath: t.string({ select: { month: true }, description: 'Turkish; add ?lang=en for English.', resolve: (report) => reportPaths.csv(report.month) }),
  }),
});

const MonitoringSubscriptionStateType = builder.simpleObject('MonitoringSubscriptionState', {
  description: "Whether the caller receives the monthly report by mail (in her account's language).",
  fields: (t) => ({ subscribed: t.boolean() }),
});

const GenerateMonitoringReportInput = builder.inputType('GenerateMonitoringReportInput', {
  fields: (t) => ({ month: t.string({ required: true, validate: month, description: 'YYYY-MM, a month that is over.' }) }),
});

const subscribed = async (userId: string) => (await prisma.monitoringSubscription.count({ where: { userId } })) > 0;

builder.queryFields((t) => ({
  monitoringReports: t.prismaField({
    type: ['MonitoringReport'],
    description: 'Every stored monthly report, newest first (one a month): coordinators and admins.',
    authScopes: { staff: true, admin: true },
    resolve: (query) => prisma.monitoringReport.findMany({ ...query, orderBy: { month: 'desc' } }),
  }),
  myMonitoringSubscription: t.field({
    type: MonitoringSubscriptionStateType,
    authScopes: { staff: true, admin: true },
    resolve: async (_root, _args, ctx) => ({ subscribed: await subscribed(ctx.viewer!.id) }),
  }),
}));

builder.mutationFields((t) => ({
  subscribeToMonitoringReports: t.field({
    type: MonitoringSubscriptionStateType,
    description: 'The monthly report by mail from next month on; subscribing twice changes nothing.',
    authScopes: { staff: true, admin: true },
    errors: { types: [] },
    resolve: async (_root, _args, ctx) => {
      await prisma.monitoringSubscription.createMany({ data: [{ userId: ctx.viewer!.id }], skipDuplicates: true });
      return { subscribed: true };
    },
  }),
  unsubscribeFromMonitoringReports: t.field({
    type: MonitoringSubscriptionStateType,
    authScopes: { staff: true, admin: true },
    errors: { types: [] },
    resolve: async (_root, _args, ctx) => {
      await prisma.monitoringSubscription.deleteMany({ where: { userId: ctx.viewer!.id } });
      return { subscribed: false };
    },
  }),
  generateMonitoringReport: t.prismaField({
    type: 'MonitoringReport',
    description: 'Generates the report of a month that is over if it has none; an existing report is returned unchanged. Mails nobody: the monthly job mails the month just ended.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: GenerateMonitoringReportInput, required: true }) },
    errors: { types: [MonitoringMonthNotOverError] },
    resolve: async (query, _root, { input }, ctx) => {
      if (input.month > previousMonth(new Date())) throw new MonitoringMonthNotOverError();
      await generateMonthlyReport(input.month, actorOf(ctx));
      return prisma.monitoringReport.findUniqueOrThrow({ ...query, where: { month: input.month } });
    },
  }),
}));
