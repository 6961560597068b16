// Trips: the waitlist part's operations (owned by the waitlist slice): the registrant confirms or
// declines seats offered from the waitlist before the hold runs out.
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { actorOf } from '../../context.ts';
import { prisma } from '../../db/prisma.ts';
import { NotFoundError } from '../../errors.ts';
import { errorType, nonEmpty } from '../common/schema.ts';
import { globalIdOf } from '../common/validation.ts';
import { TripSeasonLimitError } from './errors-registration.ts';
import { TripNotOfferedError, TripOfferExpiredError } from './errors-waitlist.ts';
import { confirmTripOffer, declineTripOffer } from './waitlist.ts';

errorType(TripOfferExpiredError, 'TripOfferExpiredError', 'The hold on the offered seats ran out; they passed to the next unit waiting.');
errorType(TripNotOfferedError, 'TripNotOfferedError', 'The registration holds no offer to answer (not offered, or answered already).');

const offerSchema = z.object({ registrationId: globalIdOf('TripRegistration') });

const TripOfferInput = builder
  .inputType('TripOfferInput', {
    description: 'A registration of the caller holding seats offered from the waitlist (status OFFERED).',
    fields: (t) => ({ registrationId: t.id({ required: true }) }),
  })
  .validate(offerSchema);

const reload = (query: object, id: string) => prisma.tripRegistration.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });

builder.mutationFields((t) => ({
  confirmTripOffer: t.prismaField({
    type: 'TripRegistration',
    description:
      "Takes the seats offered from the waitlist before the hold runs out; the caller's worse-ranked registrations for the same trip are withdrawn. Refused past the season limit (the offer stays until declined or expired).",
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: TripOfferInput, required: true }) },
    errors: { types: [NotFoundError, TripNotOfferedError, TripOfferExpiredError, TripSeasonLimitError] },
    resolve: async (query, _root, { input }, ctx) => {
      await confirmTripOffer(ctx.viewer!.id, input.registrationId, actorOf(ctx));
      return reload(query, input.registrationId);
    },
  }),
  declineTripOffer: t.prismaField({
    type: 'TripRegistration',
    description: 'Gives up the seats offered from the waitlist; they go to the next unit waiting that fits.',
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: TripOfferInput, required: true }) },
    errors: { types: [NotFoundError, TripNotOfferedError] },
    resolve: async (query, _root, { input }, ctx) => {
      await declineTripOffer(ctx.viewer!.id, input.registrationId, actorOf(ctx));
      return reload(query, input.registrationId);
    },
  }),
}));
