// The council's meetings part: committee meetings (one-off or a series), their agenda, attendance
// taken on a phone, minutes and decisions, and the general assembly where the committees report.
// Runners are a committee's facilitators and the council's coordinators (policy.ts); attendance is
// read by the committee's readers, and by a guardian for their own child only.
import { builder } from '../../builder.ts';
import { actorOf, isStaff } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { isAboutPerson } from '../common/separation-of-duties.ts';
import { noRows, nonEmpty } from '../common/schema.ts';
import {
  CouncilAttendanceNotMarkableError,
  CouncilMeetingCancelledError,
  CouncilMeetingInPastError,
  CouncilMeetingStartedError,
  CouncilNoReportItemError,
  CouncilNotACommitteeMeetingError,
  CouncilTermWithoutCommitteesError,
} from './errors-meetings.ts';
import { rowIdOf, runsCommitteeId, runsMeetingId } from './meetings-access.ts';
import { cancelMeeting, scheduleMeeting, updateMeeting } from './meetings.ts';
import { recordAttendance, recordCommitteeReport, recordMinutes, scheduleGeneralAssembly, setAgenda } from './meetings-records.ts';
import { councilMembers, councilReach, readsChildrenOf, runsCommittee, seesMeeting } from './policy.ts';
import { CouncilAttendanceStatusEnum } from './types-schema.ts';
import { CouncilCommitteeArchivedError } from './errors-members.ts';
import {
  addressSchema,
  agendaListSchema,
  attendanceListSchema,
  committeeIdSchema,
  committeeOrTermSchema,
  daySchema,
  decisionListSchema,
  decisionSchema,
  meetingIdSchema,
  memberIdSchema,
  minutesSchema,
  notesSchema,
  occurrencesSchema,
  placeSchema,
  reportSchema,
  termIdSchema,
  timeSchema,
  timesRuleSchema,
  titleSchema,
} from './validation-meetings.ts';

// ── Fields ──

export const CouncilMeetingFrequencyEnum = builder.enumType('CouncilMeetingFrequency', {
  values: ['WEEKLY', 'BIWEEKLY', 'MONTHLY'] as const,
  description: 'How often a series of meetings recurs (BIWEEKLY: every two weeks).',
});
export const CouncilSeriesScopeEnum = builder.enumType('CouncilSeriesScope', {
  values: ['THIS', 'FOLLOWING'] as const,
  description: 'THIS: the one meeting; FOLLOWING: it and the later meetings of its series.',
});

type MeetingParent = { id: string; committeeId: string | null; termId: string };
/** Reads attendance of the whole meeting: the committee's readers (facilitators, coordinators, admins). */
const readsAttendance = async (meeting: MeetingParent, _args: unknown, ctx: Parameters<typeof councilReach>[0]) => {
  const reach = await councilReach(ctx);
  return meeting.committeeId ? readsChildrenOf(reach, meeting.committeeId) || runsCommittee(ctx, reach, meeting.committeeId) : false;
};

const AttendanceSummaryType = builder.simpleObject('CouncilAttendanceSummary', {
  description: 'How many members were marked present, excused and absent.',
  fields: (t) => ({ present: t.int(), excused: t.int(), absent: t.int() }),
});

builder.prismaObjectFields('CouncilMeeting', (t) => ({
  seriesId: t.exposeID('seriesId', { nullable: true, description: 'Shared by the meetings one recurrence made.' }),
  minutes: t.exposeString('minutes'),
  minutesAt: t.expose('minutesAt', { type: 'DateTime', nullable: true }),
  // An agenda is a few items (≤ 30), decisions likewise: counted as lists of three in the query's complexity.
  agendaItems: t.relation('agendaItems', { complexity: { field: 1, multiplier: 3 }, query: { orderBy: [{ position: 'asc' }, { id: 'asc' }] } }),
  decisions: t.relation('decisions', { complexity: { field: 1, multiplier: 3 }, query: { orderBy: [{ position: 'asc' }, { id: 'asc' }] } }),
  viewerRuns: t.boolean({
    description: 'Whether the caller runs this meeting (records attendance, minutes, changes it).',
    resolve: async (meeting, _args, ctx) =>
      meeting.committeeId ? runsCommittee(ctx, await councilReach(ctx), meeting.committeeId) : isStaff(ctx.viewer),
  }),
  attendances: t.relation('attendances', {
    description: 'Attendance as recorded. The committee’s facilitators, council coordinators and admins.',
    authScopes: readsAttendance,
    query: { orderBy: [{ memberId: 'asc' }] },
  }),
  attendanceSummary: t.field({
    type: AttendanceSummaryType,
    description: 'Counts of the recorded attendance. Those who read the attendance.',
    authScopes: readsAttendance,
    select: { attendances: { select: { status: true } } },
    resolve: (meeting) => ({
      present: meeting.attendances.filter((row) => row.status === 'PRESENT').length,
      excused: meeting.attendances.filter((row) => row.status === 'EXCUSED').length,
      absent: meeting.attendances.filter((row) => row.status === 'ABSENT').length,
    }),
  }),
  myChildrenAttendance: t.prismaField({
    type: ['CouncilAttendance'],
    description: 'A guardian’s own children’s attendance at this meeting (empty for everyone else).',
    resolve: async (query, meeting, _args, ctx) => {
      const own = [...(await councilReach(ctx)).ownChildren];
      if (!own.length) return noRows(query);
      return prisma.councilAttendance.findMany({ ...query, where: { meetingId: meeting.id, memberId: { in: own } }, orderBy: { memberId: 'asc' } });
    },
  }),
  roster: t.prismaField({
    type: ['CouncilMember'],
    description:
      'The committee’s members to mark: ACTIVE ones first, then SUSPENDED ones (listed apart, not markable). Those who read the attendance; empty for a general assembly.',
    authScopes: readsAttendance,
    resolve: (query, meeting) =>
      meeting.committeeId
        ? prisma.councilMember.findMany({
            ...query,
            where: { committeeId: meeting.committeeId, status: { in: ['ACTIVE', 'SUSPENDED'] }, erasedAt: null },
            orderBy: [{ status: 'asc' }, { firstName: 'asc' }, { lastName: 'asc' }, { id: 'asc' }],
          })
        : noRows(query),
  }),
}));

// ── Queries ──

/** May list meetings: of a committee (those who see its meetings), or a term's general assemblies. */
async function listsMeetings(ctx: Parameters<typeof councilReach>[0], args: { committeeId?: string | null; termId?: string | null }) {
  const committeeId = rowIdOf('CouncilCommittee', args.committeeId);
  const termId = rowIdOf('CouncilTerm', args.termId);
  if (committeeId) {
    const committee = await prisma.councilCommittee.findUnique({ where: { id: committeeId }, select: { termId: true } });
    return committee ? seesMeeting(ctx, { committeeId, termId: committee.termId }) : ctx.viewer !== null;
  }
  // Nothing decodable: a logged-in caller is answered with the validation's field error.
  return termId ? seesMeeting(ctx, { committeeId: null, termId }) : ctx.viewer !== null;
}

builder.queryFields((t) => ({
  councilAssemblyTerms: t.prismaField({
    type: ['CouncilTerm'],
    description: 'Terms a general assembly may be held in (not yet ended), newest first: the assemblies page’s choice. Coordinators.',
    authScopes: { staff: true },
    resolve: (query) =>
      prisma.councilTerm.findMany({ ...query, where: { endsOn: { gte: new Date(new Date().toISOString().slice(0, 10)) } }, orderBy: [{ startsOn: 'desc' }, { id: 'asc' }], take: 10 }),
  }),
  councilMeetings: t.prismaConnection({
    type: 'CouncilMeeting',
    cursor: 'id',
    description:
      'A committee’s meetings (committeeId), or a term’s general assemblies (termId): from `from` (inclusive) to `to` (exclusive) by start, soonest first (newestFirst for past ones).',
    authScopes: (_root, args, ctx) => listsMeetings(ctx, args),
    args: {
      committeeId: t.arg.id({ required: false, validate: committeeIdSchema.nullish() }),
      termId: t.arg.id({ required: false, validate: termIdSchema.nullish() }),
      from: t.arg({ type: 'DateTime', required: false }),
      to: t.arg({ type: 'DateTime', required: false }),
      newestFirst: t.arg.boolean({ required: false }),
    },
    validate: committeeOrTermSchema,
    resolve: (query, _root, args) => {
      const direction = args.newestFirst ? 'desc' : 'asc';
      return prisma.councilMeeting.findMany({
        ...query,
        where: {
          ...(args.committeeId ? { committeeId: String(args.committeeId) } : { termId: String(args.termId), kind: 'GENERAL_ASSEMBLY' as const }),
          startsAt: { ...(args.from ? { gte: args.from } : {}), ...(args.to ? { lt: args.to } : {}) },
        },
        orderBy: [{ startsAt: direction }, { id: direction }],
      });
    },
  }),
}));

// ── Mutations ──

type InputFields = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

const CouncilAgendaItemInput = builder.inputType('CouncilAgendaItemInput', {
  fields: (t) => ({
    title: t.string({ required: true, validate: titleSchema }),
    notes: t.string({ required: false, validate: notesSchema.nullish() }),
  }),
});
const CouncilRecurrenceInput = builder.inputType('CouncilRecurrenceInput', {
  fields: (t) => ({
    frequency: t.field({ type: CouncilMeetingFrequencyEnum, required: true }),
    occurrences: t.int({ required: true, description: 'How many meetings, the first included (2–26).', validate: occurrencesSchema }),
  }),
});

const meetingFields = (t: InputFields) => ({
  title: t.string({ required: true, validate: titleSchema }),
  date: t.string({ required: true, description: 'The İzmir day, YYYY-MM-DD.', validate: daySchema }),
  startTime: t.string({ required: true, description: 'İzmir wall-clock, HH:MM.', validate: timeSchema }),
  endTime: t.string({ required: true, description: 'İzmir wall-clock, HH:MM, after startTime.', validate: timeSchema }),
  placeName: t.string({ required: true, validate: placeSchema }),
  address: t.string({ required: false, validate: addressSchema.nullish() }),
});
const agendaOf = (items: readonly { title: string; notes?: string | null }[] | null | undefined) =>
  (items ?? []).map((item) => ({ title: item.title, notes: item.notes ?? '' }));
const fieldsOf = (input: { title: string; date: string; startTime: string; endTime: string; placeName: string; address?: string | null }) => ({
  title: input.title,
  date: input.date,
  startTime: input.startTime,
  endTime: input.endTime,
  placeName: input.placeName,
  address: input.address ?? '',
});

const ScheduleCouncilMeetingInput = builder.inputType('ScheduleCouncilMeetingInput', {
  validate: timesRuleSchema,
  fields: (t) => ({
    committeeId: t.id({ required: true, validate: committeeIdSchema }),
    ...meetingFields(t),
    agenda: t.field({ type: [CouncilAgendaItemInput], required: false, validate: agendaListSchema.nullish() }),
    recurrence: t.field({ type: CouncilRecurrenceInput, required: false, description: 'Null for a one-off meeting.' }),
  }),
});
const UpdateCouncilMeetingInput = builder.inputType('UpdateCouncilMeetingInput', {
  validate: timesRuleSchema,
  fields: (t) => ({
    meetingId: t.id({ required: true, validate: meetingIdSchema }),
    scope: t.field({ type: CouncilSeriesScopeEnum, required: false, description: 'THIS by default.' }),
    ...meetingFields(t),
  }),
});
const CancelCouncilMeetingInput = builder.inputType('CancelCouncilMeetingInput', {
  fields: (t) => ({
    meetingId: t.id({ required: true, validate: meetingIdSchema }),
    scope: t.field({ type: CouncilSeriesScopeEnum, required: false, description: 'THIS by default.' }),
  }),
});
const CouncilAttendanceEntryInput = builder.inputType('CouncilAttendanceEntryInput', {
  fields: (t) => ({
    memberId: t.id({ required: true, validate: memberIdSchema }),
    status: t.field({ type: CouncilAttendanceStatusEnum, required: true }),
  }),
});
const RecordCouncilAttendanceInput = builder.inputType('RecordCouncilAttendanceInput', {
  fields: (t) => ({
    meetingId: t.id({ required: true, validate: meetingIdSchema }),
    entries: t.field({ type: [CouncilAttendanceEntryInput], required: true, validate: attendanceListSchema }),
  }),
});
const RecordCouncilMinutesInput = builder.inputType('RecordCouncilMinutesInput', {
  fields: (t) => ({
    meetingId: t.id({ required: true, validate: meetingIdSchema }),
    minutes: t.string({ required: true, validate: minutesSchema }),
    decisions: t.stringList({ required: true, description: 'Replaces the decisions, in this order.', validate: decisionListSchema.pipe(decisionSchema.array()) }),
  }),
});
const SetCouncilAgendaInput = builder.inputType('SetCouncilAgendaInput', {
  fields: (t) => ({
    meetingId: t.id({ required: true, validate: meetingIdSchema }),
    items: t.field({ type: [CouncilAgendaItemInput], required: true, description: 'Replaces the agenda, in this order.', validate: agendaListSchema }),
  }),
});
const ScheduleCouncilGeneralAssemblyInput = builder.inputType('ScheduleCouncilGeneralAssemblyInput', {
  validate: timesRuleSchema,
  fields: (t) => ({
    termId: t.id({ required: true, validate: termIdSchema }),
    ...meetingFields(t),
  }),
});
const RecordCouncilCommitteeReportInput = builder.inputType('RecordCouncilCommitteeReportInput', {
  fields: (t) => ({
    meetingId: t.id({ required: true, validate: meetingIdSchema }),
    committeeId: t.id({ required: true, validate: committeeIdSchema }),
    report: t.string({ required: true, validate: reportSchema }),
  }),
});

const findMeetings = (query: object, ids: string[]) =>
  prisma.councilMeeting.findMany({ ...nonEmpty(query), where: { id: { in: ids } }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] });
const findMeeting = (query: object, id: string) => prisma.councilMeeting.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });

builder.mutationFields((t) => ({
  scheduleCouncilMeeting: t.prismaField({
    type: ['CouncilMeeting'],
    complexity: { field: 1, multiplier: 3 },
    description:
      'Schedules a committee meeting, or a series (weekly, every two weeks, monthly; up to 26) sharing a seriesId. ACTIVE members’ guardians are told once, in their language, with every date.',
    authScopes: (_root, { input }, ctx) => runsCommitteeId(ctx, input.committeeId),
    args: { input: t.arg({ type: ScheduleCouncilMeetingInput, required: true }) },
    errors: { types: [NotFoundError, CouncilMeetingInPastError, CouncilCommitteeArchivedError] },
    resolve: async (query, _root, { input }, ctx) => {
      const ids = await scheduleMeeting(
        {
          committeeId: String(input.committeeId),
          ...fieldsOf(input),
          agenda: agendaOf(input.agenda),
          recurrence: input.recurrence ? { frequency: input.recurrence.frequency, occurrences: input.recurrence.occurrences } : null,
        },
        actorOf(ctx),
      );
      return findMeetings(query, ids);
    },
  }),
  updateCouncilMeeting: t.prismaField({
    type: ['CouncilMeeting'],
    complexity: { field: 1, multiplier: 3 },
    description: 'Changes a meeting, or it and the following ones of its series. Guardians are told when the time or place changed.',
    authScopes: (_root, { input }, ctx) => runsMeetingId(ctx, input.meetingId),
    args: { input: t.arg({ type: UpdateCouncilMeetingInput, required: true }) },
    errors: { types: [NotFoundError, CouncilMeetingCancelledError, CouncilMeetingStartedError, CouncilMeetingInPastError] },
    resolve: async (query, _root, { input }, ctx) =>
      findMeetings(query, await updateMeeting(String(input.meetingId), input.scope ?? 'THIS', fieldsOf(input), actorOf(ctx))),
  }),
  cancelCouncilMeeting: t.prismaField({
    type: ['CouncilMeeting'],
    complexity: { field: 1, multiplier: 3 },
    description: 'Cancels a meeting, or it and the following ones of its series; guardians are told.',
    authScopes: (_root, { input }, ctx) => runsMeetingId(ctx, input.meetingId),
    args: { input: t.arg({ type: CancelCouncilMeetingInput, required: true }) },
    errors: { types: [NotFoundError, CouncilMeetingCancelledError, CouncilMeetingStartedError] },
    resolve: async (query, _root, { input }, ctx) => findMeetings(query, await cancelMeeting(String(input.meetingId), input.scope ?? 'THIS', actorOf(ctx))),
  }),
  recordCouncilAttendance: t.prismaField({
    type: 'CouncilMeeting',
    description:
      'Marks members present, excused or absent (upsert per member), all or nothing; the meeting becomes HELD. Nobody marks their own child.',
    // A coordinator marking their own child is refused as a self action (staffOn); so is a facilitator.
    // Answered synchronously for staff and anonymous callers, so the separation-of-duties table sees staffOn.
    authScopes: (_root, { input }, ctx) => {
      const refs = [councilMembers((input.entries ?? []).map((entry) => entry?.memberId))];
      const viewer = ctx.viewer;
      if (!viewer || isStaff(viewer)) return { staffOn: refs };
      return runsMeetingId(ctx, input.meetingId).then(async (runs) => runs && !(await isAboutPerson(refs, viewer.id)));
    },
    args: { input: t.arg({ type: RecordCouncilAttendanceInput, required: true }) },
    errors: { types: [NotFoundError, CouncilMeetingCancelledError, CouncilNotACommitteeMeetingError, CouncilAttendanceNotMarkableError] },
    resolve: async (query, _root, { input }, ctx) => {
      await recordAttendance(
        String(input.meetingId),
        input.entries.map((entry) => ({ memberId: String(entry.memberId), status: entry.status })),
        actorOf(ctx),
      );
      return findMeeting(query, String(input.meetingId));
    },
  }),
  recordCouncilMinutes: t.prismaField({
    type: 'CouncilMeeting',
    description: 'Records the minutes and replaces the decisions; sets minutesAt.',
    authScopes: (_root, { input }, ctx) => runsMeetingId(ctx, input.meetingId),
    args: { input: t.arg({ type: RecordCouncilMinutesInput, required: true }) },
    errors: { types: [NotFoundError, CouncilMeetingCancelledError] },
    resolve: async (query, _root, { input }, ctx) => {
      await recordMinutes(String(input.meetingId), input.minutes, input.decisions, actorOf(ctx));
      return findMeeting(query, String(input.meetingId));
    },
  }),
  setCouncilAgenda: t.prismaField({
    type: 'CouncilMeeting',
    description: 'Replaces a committee meeting’s agenda items.',
    authScopes: (_root, { input }, ctx) => runsMeetingId(ctx, input.meetingId),
    args: { input: t.arg({ type: SetCouncilAgendaInput, required: true }) },
    errors: { types: [NotFoundError, CouncilMeetingCancelledError, CouncilNotACommitteeMeetingError] },
    resolve: async (query, _root, { input }, ctx) => {
      await setAgenda(String(input.meetingId), agendaOf(input.items), actorOf(ctx));
      return findMeeting(query, String(input.meetingId));
    },
  }),
  scheduleCouncilGeneralAssembly: t.prismaField({
    type: 'CouncilMeeting',
    description: 'A general assembly of the term, with one agenda item per committee (not archived) to report under. Coordinators.',
    authScopes: { staff: true },
    args: { input: t.arg({ type: ScheduleCouncilGeneralAssemblyInput, required: true }) },
    errors: { types: [NotFoundError, CouncilMeetingInPastError, CouncilTermWithoutCommitteesError] },
    resolve: async (query, _root, { input }, ctx) =>
      findMeeting(query, await scheduleGeneralAssembly({ termId: String(input.termId), ...fieldsOf(input) }, actorOf(ctx))),
  }),
  recordCouncilCommitteeReport: t.prismaField({
    type: 'CouncilMeeting',
    description: 'The committee’s report under its item of a general assembly. The committee’s runners.',
    authScopes: (_root, { input }, ctx) => runsCommitteeId(ctx, input.committeeId),
    args: { input: t.arg({ type: RecordCouncilCommitteeReportInput, required: true }) },
    errors: { types: [NotFoundError, CouncilMeetingCancelledError, CouncilNoReportItemError] },
    resolve: async (query, _root, { input }, ctx) => {
      await recordCommitteeReport(String(input.meetingId), String(input.committeeId), input.report, actorOf(ctx));
      return findMeeting(query, String(input.meetingId));
    },
  }),
}));
