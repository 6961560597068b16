// Forums: what happens at a session. Its runners (coordinators, its facilitators) mark attendance and
// record findings; coordinators read the event's report (also as CSV: http.ts).
import { builder } from '../../builder.ts';
import { actorOf, isStaff } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { errorType, nonEmpty } from '../common/schema.ts';
import { requiredText } from '../common/validation.ts';
import { ForumNotParticipantError, ForumNotSessionFacilitatorError } from './errors.ts';
import { addFinding, eventReport, recordAttendance } from './findings.ts';
import { marksAttendance, runsSession } from './policy.ts';
import { ForumApplicationType, ForumEventType, ForumFindingKindEnum, ForumFindingType, ForumRegistrationType, ForumSessionType } from './types-schema.ts';

errorType(ForumNotSessionFacilitatorError, 'ForumNotSessionFacilitatorError', 'The caller does not facilitate this session.');
errorType(ForumNotParticipantError, 'ForumNotParticipantError', 'Attendance is for confirmed registrations and selected applicants.');

// ── The report ──

const ForumReportSessionType = builder.simpleObject('ForumReportSession', {
  fields: (t) => ({
    sessionId: t.id(),
    title: t.string(),
    kind: t.string(),
    startsAt: t.field({ type: 'DateTime' }),
    participants: t.int(),
    attended: t.int(),
    findings: t.int(),
    recommendations: t.int(),
  }),
});
const ForumReportCountType = builder.simpleObject('ForumReportCount', {
  description: 'Participants (confirmed or selected) and those marked present, for one district or age band.',
  fields: (t) => ({ name: t.string(), participants: t.int(), attended: t.int() }),
});
const ForumReportThemeType = builder.simpleObject('ForumReportTheme', { fields: (t) => ({ theme: t.string(), recommendations: t.stringList() }) });
const ForumEventReportType = builder.simpleObject('ForumEventReport', {
  fields: (t) => ({
    title: t.string(),
    sessions: t.field({ type: [ForumReportSessionType] }),
    districts: t.field({ type: [ForumReportCountType] }),
    ageBands: t.field({ type: [ForumReportCountType] }),
    themes: t.field({ type: [ForumReportThemeType], description: 'Recommendations by theme, the most frequent theme first.' }),
    csvPath: t.string({ description: 'Where to download the same figures as CSV.' }),
    pdfPath: t.string({ description: 'Where to download the report as PDF, with its charts.' }),
  }),
});

builder.queryFields((t) => ({
  forumEventReport: t.field({
    type: ForumEventReportType,
    description: "An event's participation by district and age band and its recommendations by theme (coordinators).",
    authScopes: { staff: true },
    args: { eventId: t.arg.globalID({ required: true, for: ForumEventType }) },
    errors: { types: [NotFoundError] },
    resolve: async (_root, args, ctx) => {
      const report = await eventReport(args.eventId.id, ctx.locale);
      return {
        title: report.title,
        sessions: report.sessions.map((s) => ({ ...s, sessionId: s.sessionId })),
        districts: report.districts,
        ageBands: report.ageBands.map((b) => ({ name: b.band, participants: b.participants, attended: b.attended })),
        themes: report.themes,
        csvPath: `/forums/events/${report.eventId}/report.csv`,
        pdfPath: `/forums/events/${report.eventId}/report.pdf`,
      };
    },
  }),
}));

// ── Inputs ──

const RecordForumAttendanceInput = builder.inputType('RecordForumAttendanceInput', {
  description: 'One participant: give registrationId (open forum) or applicationId (focus group).',
  fields: (t) => ({
    sessionId: t.globalID({ required: true, for: ForumSessionType }),
    registrationId: t.globalID({ required: false, for: ForumRegistrationType }),
    applicationId: t.globalID({ required: false, for: ForumApplicationType }),
    attended: t.boolean({ required: true }),
  }),
});
const AddForumFindingInput = builder.inputType('AddForumFindingInput', {
  fields: (t) => ({
    sessionId: t.globalID({ required: true, for: ForumSessionType }),
    kind: t.field({ type: ForumFindingKindEnum, required: true }),
    theme: t.string({ required: true, validate: requiredText(80) }),
    body: t.string({ required: true, validate: requiredText(4000) }),
  }),
});

// ── Mutations ──

builder.mutationFields((t) => ({
  recordForumAttendance: t.prismaField({
    type: ForumSessionType,
    description: 'Marks a participant present or absent: the session’s facilitators and coordinators, never on their own record.',
    authScopes: marksAttendance,
    args: { input: t.arg({ type: RecordForumAttendanceInput, required: true }) },
    errors: { types: [NotFoundError, ForumNotSessionFacilitatorError, ForumNotParticipantError] },
    resolve: async (query, _root, { input }, ctx) => {
      await recordAttendance(
        { sessionId: input.sessionId.id, registrationId: input.registrationId?.id ?? null, applicationId: input.applicationId?.id ?? null, attended: input.attended },
        actorOf(ctx),
        { staff: isStaff(ctx.viewer) },
      );
      return prisma.forumSession.findUniqueOrThrow({ ...nonEmpty(query), where: { id: input.sessionId.id } });
    },
  }),
  addForumFinding: t.prismaField({
    type: ForumFindingType,
    description: 'Records a theme-tagged note or recommendation for the session.',
    authScopes: runsSession('sessionId'),
    args: { input: t.arg({ type: AddForumFindingInput, required: true }) },
    errors: { types: [NotFoundError, ForumNotSessionFacilitatorError] },
    resolve: async (query, _root, { input }, ctx) => {
      const { id } = await addFinding({ sessionId: input.sessionId.id, kind: input.kind, theme: input.theme, body: input.body }, actorOf(ctx), { staff: isStaff(ctx.viewer) });
      return prisma.forumFinding.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });
    },
  }),
}));
