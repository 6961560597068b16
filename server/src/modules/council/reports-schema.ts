// The council's reports part: members by committee, district, age band and gender; attendance per
// committee per month; proposals by status. Coordinators and admins. The CSV (http-reports.ts) is the same.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../builder.ts';
import { NotFoundError } from '../../errors.ts';
import { councilReport } from './reports.ts';
import { reportPeriodSchema } from './validation-proposals.ts';

const Named = builder.simpleObject('CouncilReportCommitteeRow', {
  fields: (t) => ({ committeeId: t.id({ description: 'The committee’s global id.' }), name: t.string(), members: t.int() }),
});
const DistrictRow = builder.simpleObject('CouncilReportDistrictRow', { fields: (t) => ({ districtId: t.int(), name: t.string(), members: t.int() }) });
const AgeRow = builder.simpleObject('CouncilReportAgeBandRow', {
  fields: (t) => ({ band: t.string({ description: '10-11, 12-13, 14-15, 16-17, or OTHER (outside the council’s ages).' }), members: t.int() }),
});
const GenderRow = builder.simpleObject('CouncilReportGenderRow', {
  fields: (t) => ({ gender: t.string({ description: 'WOMAN, MAN, NON_BINARY or UNDISCLOSED (not recorded counts here).' }), members: t.int() }),
});
const AttendanceRow = builder.simpleObject('CouncilReportAttendanceRow', {
  description: 'HELD committee meetings of one committee in one İzmir month.',
  fields: (t) => ({
    committeeId: t.id(),
    name: t.string(),
    month: t.string({ description: 'YYYY-MM, Europe/Istanbul.' }),
    meetings: t.int(),
    present: t.int(),
    recorded: t.int({ description: 'Attendance rows recorded (present, excused, absent).' }),
    rate: t.float({ description: 'present ÷ recorded, 0…1.' }),
  }),
});
const StatusRow = builder.simpleObject('CouncilReportProposalRow', { fields: (t) => ({ status: t.string(), count: t.int() }) });

const CouncilReportType = builder.simpleObject('CouncilReport', {
  fields: (t) => ({
    from: t.field({ type: 'Date' }),
    to: t.field({ type: 'Date' }),
    termName: t.string(),
    totalMembers: t.int({ description: 'Members active at the end of the period.' }),
    committees: t.field({ type: [Named] }),
    districts: t.field({ type: [DistrictRow] }),
    ageBands: t.field({ type: [AgeRow] }),
    genders: t.field({ type: [GenderRow] }),
    attendance: t.field({ type: [AttendanceRow] }),
    proposals: t.field({ type: [StatusRow], description: 'Proposals drafted in the period, by their status now.' }),
  }),
});

builder.queryFields((t) => ({
  councilReport: t.field({
    type: CouncilReportType,
    description: 'The council’s figures for a term over the İzmir days from … to: coordinators and admins. Counts only, no names.',
    authScopes: { $any: { staff: true, admin: true } },
    args: {
      termId: t.arg.id({ required: true }),
      from: t.arg({ type: 'Date', required: true }),
      to: t.arg({ type: 'Date', required: true }),
    },
    validate: reportPeriodSchema,
    errors: { types: [NotFoundError] },
    resolve: async (_root, args, ctx) => {
      const report = await councilReport(args.termId, args.from, args.to, ctx.locale);
      if (!report) throw new NotFoundError();
      return {
        ...report,
        committees: report.committees.map((row) => ({ ...row, committeeId: encodeGlobalID('CouncilCommittee', row.committeeId) })),
        attendance: report.attendance.map((row) => ({ ...row, committeeId: encodeGlobalID('CouncilCommittee', row.committeeId) })),
      };
    },
  }),
}));
