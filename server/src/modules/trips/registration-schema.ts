// Trips: the registration part's types and operations. A participant registers (with her children,
// or a guardian with theirs), sees and cancels their registrations; staff list a departure's
// registrations and remove one (never their own: staffOn).
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { actorOf, type Context } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { foldForSearch } from '../../text.ts';
import { ErrorInterface, errorType, nonEmpty } from '../common/schema.ts';
import { keysetPage } from '../common/keyset.ts';
import { TripArchivedError, TripDepartureCancelledError, TripDepartureStartedError } from './errors-catalogue.ts';
import {
  INELIGIBILITY_REASONS,
  TripAlreadyRegisteredError,
  TripFullError,
  TripGuardianConsentRequiredError,
  TripNotEligibleError,
  TripRegistrationClosedError,
  TripRegistrationNotActiveError,
  TripRegistrationNotOpenError,
  TripSeasonLimitError,
  TripSeatElsewhereError,
  TripTravellerCountError,
} from './errors-registration.ts';
import { registrations as registrationsAbout } from './policy.ts';
import * as registration from './registration.ts';
import type { LIVE } from './registration.ts';
import { TripDepartureType, TripRegistrationStatusEnum, TripRegistrationType } from './types-schema.ts';
import { reasonSchema, travellerBirthDateSchema, travellerNameSchema, travellersSchema } from './validation-registration.ts';

const NOBODY = '00000000-0000-0000-0000-000000000000';
const viewerId = (ctx: Context) => ctx.viewer?.id ?? NOBODY;

// ── Errors ──

const TripIneligibilityEnum = builder.enumType('TripIneligibility', {
  description: 'GENDER: the trip is for women. AGE: the registrant is outside the age band. DISTRICT: not living in an İzmir district. CHILD_AGE: a traveller is outside the children’s age band.',
  values: INELIGIBILITY_REASONS,
});

builder.objectType(TripNotEligibleError, {
  name: 'TripNotEligibleError',
  description: "The registrant, or a child travelling, does not meet the trip's rules; `reason` says which.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof TripNotEligibleError,
  fields: (t) => ({
    reason: t.field({ type: TripIneligibilityEnum, resolve: (error) => error.reason }),
    minAge: t.exposeInt('minAge', { nullable: true }),
    maxAge: t.exposeInt('maxAge', { nullable: true }),
    travellerIndex: t.exposeInt('travellerIndex', { nullable: true, description: 'For CHILD_AGE: the traveller (0 first) in the list sent.' }),
  }),
});
builder.objectType(TripTravellerCountError, {
  name: 'TripTravellerCountError',
  description: 'Too many travellers for the trip (or none on a children’s trip).',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof TripTravellerCountError,
  fields: (t) => ({ minTravellers: t.exposeInt('minTravellers'), maxTravellers: t.exposeInt('maxTravellers') }),
});
errorType(TripGuardianConsentRequiredError, 'TripGuardianConsentRequiredError', "A children's trip needs the guardian's consent (guardianConsent: true).");
builder.objectType(TripRegistrationNotOpenError, {
  name: 'TripRegistrationNotOpenError',
  description: 'Registration has not opened yet.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof TripRegistrationNotOpenError,
  fields: (t) => ({ opensAt: t.expose('opensAt', { type: 'DateTime' }) }),
});
builder.objectType(TripRegistrationClosedError, {
  name: 'TripRegistrationClosedError',
  description: 'Registration has closed.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof TripRegistrationClosedError,
  fields: (t) => ({ closedAt: t.expose('closedAt', { type: 'DateTime' }) }),
});
errorType(TripAlreadyRegisteredError, 'TripAlreadyRegisteredError', 'The person is registered for this departure (or on its waitlist, or in its lottery) already.');
builder.objectType(TripSeatElsewhereError, {
  name: 'TripSeatElsewhereError',
  description: 'The person holds a seat on another departure of the same trip.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof TripSeatElsewhereError,
  fields: (t) => ({ startsAt: t.expose('startsAt', { type: 'DateTime', description: 'When that other departure starts.' }) }),
});
builder.objectType(TripSeasonLimitError, {
  name: 'TripSeasonLimitError',
  description: 'The person has as many confirmed trips this season (İzmir calendar year) as the trip allows.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof TripSeasonLimitError,
  fields: (t) => ({ maxPerSeason: t.exposeInt('maxPerSeason') }),
});
builder.objectType(TripFullError, {
  name: 'TripFullError',
  description: 'No seats for the whole unit, overall or at the pick-up point; register again with joinWaitlist to wait.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof TripFullError,
  fields: (t) => ({
    seatsLeft: t.exposeInt('seatsLeft'),
    pickupPointSeatsLeft: t.exposeInt('pickupPointSeatsLeft'),
    seatsAsked: t.exposeInt('seatsAsked'),
    joinWaitlist: t.exposeBoolean('joinWaitlist', { description: 'Always true: the waitlist is open.' }),
  }),
});
errorType(TripRegistrationNotActiveError, 'TripRegistrationNotActiveError', 'The registration is cancelled or otherwise over already.');

const REGISTER_ERRORS = [
  NotFoundError,
  TripArchivedError,
  TripDepartureCancelledError,
  TripDepartureStartedError,
  TripRegistrationNotOpenError,
  TripRegistrationClosedError,
  TripNotEligibleError,
  TripTravellerCountError,
  TripGuardianConsentRequiredError,
  TripAlreadyRegisteredError,
  TripSeatElsewhereError,
  TripSeasonLimitError,
  TripFullError,
];

// ── Queries ──

type RegistrationsArgs = { departureId: { id: string }; status?: (typeof LIVE)[number] | 'CANCELLED' | 'DECLINED' | 'EXPIRED' | null; search?: string | null };
const registrationsWhere = (args: RegistrationsArgs) => {
  const words = foldForSearch(args.search ?? '').split(' ').filter(Boolean);
  return {
    departureId: args.departureId.id,
    ...(args.status ? { status: args.status } : {}),
    // Registrant names only (staff may read them; email and phone are not searched here).
    ...(words.length ? { user: { AND: words.map((word) => ({ nameSearchText: { contains: word } })) } } : {}),
  };
};

builder.queryFields((t) => ({
  myTripRegistrations: t.prismaField({
    type: ['TripRegistration'],
    description: "The caller's registrations, soonest departure first: by default those on departures not yet over; `upcoming: false` gives them all (at most 200).",
    authScopes: { loggedIn: true },
    args: { upcoming: t.arg.boolean({ required: false, defaultValue: true }) },
    resolve: (query, _root, args, ctx) =>
      prisma.tripRegistration.findMany({
        ...nonEmpty(query),
        where: { userId: viewerId(ctx), ...(args.upcoming === false ? {} : { departure: { endsAt: { gt: new Date() } } }) },
        orderBy: [{ departure: { startsAt: 'asc' } }, { id: 'asc' }],
        take: 200,
      }),
  }),
  tripRegistrations: t.prismaConnection({
    type: 'TripRegistration',
    cursor: 'id',
    description: "A departure's registrations (staff), in registration order; search on the registrant's names.",
    authScopes: { staff: true },
    args: {
      departureId: t.arg.globalID({ required: true, for: TripDepartureType }),
      status: t.arg({ type: TripRegistrationStatusEnum, required: false }),
      search: t.arg.string({ required: false, validate: z.string().max(100, 'validation.tooLong') }),
    },
    resolve: (query, _root, args) => prisma.tripRegistration.findMany(keysetPage(query, registrationsWhere(args), 'asc')),
    totalCount: (_root, args) => prisma.tripRegistration.count({ where: registrationsWhere(args) }),
  }),
}));

// ── Inputs ──

const TripTravellerInput = builder.inputType('TripTravellerInput', {
  description: 'A child travelling in the unit.',
  fields: (t) => ({
    firstName: t.string({ required: true, validate: travellerNameSchema }),
    lastName: t.string({ required: true, validate: travellerNameSchema }),
    birthDate: t.field({ type: 'Date', required: true, validate: travellerBirthDateSchema }),
  }),
});

const RegisterForTripInput = builder.inputType('RegisterForTripInput', {
  fields: (t) => ({
    departureId: t.globalID({ required: true, for: TripDepartureType }),
    pickupPointId: t.id({ required: true, description: 'A pick-up point of the departure (TripPickupPoint.id).' }),
    travellers: t.field({
      type: [TripTravellerInput],
      required: false,
      description: 'WOMEN trips: her children coming along (the registrant travels too). CHILDREN trips: the children (1 or more).',
      validate: travellersSchema.nullish(),
    }),
    guardianConsent: t.boolean({ required: false, description: "CHILDREN trips: the guardian's consent, recorded (CHILD_TRIP)." }),
    joinWaitlist: t.boolean({ required: false, description: 'FIRST_COME: when full, wait on the waitlist instead of being refused.' }),
  }),
});

const TripRegistrationRefInput = builder.inputType('TripRegistrationRefInput', {
  fields: (t) => ({ id: t.globalID({ required: true, for: TripRegistrationType }) }),
});

const RemoveTripRegistrationInput = builder.inputType('RemoveTripRegistrationInput', {
  fields: (t) => ({
    id: t.globalID({ required: true, for: TripRegistrationType }),
    reason: t.string({ required: true, description: 'Told to the person.', validate: reasonSchema }),
  }),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const pointIdOf = (value: string | number) => {
  // A point id that is no uuid names no point of the departure.
  if (!UUID.test(String(value))) throw new NotFoundError();
  return String(value);
};

const registrationById = (query: object, id: string) => prisma.tripRegistration.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });

builder.mutationFields((t) => ({
  registerForTrip: t.prismaField({
    type: 'TripRegistration',
    description:
      'Registers the caller (and the children travelling) for a departure. FIRST_COME: CONFIRMED while seats are left overall and at the pick-up point; when not, TripFullError, or WAITLISTED with joinWaitlist. LOTTERY: ENTERED for the draw.',
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: RegisterForTripInput, required: true }) },
    errors: { types: REGISTER_ERRORS },
    resolve: async (query, _root, { input }, ctx) => {
      const outcome = await registration.registerForTrip(
        ctx.viewer!.id,
        {
          departureId: input.departureId.id,
          pickupPointId: pointIdOf(input.pickupPointId),
          travellers: (input.travellers ?? []).map((traveller) => ({ ...traveller })),
          guardianConsent: input.guardianConsent ?? false,
          joinWaitlist: input.joinWaitlist ?? false,
        },
        actorOf(ctx),
      );
      return registrationById(query, outcome.registrationId);
    },
  }),
  cancelTripRegistration: t.prismaField({
    type: 'TripRegistration',
    description: 'The registrant leaves: before the cut-off CANCELLED (SELF) and the seats go to the waitlist at once; after it CANCELLED (LATE). Refused once the departure started.',
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: TripRegistrationRefInput, required: true }) },
    errors: { types: [NotFoundError, TripRegistrationNotActiveError, TripDepartureStartedError] },
    resolve: async (query, _root, { input }, ctx) => {
      await registration.cancelTripRegistration(ctx.viewer!.id, input.id.id, actorOf(ctx));
      return registrationById(query, input.id.id);
    },
  }),
  removeTripRegistration: t.prismaField({
    type: 'TripRegistration',
    description: 'Staff take a unit off its departure (CANCELLED, STAFF), with the reason mailed to the person. Never one’s own (separation of duties).',
    authScopes: (_root, { input }) => ({ staffOn: [registrationsAbout(input.id)] }),
    args: { input: t.arg({ type: RemoveTripRegistrationInput, required: true }) },
    errors: { types: [NotFoundError, TripRegistrationNotActiveError, TripDepartureStartedError] },
    resolve: async (query, _root, { input }, ctx) => {
      await registration.removeTripRegistration(input.id.id, input.reason, actorOf(ctx));
      return registrationById(query, input.id.id);
    },
  }),
}));
