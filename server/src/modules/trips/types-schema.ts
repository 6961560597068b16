// Trips' base types: trips, departures, pick-up points, registrations (units) and participants. The
// parts of the module add their own fields and operations (catalogue-, registration-, lottery-,
// boarding- and reports-schema.ts).
import { builder, registerNodeType } from '../../builder.ts';
import {
  TripAllocation,
  TripAttendance,
  TripAudience,
  TripCancelReason,
  TripKind,
  TripRegistrationStatus,
  TripVehicle,
} from '../../generated/prisma/enums.ts';
import { localized } from '../../i18n/localized.ts';

export const TripKindEnum = builder.enumType(TripKind, { name: 'TripKind' });
export const TripAudienceEnum = builder.enumType(TripAudience, {
  name: 'TripAudience',
  description: 'WOMEN: "A Break for Women", women 18+ with their children under 12. CHILDREN: a guardian registers the children.',
});
export const TripAllocationEnum = builder.enumType(TripAllocation, {
  name: 'TripAllocation',
  description: 'FIRST_COME: seats go in arrival order. LOTTERY: entries during the window, then a verifiable size-neutral draw.',
});
export const TripVehicleEnum = builder.enumType(TripVehicle, { name: 'TripVehicle' });
export const TripRegistrationStatusEnum = builder.enumType(TripRegistrationStatus, {
  name: 'TripRegistrationStatus',
  description: 'CONFIRMED and OFFERED hold seats; ENTERED waits for the draw; WAITLISTED waits in draw or arrival order; the rest hold none.',
});
export const TripCancelReasonEnum = builder.enumType(TripCancelReason, { name: 'TripCancelReason' });
export const TripAttendanceEnum = builder.enumType(TripAttendance, { name: 'TripAttendance' });

registerNodeType('Trip');
export const TripType = builder.prismaNode('Trip', {
  id: { field: 'id' },
  select: { id: true },
  nullable: true,
  description: 'A trip of the leisure programme (e.g. "Körfez Turu") with its departures. Public.',
  authScopes: { public: true },
  fields: (t) => ({
    kind: t.expose('kind', { type: TripKindEnum }),
    audience: t.expose('audience', { type: TripAudienceEnum }),
    title: t.string({ select: { titleTr: true, titleEn: true }, resolve: (o, _args, ctx) => localized(ctx, o.titleTr, o.titleEn) }),
    titleTr: t.exposeString('titleTr'),
    titleEn: t.exposeString('titleEn'),
    description: t.string({
      select: { descriptionTr: true, descriptionEn: true },
      resolve: (o, _args, ctx) => localized(ctx, o.descriptionTr, o.descriptionEn),
    }),
    descriptionTr: t.exposeString('descriptionTr'),
    descriptionEn: t.exposeString('descriptionEn'),
    whatToBring: t.string({
      select: { whatToBringTr: true, whatToBringEn: true },
      resolve: (o, _args, ctx) => localized(ctx, o.whatToBringTr, o.whatToBringEn),
    }),
    whatToBringTr: t.exposeString('whatToBringTr'),
    whatToBringEn: t.exposeString('whatToBringEn'),
    accessibility: t.string({
      description: 'Accessibility notes (steps, ramps, toilets on board).',
      select: { accessibilityTr: true, accessibilityEn: true },
      resolve: (o, _args, ctx) => localized(ctx, o.accessibilityTr, o.accessibilityEn),
    }),
    accessibilityTr: t.exposeString('accessibilityTr'),
    accessibilityEn: t.exposeString('accessibilityEn'),
    minAge: t.exposeInt('minAge'),
    maxAge: t.exposeInt('maxAge', { nullable: true }),
    maxCompanions: t.exposeInt('maxCompanions'),
    companionMaxAge: t.exposeInt('companionMaxAge'),
    maxPerSeason: t.exposeInt('maxPerSeason', { nullable: true }),
    priorityDistrictIds: t.exposeIntList('priorityDistrictIds', {
      description: 'Districts whose residents come first within a lottery tier; empty when none is preferred.',
    }),
    archivedAt: t.expose('archivedAt', { type: 'DateTime', nullable: true }),
  }),
});

registerNodeType('TripDeparture');
export const TripDepartureType = builder.prismaNode('TripDeparture', {
  id: { field: 'id' },
  select: { id: true },
  nullable: true,
  description: 'One date of a trip, with its pick-up points, registration window and allocation. Public.',
  authScopes: { public: true },
  fields: (t) => ({
    trip: t.relation('trip'),
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime' }),
    capacity: t.exposeInt('capacity'),
    allocation: t.expose('allocation', { type: TripAllocationEnum }),
    registrationOpensAt: t.expose('registrationOpensAt', { type: 'DateTime' }),
    registrationClosesAt: t.expose('registrationClosesAt', { type: 'DateTime' }),
    cancelCutoffAt: t.expose('cancelCutoffAt', { type: 'DateTime' }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true }),
    cancellationNote: t.string({
      nullable: true,
      select: { cancellationNoteTr: true, cancellationNoteEn: true },
      resolve: (d, _args, ctx) => (d.cancellationNoteTr === null ? null : localized(ctx, d.cancellationNoteTr, d.cancellationNoteEn ?? d.cancellationNoteTr)),
    }),
    // A departure has a handful of pick-up points (a bus or two and a boat), not the default ten.
    pickupPoints: t.relation('pickupPoints', { complexity: { field: 1, multiplier: 3 }, query: { orderBy: [{ position: 'asc' }, { id: 'asc' }] } }),
  }),
});

export const TripPickupPointType = builder.prismaObject('TripPickupPoint', {
  description: 'Where and when people board, with the vehicle and its seats.',
  fields: (t) => ({
    id: t.exposeID('id'),
    position: t.exposeInt('position'),
    name: t.exposeString('name'),
    address: t.exposeString('address'),
    district: t.relation('district', { nullable: true }),
    pickupAt: t.expose('pickupAt', { type: 'DateTime' }),
    vehicle: t.expose('vehicle', { type: TripVehicleEnum }),
    vehicleName: t.exposeString('vehicleName'),
    seats: t.exposeInt('seats'),
  }),
});

registerNodeType('TripRegistration');
export const TripRegistrationType = builder.prismaNode('TripRegistration', {
  id: { field: 'id' },
  select: { id: true, userId: true },
  nullable: true,
  description: "A unit on a departure: the registrant and everyone travelling with them. Visible to the registrant and to staff.",
  authScopes: (registration, ctx) => ctx.viewer?.id === registration.userId || { staff: true },
  fields: (t) => ({
    departure: t.relation('departure'),
    pickupPoint: t.relation('pickupPoint'),
    registrant: t.relation('user'),
    status: t.expose('status', { type: TripRegistrationStatusEnum }),
    seats: t.exposeInt('seats'),
    entryNumber: t.exposeInt('entryNumber', { description: "The unit's pseudonymous number in the public entry list." }),
    tier: t.exposeInt('tier'),
    preferenceRank: t.exposeInt('preferenceRank'),
    drawPosition: t.exposeInt('drawPosition', { nullable: true }),
    waitlistedAt: t.expose('waitlistedAt', { type: 'DateTime', nullable: true }),
    holdExpiresAt: t.expose('holdExpiresAt', { type: 'DateTime', nullable: true, description: 'For OFFERED: confirm before this instant.' }),
    confirmedAt: t.expose('confirmedAt', { type: 'DateTime', nullable: true }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true }),
    cancelReason: t.expose('cancelReason', { type: TripCancelReasonEnum, nullable: true }),
    attendance: t.expose('attendance', { type: TripAttendanceEnum, nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    participants: t.relation('participants', { query: { orderBy: [{ position: 'asc' }, { id: 'asc' }] } }),
  }),
});

export const TripParticipantType = builder.prismaObject('TripParticipant', {
  description: 'Someone who travels in a unit. Visible with the registration.',
  fields: (t) => ({
    id: t.exposeID('id'),
    position: t.exposeInt('position'),
    isRegistrant: t.exposeBoolean('isRegistrant'),
    firstName: t.exposeString('firstName'),
    lastName: t.exposeString('lastName'),
    birthDate: t.expose('birthDate', { type: 'Date' }),
    boardedAt: t.expose('boardedAt', { type: 'DateTime', nullable: true }),
  }),
});
