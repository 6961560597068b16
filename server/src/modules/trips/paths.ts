// The client's pages the trips mail links to (client/src/features/trips/routes-participant.tsx).
import { encodeGlobalID } from '@pothos/plugin-relay';

/** "Gezilerim": the person's registrations, offers and QR codes. */
export const MY_TRIPS_PATH = '/trips/mine';

/** A lottery's public record; the page takes the departure's GraphQL id. */
export const drawPagePath = (departureId: string): string => `/trips/draws/${encodeURIComponent(encodeGlobalID('TripDeparture', departureId))}`;
