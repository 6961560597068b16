// Trips: boarding at the pier and communication (issue 9). The unit's QR code, the guide's boarding
// list, syncing check-ins made on phones (offline too), closing boarding (no-shows), the
// day-before reminder's state, and cancelling or messaging a departure.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../builder.ts';
import { actorOf } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { TripBoardingAction } from '../../generated/prisma/enums.ts';
import { localized } from '../../i18n/localized.ts';
import { oncePerRequest } from '../common/once-per-request.ts';
import { ErrorInterface, errorType, nonEmpty } from '../common/schema.ts';
import * as boarding from './boarding.ts';
import { cancelTripDeparture, messageTripDeparture } from './communication.ts';
import { TripBoardingNotStartedError, TripBoardingUnknownParticipantsError, TripDepartureIsOverError, TripDepartureWasCancelledError } from './errors-boarding.ts';
import { participants } from './policy-boarding.ts';
import { TripAttendanceEnum, TripDepartureType, TripParticipantType } from './types-schema.ts';
import {
  bodySchema,
  clientEventIdSchema,
  eventsSchema,
  noteSchema,
  subjectSchema,
  tappedAtSchema,
  uuidSchema,
} from './validation-boarding.ts';

// ── Errors ──

builder.objectType(TripBoardingUnknownParticipantsError, {
  name: 'TripBoardingUnknownParticipantsError',
  description: 'Events named people who are not on a confirmed unit of the departure; nothing was recorded.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof TripBoardingUnknownParticipantsError,
  fields: (t) => ({ participantIds: t.exposeIDList('participantIds') }),
});
builder.objectType(TripBoardingNotStartedError, {
  name: 'TripBoardingNotStartedError',
  description: 'Boarding is closed only once the departure has started.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof TripBoardingNotStartedError,
  fields: (t) => ({ startsAt: t.expose('startsAt', { type: 'DateTime' }) }),
});
errorType(TripDepartureWasCancelledError, 'TripDepartureWasCancelledError', 'The departure was cancelled.');
errorType(TripDepartureIsOverError, 'TripDepartureIsOverError', 'The departure is over.');

// ── Types ──

export const TripBoardingActionEnum = builder.enumType(TripBoardingAction, {
  name: 'TripBoardingAction',
  description: 'BOARD checks a participant in; UNBOARD undoes it.',
});

builder.prismaObjectFields('TripRegistration', (t) => ({
  checkInQr: t.string({
    description: 'The unit’s boarding QR code as an SVG data URL; it holds the link `<site>/trips/check-in/<code>`.',
    select: { checkInCode: true },
    resolve: (registration) => boarding.checkInQr(registration.checkInCode),
  }),
}));

builder.prismaObjectFields('TripDeparture', (t) => ({
  boardingClosedAt: t.expose('boardingClosedAt', {
    type: 'DateTime',
    nullable: true,
    description: 'When boarding was closed and the no-shows recorded.',
  }),
  remindedAt: t.expose('remindedAt', {
    type: 'DateTime',
    nullable: true,
    description: 'When the day-before reminder went out. Coordinators only.',
    authScopes: { staff: true },
  }),
  boardingPdfPath: t.string({
    description: 'Where coordinators download the boarding list as PDF (relative to the site; add `?pickup=<id>` for one point).',
    resolve: (departure) => `/trips/departures/${departure.id}/boarding.pdf`,
  }),
}));

const BoardingPickupPointType = builder.objectRef<boarding.BoardingList['pickupPoints'][number]>('TripBoardingPickupPoint').implement({
  description: 'A pick-up point as the guide chooses it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    address: t.exposeString('address'),
    pickupAt: t.expose('pickupAt', { type: 'DateTime' }),
    vehicleName: t.exposeString('vehicleName'),
  }),
});

const BoardingParticipantType = builder.objectRef<boarding.BoardingParticipant>('TripBoardingParticipant').implement({
  description: 'Someone to board: the registrant or a child travelling in the unit.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The TripParticipant id: what syncTripBoarding’s events name.' }),
    firstName: t.exposeString('firstName'),
    lastName: t.exposeString('lastName'),
    isRegistrant: t.exposeBoolean('isRegistrant'),
    child: t.exposeBoolean('child', { description: 'Under 18 on the departure’s day.' }),
    boardedAt: t.expose('boardedAt', { type: 'DateTime', nullable: true }),
  }),
});

const BoardingUnitPointType = builder.objectRef<{ id: string; name: string }>('TripBoardingUnitPickupPoint').implement({
  description: 'Where the unit boards.',
  fields: (t) => ({ id: t.exposeID('id'), name: t.exposeString('name') }),
});

const BoardingUnitType = builder.objectRef<boarding.BoardingUnit>('TripBoardingUnit').implement({
  description: 'A CONFIRMED unit on the boarding list: boarded together, found by its QR code or a name.',
  fields: (t) => ({
    registrationId: t.id({ resolve: (unit) => encodeGlobalID('TripRegistration', unit.registrationId) }),
    checkInCode: t.exposeString('checkInCode', { description: 'What the unit’s QR code ends with, to match a scan offline.' }),
    entryNumber: t.exposeInt('entryNumber'),
    seats: t.exposeInt('seats'),
    pickupPoint: t.field({ type: BoardingUnitPointType, resolve: (unit) => unit.pickupPoint }),
    registrantName: t.exposeString('registrantName'),
    registrantPhone: t.exposeString('registrantPhone', { description: 'For the guide to call someone who is late. Reading it is audited.' }),
    attendance: t.field({ type: TripAttendanceEnum, nullable: true, resolve: (unit) => unit.attendance }),
    participants: t.field({ type: [BoardingParticipantType], resolve: (unit) => unit.participants }),
  }),
});

const BoardingListType = builder.objectRef<boarding.BoardingList>('TripBoardingList').implement({
  description: 'A departure’s boarding list for the guide: its CONFIRMED units at a pick-up point (or all).',
  fields: (t) => ({
    departureId: t.id({ resolve: (list) => encodeGlobalID('TripDeparture', list.departureId) }),
    tripTitle: t.string({ resolve: (list, _args, ctx) => localized(ctx, list.tripTitleTr, list.tripTitleEn) }),
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true }),
    boardingClosedAt: t.expose('boardingClosedAt', { type: 'DateTime', nullable: true }),
    pickupPoints: t.field({ type: [BoardingPickupPointType], resolve: (list) => list.pickupPoints }),
    pickupPointId: t.exposeID('pickupPointId', { nullable: true, description: 'The point listed; null for all.' }),
    pdfPath: t.string({
      description: 'The same list as a printable PDF.',
      resolve: (list) => `/trips/departures/${list.departureId}/boarding.pdf${list.pickupPointId ? `?pickup=${list.pickupPointId}` : ''}`,
    }),
    expected: t.int({ description: 'People on the list.', resolve: (list) => list.units.reduce((sum, unit) => sum + unit.participants.length, 0) }),
    boarded: t.int({
      description: 'People on the list who boarded.',
      resolve: (list) => list.units.reduce((sum, unit) => sum + unit.participants.filter((p) => p.boardedAt).length, 0),
    }),
    units: t.field({ type: [BoardingUnitType], resolve: (list) => list.units }),
  }),
});

type SyncResult = { recorded: number; duplicates: number; participants: object[] };
const BoardingSyncType = builder.objectRef<SyncResult>('TripBoardingSync').implement({
  description: 'What a sync recorded, and the current state of everyone its events named.',
  fields: (t) => ({
    recorded: t.exposeInt('recorded', { description: 'Events stored by this call.' }),
    duplicates: t.exposeInt('duplicates', { description: 'Events already stored (a retried sync), left as they were.' }),
    participants: t.field({ type: [TripParticipantType], resolve: (result) => result.participants as never }),
  }),
});

const DepartureMessageType = builder.simpleObject('TripDepartureMessageSent', {
  fields: (t) => ({ recipients: t.int({ description: 'People the message was queued for.' }) }),
});

// ── Queries ──

builder.queryField('tripBoardingList', (t) =>
  t.field({
    type: BoardingListType,
    nullable: true,
    description: 'The boarding list of a departure at a pick-up point (all points when null). Coordinators; the read is audited.',
    authScopes: { staff: true },
    args: {
      departureId: t.arg.globalID({ required: true, for: TripDepartureType }),
      pickupPointId: t.arg.id({ required: false, validate: uuidSchema.nullish() }),
    },
    resolve: (_root, args, ctx) => boarding.boardingList(args.departureId.id, args.pickupPointId ? String(args.pickupPointId) : null, actorOf(ctx)),
  }),
);

// ── Mutations ──

const TripBoardingEventInput = builder.inputType('TripBoardingEventInput', {
  description: 'One tap on a guide’s phone.',
  fields: (t) => ({
    clientEventId: t.id({ required: true, description: 'A UUID made on the phone: a retried sync sends the same one.', validate: clientEventIdSchema }),
    participantId: t.id({ required: true, validate: uuidSchema }),
    action: t.field({ type: TripBoardingActionEnum, required: true }),
    at: t.field({ type: 'DateTime', required: true, description: 'When the guide tapped, by the phone’s clock.', validate: tappedAtSchema }),
  }),
});
const SyncTripBoardingInput = builder.inputType('SyncTripBoardingInput', {
  fields: (t) => ({
    departureId: t.globalID({ required: true, for: TripDepartureType }),
    events: t.field({ type: [TripBoardingEventInput], required: true, validate: eventsSchema }),
  }),
});
const CloseTripBoardingInput = builder.inputType('CloseTripBoardingInput', {
  fields: (t) => ({ departureId: t.globalID({ required: true, for: TripDepartureType }) }),
});
const CancelTripDepartureInput = builder.inputType('CancelTripDepartureInput', {
  fields: (t) => ({
    id: t.globalID({ required: true, for: TripDepartureType }),
    noteTr: t.string({ required: true, description: 'Why, in Turkish (weather …): sent to everyone.', validate: noteSchema }),
    noteEn: t.string({ required: true, validate: noteSchema }),
  }),
});
const MessageTripDepartureInput = builder.inputType('MessageTripDepartureInput', {
  fields: (t) => ({
    id: t.globalID({ required: true, for: TripDepartureType }),
    subjectTr: t.string({ required: true, validate: subjectSchema }),
    bodyTr: t.string({ required: true, validate: bodySchema }),
    subjectEn: t.string({ required: true, validate: subjectSchema }),
    bodyEn: t.string({ required: true, validate: bodySchema }),
  }),
});

builder.mutationFields((t) => ({
  syncTripBoarding: t.field({
    type: BoardingSyncType,
    description:
      'Records check-ins made on a phone, all or nothing, each event once (by clientEventId). A participant’s state is their latest event by (at, clientEventId), so phones converge whatever order they sync in.',
    complexity: { field: 1, multiplier: 5 },
    authScopes: (_root, { input }) => ({ staffOn: [participants((input.events ?? []).map((event) => event.participantId))] }),
    args: { input: t.arg({ type: SyncTripBoardingInput, required: true }) },
    errors: { types: [NotFoundError, TripDepartureWasCancelledError, TripBoardingUnknownParticipantsError] },
    resolve: async (_root, { input }, ctx) => {
      const outcome = await boarding.syncTripBoarding(
        input.departureId.id,
        input.events.map((event) => ({ clientEventId: String(event.clientEventId), participantId: String(event.participantId), action: event.action, at: event.at })),
        actorOf(ctx),
      );
      const rows = await prisma.tripParticipant.findMany({ where: { id: { in: outcome.participantIds } }, orderBy: [{ registrationId: 'asc' }, { position: 'asc' }, { id: 'asc' }] });
      return { recorded: outcome.recorded, duplicates: outcome.duplicates, participants: rows };
    },
  }),
  closeTripBoarding: t.prismaField({
    type: 'TripDeparture',
    description: 'After the start: units none of whose people boarded become NO_SHOW, the others ATTENDED. Closing again changes nothing.',
    authScopes: { staff: true },
    args: { input: t.arg({ type: CloseTripBoardingInput, required: true }) },
    errors: { types: [NotFoundError, TripDepartureWasCancelledError, TripBoardingNotStartedError] },
    resolve: async (query, _root, { input }, ctx) => {
      await boarding.closeTripBoarding(input.departureId.id, actorOf(ctx));
      return prisma.tripDeparture.findUniqueOrThrow({ ...nonEmpty(query), where: { id: input.departureId.id } });
    },
  }),
  cancelTripDeparture: t.prismaField({
    type: 'TripDeparture',
    description: 'Cancels a departure (weather …): every live registration is cancelled and its person told in their language, with the note.',
    authScopes: { staff: true },
    extensions: oncePerRequest,
    args: { input: t.arg({ type: CancelTripDepartureInput, required: true }) },
    errors: { types: [NotFoundError, TripDepartureWasCancelledError, TripDepartureIsOverError] },
    resolve: async (query, _root, { input }, ctx) => {
      await cancelTripDeparture(input.id.id, { noteTr: input.noteTr, noteEn: input.noteEn }, actorOf(ctx));
      return prisma.tripDeparture.findUniqueOrThrow({ ...nonEmpty(query), where: { id: input.id.id } });
    },
  }),
  messageTripDeparture: t.field({
    type: DepartureMessageType,
    description: 'Mails every CONFIRMED or OFFERED registrant of the departure, each in their language.',
    authScopes: { staff: true },
    // A mail to everyone on a departure: aliases must not send it twenty times in one request.
    extensions: oncePerRequest,
    args: { input: t.arg({ type: MessageTripDepartureInput, required: true }) },
    errors: { types: [NotFoundError, TripDepartureWasCancelledError, TripDepartureIsOverError] },
    resolve: async (_root, { input }, ctx) => ({
      recipients: await messageTripDeparture(
        input.id.id,
        { subjectTr: input.subjectTr, bodyTr: input.bodyTr, subjectEn: input.subjectEn, bodyEn: input.bodyEn },
        actorOf(ctx),
      ),
    }),
  }),
}));
