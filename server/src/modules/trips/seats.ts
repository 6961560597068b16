// Seats on a departure: who holds them (CONFIRMED and OFFERED units, companions counted), how many
// are free overall and at each pick-up point. Every write that gives or frees seats first takes the
// departure's row lock (lockDeparture), so what it reads here stays true until it commits: sign-ups in
// a rush, promotions from the waitlist, the draw and cancellations of one departure run one at a time.
import type { Tx } from '../../db/prisma.ts';
import type { TripRegistrationStatus } from '../../generated/prisma/enums.ts';
import { NotFoundError } from '../../errors.ts';

/** Statuses that hold seats. */
export const HOLDING: readonly TripRegistrationStatus[] = ['CONFIRMED', 'OFFERED'];

export type LockedDeparture = Awaited<ReturnType<typeof loadDeparture>>;

async function loadDeparture(tx: Tx, departureId: string) {
  return tx.tripDeparture.findUniqueOrThrow({
    where: { id: departureId },
    include: {
      trip: true,
      pickupPoints: { orderBy: [{ position: 'asc' }, { id: 'asc' }] },
    },
  });
}

/** Locks the departure's row for the rest of the transaction and reads it with its trip and pick-up points. */
export async function lockDeparture(tx: Tx, departureId: string): Promise<LockedDeparture> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "TripDeparture" WHERE id = ${departureId}::uuid FOR UPDATE`;
  if (locked.length === 0) throw new NotFoundError();
  return loadDeparture(tx, departureId);
}

export type Seats = {
  capacity: number;
  held: number;
  /** Free seats overall. */
  free: number;
  /** Free seats at each pick-up point by its own seats (the overall count limits too: `fits` checks both). */
  freeAt: Map<string, number>;
};

/** Held and free seats of a departure; the caller holds its lock when it will act on them. */
export async function seatsOf(tx: Tx, departure: Pick<LockedDeparture, 'id' | 'capacity' | 'pickupPoints'>): Promise<Seats> {
  const rows = await tx.tripRegistration.groupBy({
    by: ['pickupPointId'],
    where: { departureId: departure.id, status: { in: [...HOLDING] } },
    _sum: { seats: true },
  });
  const heldAt = new Map(rows.map((row) => [row.pickupPointId, row._sum.seats ?? 0]));
  const held = [...heldAt.values()].reduce((sum, n) => sum + n, 0);
  return {
    capacity: departure.capacity,
    held,
    free: Math.max(0, departure.capacity - held),
    freeAt: new Map(departure.pickupPoints.map((point) => [point.id, Math.max(0, point.seats - (heldAt.get(point.id) ?? 0))])),
  };
}

/** Whether a unit of `seats` people fits at the pick-up point and overall. */
export function fits(seats: Seats, pickupPointId: string, wanted: number): boolean {
  return wanted <= seats.free && wanted <= (seats.freeAt.get(pickupPointId) ?? 0);
}

/** Takes a unit's seats out of the count after giving them, so a batch sees what is left. */
export function take(seats: Seats, pickupPointId: string, taken: number): void {
  seats.held += taken;
  seats.free -= taken;
  seats.freeAt.set(pickupPointId, (seats.freeAt.get(pickupPointId) ?? 0) - taken);
}
