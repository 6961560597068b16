// Trips: the reports part (participants per trip, district and age band; fill, no-show and first-time
// rates) for staff. The CSV download (http-reports.ts) answers the same figures.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../builder.ts';
import { TripType } from './types-schema.ts';
import { tripReport, tripReportPeriodSchema } from './reports.ts';

const figures = {
  departures: 'Departures starting in the period (cancelled ones left out).',
  capacity: 'Seats offered on them.',
  confirmedSeats: 'Seats of CONFIRMED units (companions counted).',
  fillRate: 'Confirmed seats ÷ capacity, 0…1.',
  participants: 'People travelling in CONFIRMED units.',
  units: 'CONFIRMED units (registrations).',
  attendanceRecorded: 'CONFIRMED units whose attendance was recorded.',
  noShows: 'Units recorded as NO_SHOW.',
  noShowRate: 'No-shows ÷ attendance recorded, 0…1.',
  firstTimeUnits: 'CONFIRMED units whose registrant had no ATTENDED unit on an earlier departure.',
  firstTimeShare: 'First-time units ÷ units, 0…1.',
} as const;

const TripReportTotals = builder.simpleObject('TripReportTotals', {
  description: 'The figures of all the departures of the period.',
  fields: (t) => ({
    departures: t.int({ description: figures.departures }),
    capacity: t.int({ description: figures.capacity }),
    confirmedSeats: t.int({ description: figures.confirmedSeats }),
    fillRate: t.float({ description: figures.fillRate }),
    participants: t.int({ description: figures.participants }),
    units: t.int({ description: figures.units }),
    attendanceRecorded: t.int({ description: figures.attendanceRecorded }),
    noShows: t.int({ description: figures.noShows }),
    noShowRate: t.float({ description: figures.noShowRate }),
    firstTimeUnits: t.int({ description: figures.firstTimeUnits }),
    firstTimeShare: t.float({ description: figures.firstTimeShare }),
  }),
});

const TripReportTripRow = builder.simpleObject('TripReportTripRow', {
  description: 'The figures of one trip’s departures in the period.',
  fields: (t) => ({
    tripId: t.id({ description: 'The trip’s global id.' }),
    title: t.string(),
    departures: t.int({ description: figures.departures }),
    capacity: t.int({ description: figures.capacity }),
    confirmedSeats: t.int({ description: figures.confirmedSeats }),
    fillRate: t.float({ description: figures.fillRate }),
    participants: t.int({ description: figures.participants }),
    units: t.int({ description: figures.units }),
    attendanceRecorded: t.int({ description: figures.attendanceRecorded }),
    noShows: t.int({ description: figures.noShows }),
    noShowRate: t.float({ description: figures.noShowRate }),
    firstTimeUnits: t.int({ description: figures.firstTimeUnits }),
    firstTimeShare: t.float({ description: figures.firstTimeShare }),
  }),
});

const TripReportDistrictRow = builder.simpleObject('TripReportDistrictRow', {
  description: 'Participants of CONFIRMED units by the registrant’s district.',
  fields: (t) => ({ districtId: t.int(), name: t.string(), participants: t.int() }),
});

const TripReportAgeBandRow = builder.simpleObject('TripReportAgeBandRow', {
  description: 'Participants of CONFIRMED units by their age on the departure’s İzmir day.',
  fields: (t) => ({ band: t.string({ description: '0-11, 12-17, 18-29, 30-44, 45-59 or 60+.' }), participants: t.int() }),
});

const TripReportType = builder.simpleObject('TripReport', {
  fields: (t) => ({
    from: t.field({ type: 'Date' }),
    to: t.field({ type: 'Date' }),
    trips: t.field({ type: [TripReportTripRow] }),
    total: t.field({ type: TripReportTotals }),
    districts: t.field({ type: [TripReportDistrictRow] }),
    ageBands: t.field({ type: [TripReportAgeBandRow] }),
  }),
});

builder.queryFields((t) => ({
  tripReport: t.field({
    type: TripReportType,
    description: 'Participants per trip, district and age band, fill rate, no-show rate and the share of first-time participants, for departures starting on the İzmir days from … to.',
    authScopes: { staff: true },
    args: {
      from: t.arg({ type: 'Date', required: true }),
      to: t.arg({ type: 'Date', required: true }),
      tripId: t.arg.globalID({ for: TripType }),
    },
    validate: tripReportPeriodSchema,
    resolve: async (_root, args, ctx) => {
      const report = await tripReport(args.from, args.to, args.tripId?.id ?? null, ctx.locale);
      return { ...report, trips: report.trips.map((row) => ({ ...row, tripId: encodeGlobalID('Trip', row.tripId) })) };
    },
  }),
}));
