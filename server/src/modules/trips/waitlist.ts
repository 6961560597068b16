// The trips waitlist (owned by the waitlist slice): freed seats offered on with a hold, holds that
// run out passing on, and a person's better-ranked departure winning over the others.
import type { Actor } from '../../context.ts';
import type { Tx } from '../../db/prisma.ts';

/**
 * Offers the departure's free seats to the first waiting units that fit (WAITLISTED, by drawPosition
 * then waitlistedAt), with a hold. The caller holds the departure's lock (lockDeparture) in `tx`.
 * Answers the ids of the registrations offered seats. No offers after the cut-off or once started.
 */
export async function offerFreedSeats(_tx: Tx, _departureId: string, _actor: Actor, _now = new Date()): Promise<string[]> {
  return [];
}

/**
 * A registration just became CONFIRMED: the same person's registrations for other departures of
 * the same trip with a worse (greater) preferenceRank are cancelled (BETTER_DEPARTURE), and the
 * seats they held are offered on. Runs in the confirming transaction.
 */
export async function settleBetterDeparture(_tx: Tx, _registrationId: string, _actor: Actor, _now = new Date()): Promise<void> {}
